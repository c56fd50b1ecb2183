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

    /** Types that reports of one event use interchangeably: a gun and bomb attack, a siege that was also a shooting. */
    private static final Set<Set<IncidentType>> RELATED = Set.of(
            Set.of(IncidentType.BOMBING, IncidentType.ARMED_ASSAULT),
            Set.of(IncidentType.ARMED_ASSAULT, IncidentType.HOSTAGE_TAKING),
            Set.of(IncidentType.ARMED_ASSAULT, IncidentType.ASSASSINATION),
            Set.of(IncidentType.BOMBING, IncidentType.ASSASSINATION),
            Set.of(IncidentType.KIDNAPPING, IncidentType.HOSTAGE_TAKING),
            Set.of(IncidentType.BOMBING, IncidentType.ARSON_SABOTAGE),
            Set.of(IncidentType.VEHICLE_RAMMING, IncidentType.ARMED_ASSAULT),
            Set.of(IncidentType.ARMED_ASSAULT, IncidentType.UNARMED_ASSAULT),
            Set.of(IncidentType.PLOT_FOILED, IncidentType.ARREST));

    /** Within this distance two towns are one scene or its suburb (Krasnogorsk is 20 km from Moscow). */
    private static final double NEAR_KM = 40;
    private static final double FAR_KM = 150;

    static MentionComparison of(ReportedMention incoming, ReportedMention stored, EvidenceSimilarity similarity, PlaceLookup places) {
        Builder b = new Builder();
        IncidentMention n = incoming.mention();
        IncidentMention s = stored.mention();
        compareType(b, n.type(), s.type());
        compareDates(b, n.date(), s.date());
        compareCountries(b, n.country(), s.country());
        comparePlaces(b, n, s, places);
        comparePerpetrators(b, n.perpetrator(), s.perpetrator());
        compareFigures(b, incoming, stored);
        double sim = similarity.similarity(n.evidenceText(), s.evidenceText());
        double strength = (sim - similarity.neutral()) / (similarity.strong() - similarity.neutral());
        double points = 1.5 * Math.max(-0.7, Math.min(1, strength));
        b.add(points, String.format(Locale.ROOT, "evidence similarity %.2f (%s)", sim, similarity.name()));
        if (sim >= similarity.strong()) b.anchored = true;
        return new MentionComparison(b.score, b.vetoed, b.anchored, List.copyOf(b.reasons));
    }

    private static final class Builder {
        double score;
        boolean vetoed;
        boolean anchored;
        final List<String> reasons = new ArrayList<>();

        void add(double points, String reason) {
            score += points;
            reasons.add(String.format(Locale.ROOT, "%s (%+.1f)", reason, points));
        }

        void veto(String reason) {
            vetoed = true;
            reasons.add(reason + " (veto)");
        }
    }

    private static void compareType(Builder b, IncidentType n, IncidentType s) {
        if (n == s) b.add(1.0, "same type " + n.code());
        else if (RELATED.contains(Set.of(n, s))) b.add(0.3, "related types " + n.code() + " and " + s.code());
        else b.add(-1.0, "different types " + n.code() + " and " + s.code());
    }

    private static void compareDates(Builder b, Optional<PartialDate> n, Optional<PartialDate> s) {
        if (n.isEmpty() || s.isEmpty()) return;
        PartialDate x = n.get();
        PartialDate y = s.get();
        long gap = Math.max(0, Math.max(ChronoUnit.DAYS.between(x.end(), y.start()), ChronoUnit.DAYS.between(y.end(), x.start())));
        boolean days = x.precision() == DatePrecision.DAY && y.precision() == DatePrecision.DAY;
        if (gap > 3) b.veto("dates " + x + " and " + y + " are " + gap + " days apart");
        else if (days && gap == 0) b.add(1.0, "same day " + x);
        else if (days && gap == 1) b.add(0.5, "dates " + x + " and " + y + " a day apart (overnight or late report)");
        else if (gap == 0) b.add(0.2, "dates " + x + " and " + y + " overlap");
        else b.add(-0.5, "dates " + x + " and " + y + " are " + gap + " days apart");
    }

    private static void compareCountries(Builder b, Optional<String> n, Optional<String> s) {
        if (n.isPresent() && s.isPresent() && !n.get().equalsIgnoreCase(s.get())) {
            b.veto("different countries " + n.get() + " and " + s.get());
        }
    }

    private static void comparePlaces(Builder b, IncidentMention n, IncidentMention s, PlaceLookup places) {
        if (n.place().isEmpty() || s.place().isEmpty()) return;
        String x = n.place().get();
        String y = s.place().get();
        if (fold(x).equals(fold(y))) {
            b.add(1.5, "same place " + x);
            b.anchored = true;
            return;
        }
        if (n.coordinates().isPresent() && s.coordinates().isPresent()) {
            double km = kilometres(n.coordinates().get(), s.coordinates().get());
            if (km <= NEAR_KM) {
                b.add(1.0, String.format(Locale.ROOT, "%s lies %.0f km from %s", x, km, y));
                b.anchored = true;
                return;
            }
            if (km > FAR_KM) {
                b.veto(String.format(Locale.ROOT, "%s lies %.0f km from %s", x, km, y));
                return;
            }
        }
        Optional<String> country = n.country().or(s::country);
        Optional<Place> px = places.place(x, country);
        Optional<Place> py = places.place(y, country);
        if (coarser(px) || coarser(py)) {
            String wide = coarser(px) ? x : y;
            String narrow = wide.equals(x) ? y : x;
            b.add(0.6, narrow + " may lie inside " + wide);
            b.anchored = true;
        } else if (n.coordinates().isPresent() && s.coordinates().isPresent()) {
            b.add(-0.5, x + " and " + y + " are different towns in one area");
        } else {
            b.add(-0.3, "places " + x + " and " + y + " differ");
        }
    }

    private static boolean coarser(Optional<Place> place) {
        return place.map(p -> p.kind() != Place.Kind.CITY).orElse(false);
    }

    private static void comparePerpetrators(Builder b, Optional<String> n, Optional<String> s) {
        if (n.isEmpty() || s.isEmpty() || isUnknown(n.get()) || isUnknown(s.get())) return;
        if (fold(n.get()).equals(fold(s.get()))) {
            b.add(1.0, "same perpetrator " + n.get());
            b.anchored = true;
        } else {
            b.add(-2.0, "different perpetrators " + n.get() + " and " + s.get());
        }
    }

    private static void compareFigures(Builder b, ReportedMention incoming, ReportedMention stored) {
        var n = incoming.mention().killed();
        var s = stored.mention().killed();
        if (n.isEmpty() || s.isEmpty()) return;
        int x = n.getAsInt();
        int y = s.getAsInt();
        if (x == y) {
            b.add(x > 0 ? 0.5 : 0.2, "same toll " + x + " killed");
            if (x >= 3) b.anchored = true;
            return;
        }
        boolean sameDay = incoming.published().equals(stored.published());
        int low = Math.min(x, y);
        int high = Math.max(x, y);
        if (sameDay && high >= 5 && high > 3 * Math.max(1, low)) {
            b.add(-0.8, "tolls " + x + " and " + y + " reported the same day are far apart");
        } else if (!sameDay) {
            b.add(0.1, "toll " + y + " then " + x + " (revised)");
        }
    }

    private static boolean isUnknown(String perpetrator) {
        return perpetrator.equalsIgnoreCase("unknown");
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).strip();
    }

    private static double kilometres(IncidentMention.Coordinates a, IncidentMention.Coordinates b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * 6371 * Math.asin(Math.sqrt(h));
    }
}
