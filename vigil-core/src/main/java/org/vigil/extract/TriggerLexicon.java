package org.vigil.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.nlp.Span;

/**
 * A stage whose input is a sentence and whose output is its incident triggers: the words that say a
 * bombing, a shooting, an arrest or a warning happened. Matching is case-insensitive so that
 * upper-case wire copy reads like any other text; overlapping triggers keep the longest.
 */
public final class TriggerLexicon {
    private record Entry(Pattern pattern, Optional<IncidentType> type, IncidentType.Family family) {}

    private final List<Entry> entries = new ArrayList<>();

    public TriggerLexicon() {
        attack(IncidentType.BOMBING,
                "(?:car|truck|lorry|roadside|parcel|letter|pipe|nail|suicide|petrol)[- ]bombs?",
                "bomb(?:s|ing|ings|ed|er|ers)?", "explosions?", "explode[ds]?", "exploding", "blasts?",
                "blew (?:himself|herself|themselves|itself) up", "blew up", "blown up", "detonat(?:ed|ion|ing|es?)",
                "ieds?", "improvised explosive devices?", "explosive devices?", "grenades?", "dynamite attacks?",
                "dynamited", "suicide (?:attacks?|attackers?|bombers?|vests?)", "mortar (?:attack|shells?|rounds?)",
                "rocket attacks?", "rockets? (?:hit|struck|landed)", "car bombings?", "truck bombings?");
        attack(IncidentType.ARMED_ASSAULT,
                "gunm[ae]n", "shooting(?:s)?", "shoot-?outs?", "shot (?:dead|and killed|at|into)", "opened fire",
                "fired (?:on|into|at|upon|shots)", "stormed", "gunfire", "gun attacks?", "machine-?gunned",
                "machine-?gun(?:ned)? fire", "ambush(?:ed|es)?", "stabb(?:ed|ing|ings)", "knife attacks?",
                "knifem[ae]n", "massacred?", "rampage", "gun(?:men)? rampage", "raided (?:a|the) (?:village|town|school|hotel|church|mosque)",
                "hacked to death", "machetes?");
        attack(IncidentType.ASSASSINATION, "assassinat(?:ed|ion|ions|ing|e)", "assassins?");
        attack(IncidentType.HOSTAGE_TAKING, "hostages?", "hostage-taking", "sieges?", "barricaded", "held captive");
        attack(IncidentType.KIDNAPPING, "kidnap(?:ped|ping|pings|pers|s)?", "abduct(?:ed|ion|ions|ing|s)?");
        attack(IncidentType.HIJACKING, "hijack(?:ed|ing|ings|ers?|s)?", "skyjack(?:ed|ing|ers?)?");
        attack(IncidentType.ARSON_SABOTAGE, "arson", "set (?:fire|ablaze) to", "set (?:on fire|ablaze|alight)",
                "torched", "burn(?:ed|t) down", "firebomb(?:ed|ing|s)?", "incendiary", "sabotag(?:e|ed|ing)",
                "arson attacks?", "set fire");
        attack(IncidentType.VEHICLE_RAMMING, "ramm(?:ed|ing)", "ramming attacks?",
                "(?:drove|driven|ploughed|plowed|crashed|smashed|careered|steered|rammed) (?:a |an |his |the |their )?(?:\\d+-tonne |\\w+ )?(?:truck|lorry|van|car|vehicle|bus)s? into",
                "(?:drove|ploughed|plowed|steered|rammed|smashed) (?:it|them) (?:\\w+ ){0,3}into (?:a |the )?(?:crowds?|people|pedestrians|shoppers|market|families|revellers|worshippers)",
                "ploughed into", "plowed into", "(?:truck|lorry|van|vehicle|car) attacks?", "mowed down", "mowing down");
        attack(IncidentType.UNARMED_ASSAULT, "beat(?:en)? (?:to death|up)", "acid attacks?", "poison(?:ed|ing)", "lynch(?:ed|ing)");
        generic("attack(?:s|ed|ers?)?", "assaults?", "atrocity", "atrocities", "terror(?:ist)? strikes?", "struck");

        security(IncidentType.PLOT_FOILED, "foil(?:ed|s|ing)?", "thwart(?:ed|s|ing)?",
                "prevented (?:a |an )?(?:planned |possible )?(?:terrorist |terror )?(?:attack|bombing|plot)",
                "disrupt(?:ed|s)? (?:a |an |the )?(?:terror |terrorist |bomb )?plots?",
                "plott(?:ed|ing) (?:to|an?|attacks?)", "plots? to (?:bomb|attack|kill|blow)", "intended to (?:strike|attack|bomb)",
                "planning (?:to (?:attack|bomb|strike)|an attack|attacks)", "stopped them", "averted");
        security(IncidentType.ARREST, "arrest(?:ed|s)?", "detain(?:ed|s)?", "detention", "taken into custody",
                "(?:held|remain(?:ed)?) in custody", "apprehended", "captured", "charged (?:with|over|in)", "arraigned",
                "rounded up", "detainees?", "(?:was|were|been) caught");
        security(IncidentType.WARNING, "warn(?:ed|s|ing|ings)?", "travel (?:alert|advisory|advisories|warning)",
                "advisory", "issued an? (?:\\w+ )?alert", "(?:threat|alert) level", "raised the (?:terror |threat )?(?:alert|level)");
    }

    private void attack(IncidentType type, String... patterns) {
        for (String p : patterns) entries.add(new Entry(compile(p), Optional.of(type), IncidentType.Family.ATTACK));
    }

    private void generic(String... patterns) {
        for (String p : patterns) entries.add(new Entry(compile(p), Optional.empty(), IncidentType.Family.ATTACK));
    }

    private void security(IncidentType type, String... patterns) {
        for (String p : patterns) entries.add(new Entry(compile(p), Optional.of(type), IncidentType.Family.SECURITY_EVENT));
    }

    private static Pattern compile(String regex) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + regex + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** The triggers of {@code sentence}, in text order, without overlaps (the longer wins). */
    public List<Trigger> find(String sentence) {
        List<Trigger> all = new ArrayList<>();
        for (Entry e : entries) {
            Matcher m = e.pattern.matcher(sentence);
            while (m.find()) {
                all.add(new Trigger(new Span(m.start(), m.end()), e.type, e.family, m.group()));
            }
        }
        all.sort(Comparator.comparingInt((Trigger t) -> -t.span().length()).thenComparingInt(t -> t.span().start()));
        List<Trigger> kept = new ArrayList<>();
        for (Trigger t : all) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(t.span()))) kept.add(t);
        }
        kept.sort(Comparator.comparingInt(t -> t.span().start()));
        return kept;
    }
}
