package org.vigil.extract;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.ingest.Article;

/**
 * Describes a draft as the feature strings of the {@link RelevanceModel}: its triggers and type, how
 * it was dated and how long before publication, its figures, group, place and claim, its place in the
 * article, and the words of its first sentence and around its first trigger. An attack's features say
 * nothing of the corpus an article comes from (no casing, no source), so a model trained on one kind
 * of text judges another by the same cues. A security event's features are the same words under a
 * prefix of their own, and another in text set in capitals, whose one coded archive (MUC) records no
 * arrests, plots or warnings.
 */
final class CandidateFeatures {
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]{2,}");
    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}'’-]*|\\d+");
    private static final Set<String> STOP = Set.of(
            "the", "and", "that", "with", "for", "from", "this", "have", "has", "had", "was", "were", "are", "which", "who",
            "their", "they", "its", "his", "her", "been", "will", "would", "into", "after", "also", "said", "when", "where",
            "there", "than", "them", "these", "those", "such", "other", "some", "about", "over", "under", "while", "being");
    private static final int WINDOW = 4;
    /** The prefix of a security event's features, and its own bias. */
    static final String SECURITY = "sec:";
    /** The prefix of a security event's features in a text set in capitals. */
    static final String SECURITY_UPPER_CASE = "sec-caps:";

    private CandidateFeatures() {}

    /**
     * The features of {@code d}, finished as {@code m}; {@code rank} counts the drafts of its family before
     * it, {@code attacks} the attack drafts of the article, and {@code upperCase} says the article is set in capitals.
     */
    static List<String> of(IncidentDraft d, IncidentMention m, String dateSource, int rank, int attacks, Article article, boolean upperCase) {
        Set<String> f = new LinkedHashSet<>();
        f.add("type:" + m.type().code());
        f.add(d.types.isEmpty() ? "strength:weak" : "strength:strong");
        for (AnnotatedSentence s : d.sentences) {
            for (Trigger t : s.triggers()) {
                if (t.family() == d.family) f.add("trig:" + t.surface().toLowerCase(Locale.ROOT));
            }
        }
        f.add("sents:" + bin(d.sentences.size(), 1, 2, 3));
        f.add("date:" + dateSource);
        m.date().ifPresent(date -> {
            f.add("prec:" + date.precision().name().toLowerCase(Locale.ROOT));
            long days = ChronoUnit.DAYS.between(date.end(), article.published());
            f.add("age:" + (days < 0 ? "future" : days <= 1 ? "0-1d" : days <= 7 ? "2-7d" : days <= 31 ? "8-31d"
                    : days <= 92 ? "1-3mo" : days <= 366 ? "3-12mo" : days <= 1830 ? "1-5y" : "5y+"));
        });
        f.add(m.place().isPresent() ? "place:yes" : m.country().isPresent() ? "place:country" : "place:none");
        f.add(m.killed().isPresent() ? (m.killed().getAsInt() == 0 ? "killed:0" : "killed:" + bin(m.killed().getAsInt(), 1, 2, 10)) : "killed:none");
        f.add(m.injured().isPresent() ? "injured:yes" : "injured:none");
        if (d.killed.isEmpty() && d.oneKilled) f.add("killed:one-named");
        f.add(m.perpetrator().isEmpty() ? "perp:none" : d.perpetratorLocal ? "perp:own" : "perp:neighbour");
        m.perpetrator().filter(Attribution::stateForce).ifPresent(p -> f.add("perp:state"));
        f.add("claim:" + d.claimed.map(String::valueOf).orElse("none"));
        f.add("cert:" + m.certainty().name().toLowerCase(Locale.ROOT));
        f.add("status:" + m.status().name().toLowerCase(Locale.ROOT));
        f.add("pos:" + bin(d.sentences.get(0).sentence().index(), 0, 1, 3, 6, 11));
        f.add("rank:" + bin(rank, 0, 1, 2));
        f.add("attacks:" + bin(attacks, 1, 2, 3, 5));
        String first = d.sentences.get(0).text();
        if (first.indexOf('"') >= 0 || first.indexOf('“') >= 0) f.add("quote");
        for (String w : words(first)) f.add("w:" + w);
        for (AnnotatedSentence s : d.sentences) for (String w : words(s.text())) f.add("dw:" + w);
        f.addAll(window(d));
        if (d.family == IncidentType.Family.ATTACK) return new ArrayList<>(f);
        // A security event is judged by weights of its own, and those of wire copy set in capitals apart
        // again: the coders of such archives (MUC) recorded attacks only, those of news reports record arrests too.
        String prefix = upperCase ? SECURITY_UPPER_CASE : SECURITY;
        List<String> security = new ArrayList<>(f.size() + 1);
        security.add(prefix);
        for (String feature : f) security.add(prefix + feature);
        return security;
    }

    /** The words within a few tokens of the draft's first trigger, marked by side. */
    private static List<String> window(IncidentDraft d) {
        AnnotatedSentence s = d.sentences.get(0);
        Trigger first = null;
        for (Trigger t : s.triggers()) {
            if (t.family() == d.family) {
                first = t;
                break;
            }
        }
        List<String> out = new ArrayList<>();
        if (first == null) return out;
        List<String> before = tokens(s.text().substring(0, first.span().start()));
        for (int i = Math.max(0, before.size() - WINDOW); i < before.size(); i++) out.add("before:" + before.get(i));
        List<String> after = tokens(s.text().substring(first.span().end()));
        for (int i = 0; i < Math.min(WINDOW, after.size()); i++) out.add("after:" + after.get(i));
        return out;
    }

    /** Every token, stop words included ("attack on", "killed by"), numbers as "#". */
    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) out.add(Character.isDigit(m.group().charAt(0)) ? "#" : m.group().toLowerCase(Locale.ROOT));
        return out;
    }

    private static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (!STOP.contains(w)) out.add(w);
        }
        return out;
    }

    /** The bin a count falls in: the largest bound not above it, written "N+" for the last. */
    private static String bin(int value, int... bounds) {
        for (int i = bounds.length - 1; i >= 0; i--) {
            if (value >= bounds[i]) return i == bounds.length - 1 ? bounds[i] + "+" : String.valueOf(bounds[i]);
        }
        return "<" + bounds[0];
    }
}
