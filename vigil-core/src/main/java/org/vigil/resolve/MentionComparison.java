package org.vigil.resolve;

import java.text.Normalizer;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.vigil.extract.IncidentMention;
import org.vigil.extract.IncidentType;
import org.vigil.nlp.DatePrecision;
import org.vigil.nlp.PartialDate;

/**
 * The evidence that two mentions report one incident, as a score with a reason per signal: type, date,
 * place (name, distance, granularity), perpetrator, casualty figures and evidence text. A veto (another
 * country, another group, places far apart, dates days apart) rules the pair out whatever the score.
 */
record MentionComparison(double score, boolean vetoed, boolean anchored, List<String> reasons) {

    /** What one signal says about a pair: points for or against, whether it ties them (anchor), whether it rules them out (veto). */
    record Signal(String name, double points, boolean anchor, boolean veto, String reason) {
        String text() {
            return veto ? reason + " (veto)" : String.format(Locale.ROOT, "%s (%+.1f)", reason, points);
        }

        /** Order for picking the strongest report of a signal among an incident's mentions: no veto first, then points. */
        double strength() {
            return (veto ? -1000 : 0) + points + (anchor ? 0.01 : 0);
        }
    }

    /** Types that reports of one event use interchangeably: a gun and bomb attack, a siege that was also a shooting. */
    private static final Set<Set<IncidentType>> RELATED = Set.of(
            Set.of(IncidentType.BOMBING, IncidentType.ARMED_ASSAULT),
            Set.of(IncidentType.ARMED_ASSAULT, IncidentType.HOSTAGE_TAKING),
            Set.of(IncidentType.ARMED_ASSAULT, IncidentType.ASSASSINATION),
            Set.of(IncidentType.BOMBING, IncidentType.ASSASSINATION),
            Set.of(IncidentType.KIDNAPPING, IncidentType.HOSTAGE_TAKING),
            Set.of(IncidentType.KIDNAPPING, IncidentType.ARMED_ASSAULT),
            Set.of(IncidentType.BOMBING, IncidentType.ARSON_SABOTAGE),
            Set.of(IncidentType.VEHICLE_RAMMING, IncidentType.ARMED_ASSAULT),
            Set.of(IncidentType.ARMED_ASSAULT, IncidentType.UNARMED_ASSAULT),
            Set.of(IncidentType.PLOT_FOILED, IncidentType.ARREST));


    /**
     * Compares a new mention with every mention of a stored incident, signal by signal, keeping for each
     * signal its strongest report: an incident is the union of what its reports say.
     */
    static MentionComparison of(ReportedMention incoming, List<ReportedMention> stored, EvidenceSimilarity similarity, PlaceLookup places,
                                NamedPlaces named) {
        java.util.Map<String, Signal> best = new java.util.LinkedHashMap<>();
        for (ReportedMention s : stored) {
            for (Signal signal : signals(incoming, s, similarity, places, named)) {
                best.merge(signal.name(), signal, (a, b) -> b.strength() > a.strength() ? b : a);
            }
        }
        TollComparison.of(incoming, stored).ifPresent(t -> best.put(t.name(), t));
        double score = 0;
        boolean vetoed = false;
        boolean anchored = false;
        List<String> reasons = new ArrayList<>();
        for (Signal signal : best.values()) {
            score += signal.veto() ? 0 : signal.points();
            vetoed |= signal.veto();
            anchored |= signal.anchor();
            reasons.add(signal.text());
        }
        List<IncidentMention> sameArticle = stored.stream().map(ReportedMention::mention)
                .filter(m -> m.articleId().equals(incoming.mention().articleId())).toList();
        if (!sameArticle.isEmpty()) {
            IncidentMention n = incoming.mention();
            boolean sameType = sameArticle.stream().anyMatch(m -> m.type() == n.type());
            boolean unplaced = n.place().isEmpty() || sameArticle.stream().anyMatch(m -> m.place().isEmpty());
            if (sameType && unplaced) {
                // A later sentence of one article that names no place usually goes on about the incident already named.
                score += SAME_ARTICLE_POINTS;
                anchored = true;
                reasons.add(String.format(Locale.ROOT, "same type again in the same article, without a place of its own (%+.1f)", SAME_ARTICLE_POINTS));
            } else if (!sameType) {
                score -= SAME_ARTICLE_POINTS;
                reasons.add(String.format(Locale.ROOT, "another type in the same article, which the extractor keeps apart (%+.1f)", -SAME_ARTICLE_POINTS));
            }
        }
        return new MentionComparison(score, vetoed, anchored, List.copyOf(reasons));
    }

    /** Weight of a second mention of one article: for the incident when it adds nothing new, against when its type differs. */
    private static final double SAME_ARTICLE_POINTS = 1.0;

