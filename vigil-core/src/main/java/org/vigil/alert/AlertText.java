package org.vigil.alert;

import java.util.List;
import java.util.Locale;
import org.vigil.store.ChangedIncident;

/** Writes the title and body of an alert about an incident, in plain text (pages and e-mails escape or encode it). */
final class AlertText {
    private AlertText() {
    }

    /** "Bombing in Kabul, AF on 2024-03-08: 9 killed, 20 injured (Taliban)". */
    static String headline(ChangedIncident i) {
        StringBuilder s = new StringBuilder();
        String type = i.type().code().replace('_', ' ');
        s.append(Character.toUpperCase(type.charAt(0))).append(type.substring(1));
        String where = i.place().map(p -> p + i.country().map(c -> ", " + c).orElse("")).orElse(i.country().orElse(""));
        if (!where.isEmpty()) s.append(" in ").append(where);
        i.date().ifPresent(d -> s.append(" on ").append(d));
        String figures = figures(i);
        if (!figures.isEmpty()) s.append(": ").append(figures);
        i.perpetrator().ifPresent(p -> s.append(" (").append(p).append(')'));
        return oneLine(s.toString());
    }

    static String newTitle(ChangedIncident i) {
        return headline(i);
    }

    static String updateTitle(ChangedIncident i, List<String> changes) {
        return oneLine("Update: " + headline(i) + " — " + changes.get(0) + (changes.size() > 1 ? " (+" + (changes.size() - 1) + " more)" : ""));
    }

    static String body(ChangedIncident i, List<String> changes) {
        StringBuilder s = new StringBuilder();
        for (String change : changes) s.append("• ").append(change).append('\n');
        if (!changes.isEmpty()) s.append('\n');
        s.append('"').append(i.evidence().strip()).append("\"\n");
        s.append(i.title());
        i.url().ifPresent(u -> s.append("\n").append(u));
        return s.toString();
    }

    private static String figures(ChangedIncident i) {
        StringBuilder s = new StringBuilder();
        i.killed().ifPresent(k -> s.append(k).append(" killed"));
        i.injured().ifPresent(k -> s.append(s.length() > 0 ? ", " : "").append(k).append(" injured"));
        if (i.claimed().orElse(false)) s.append(s.length() > 0 ? ", " : "").append("claimed");
        return s.toString();
    }

    /** Titles become e-mail subjects: no line breaks or other control characters, at most 200 characters. */
    static String oneLine(String text) {
        String flat = text.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
        return flat.length() > 200 ? flat.substring(0, 199) + "…" : flat;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