    private static List<Signal> signals(ReportedMention incoming, ReportedMention stored, EvidenceSimilarity similarity, PlaceLookup places,
                                        NamedPlaces namedPlaces) {
        Builder b = new Builder();
        IncidentMention n = incoming.mention();
        IncidentMention s = stored.mention();
        compareType(b, n.type(), s.type());
        compareDates(b, n.date(), s.date());
        Optional<Signal> place = PlaceComparison.of(n, s, places);
        // Without an extracted place on one side, the words of its report may still name the other's.
        Optional<NamedPlaces.Named> named = place.isPresent() ? Optional.empty() : namedPlaces.compare(incoming, stored);
        compareCountries(b, n.country(), s.country(), named.filter(NamedPlaces.Named::inEvidence));
        place.or(() -> named.map(NamedPlaces.Named::signal)).ifPresent(b.signals::add);
        comparePerpetrators(b, n.perpetrator(), s.perpetrator());
        double sim = similarity.similarity(n.evidenceText(), s.evidenceText());
        double strength = (sim - similarity.neutral()) / (similarity.strong() - similarity.neutral());
        b.signal = "evidence";
        b.add(1.5 * Math.max(-0.7, Math.min(1, strength)), String.format(Locale.ROOT, "evidence similarity %.2f (%s)", sim, similarity.name()));
        if (sim >= similarity.strong()) b.anchor();
        return b.signals;
    }

    /** Collects the signals of one pair; {@code signal} names the one being added. */
    private static final class Builder {
        String signal = "";
        final List<Signal> signals = new ArrayList<>();

        void add(double points, String reason) {
            signals.add(new Signal(signal, points, false, false, reason));
        }

        void veto(String reason) {
            signals.add(new Signal(signal, 0, false, true, reason));
        }

        /** Marks the signal just added as tying the pair. */
        void anchor() {
            Signal last = signals.remove(signals.size() - 1);
            signals.add(new Signal(last.name(), last.points(), true, last.veto(), last.reason()));
        }
    }

    private static void compareType(Builder b, IncidentType n, IncidentType s) {
        b.signal = "type";
        if (n == s) b.add(1.0, "same type " + n.code());
        else if (RELATED.contains(Set.of(n, s))) b.add(0.0, "related types " + n.code() + " and " + s.code());
        else b.add(-1.0, "different types " + n.code() + " and " + s.code());
    }

    private static void compareDates(Builder b, Optional<PartialDate> n, Optional<PartialDate> s) {
        b.signal = "date";
        if (n.isEmpty() || s.isEmpty()) return;
        PartialDate x = n.get();
        PartialDate y = s.get();
        long gap = Math.max(0, Math.max(ChronoUnit.DAYS.between(x.end(), y.start()), ChronoUnit.DAYS.between(y.end(), x.start())));
        boolean days = x.precision() == DatePrecision.DAY && y.precision() == DatePrecision.DAY;
        if (gap > 3) b.veto("dates " + x + " and " + y + " are " + gap + " days apart");
        else if (days && gap == 0) b.add(1.0, "same day " + x);
        else if (days && gap == 1) b.add(0.5, "dates " + x + " and " + y + " a day apart (overnight or late report)");
        else if (gap == 0) b.add(0.2, "dates " + x + " and " + y + " overlap");
        else b.add(-0.2, "dates " + x + " and " + y + " are " + gap + " days apart");
    }

    /**
     * Another country rules a pair out, unless the mention that has a country but no place states, in its
     * own sentence, the other's place: its country then came from a demonym or a place in passing.
     */
    private static void compareCountries(Builder b, Optional<String> n, Optional<String> s, Optional<NamedPlaces.Named> named) {
        b.signal = "country";
        if (n.isPresent() && s.isPresent() && !n.get().equalsIgnoreCase(s.get())) {
            if (named.isPresent()) b.add(0, "countries " + n.get() + " and " + s.get() + " differ, but " + named.get().signal().reason());
            else b.veto("different countries " + n.get() + " and " + s.get());
        }
    }

    private static void comparePerpetrators(Builder b, Optional<String> n, Optional<String> s) {
        b.signal = "perpetrator";
        if (n.isEmpty() || s.isEmpty() || vague(n.get()) || vague(s.get())) return;
        String x = fold(n.get());
        String y = fold(s.get());
        if (x.equals(y)) {
            b.add(1.0, "same perpetrator " + n.get());
            b.anchor();
        } else if (words(x).containsAll(words(y)) || words(y).containsAll(words(x))) {
            b.add(0.5, "related perpetrators " + n.get() + " and " + s.get());
            b.anchor();
        } else {
            // Early reports often blame the wrong group, and a faction's claim differs from its parent's: a penalty, not a veto.
            b.add(-1.0, "different perpetrators " + n.get() + " and " + s.get());
        }
    }

    /** "unknown", or a description rather than a group ("Islamist militants", "separatists"). */
    private static boolean vague(String perpetrator) {
        String p = fold(perpetrator);
        return p.equals("unknown") || VAGUE.stream().anyMatch(p::contains);
    }

    private static final List<String> VAGUE = List.of("militant", "islamist", "separatist", "gunmen", "rebel", "insurgent",
            "jihadist", "extremist", "attacker");

    private static Set<String> words(String folded) {
        return Set.of(folded.replaceAll("[^\\p{L}\\p{N} ]", " ").trim().split("\\s+"));
    }


    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }

}
