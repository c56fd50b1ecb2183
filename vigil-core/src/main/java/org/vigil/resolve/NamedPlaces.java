package org.vigil.resolve;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.vigil.extract.IncidentMention;
import org.vigil.extract.IncidentType;
import org.vigil.nlp.Span;

/**
 * The place signal for a mention the extractor placed nowhere (or at a place the gazetteer does not
 * know), read from the report's own words: the
 * extractor gives one place per incident and misses some ("the Magdeburg Christmas market", a place
 * named only in the sentence before the toll), or for want of a place keeps a country from a demonym
 * ("a Syrian man"). When the sentence of such a mention names the other report's place, that ties them
 * as an extracted place would, and outweighs its country; when only its article (title or text) names
 * it, it ties an unplaced attack more weakly, but never a security event: arrests and raids come in
 * series in one town on one day. Only agreement counts: a place the text names beside the incident's
 * never speaks against a merge.
 */
final class NamedPlaces {
    /** Share of an extracted place's points that a place named elsewhere in the article earns. */
    private static final double ARTICLE_SHARE = 2.0 / 3.0;
    private static final double IN_REGION_POINTS = 0.6;
    private static final int CACHE = 512;

    /** What a mention's words say about the other's place; {@code inEvidence} when its own sentence says it. */
    record Named(MentionComparison.Signal signal, boolean inEvidence) {
    }

    private final PlaceLookup places;
    /** Place names found in recent articles: a stored article is read again for every mention compared with it. */
    private final Map<String, List<PlaceMatch>> found = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<PlaceMatch>> eldest) {
            return size() > CACHE;
        }
    };

    NamedPlaces(PlaceLookup places) {
        this.places = places;
    }

    /** The stronger of what either mention's words say about the other's place, when one of them has none. */
    Optional<Named> compare(ReportedMention n, ReportedMention s) {
        Optional<Named> a = named(n, s);
        Optional<Named> b = named(s, n);
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        return a.get().signal().points() >= b.get().signal().points() ? a : b;
    }

    /** What the words of {@code unplaced} say about the place of {@code placed}. */
    private Optional<Named> named(ReportedMention unplaced, ReportedMention placed) {
        IncidentMention u = unplaced.mention();
        IncidentMention p = placed.mention();
        if (PlaceComparison.known(u, places) || !PlaceComparison.known(p, places)) return Optional.empty();
        String name = p.place().get();
        String folded = MentionComparison.fold(name);
        Optional<Place> target = places.place(name, p.country());
        Optional<IncidentMention.Coordinates> at = p.coordinates().filter(c -> !Double.isNaN(c.latitude()))
                .or(() -> target.filter(Place::hasCoordinates).map(t -> new IncidentMention.Coordinates(t.latitude(), t.longitude())));
        boolean big = target.map(t -> t.population() > PlaceComparison.BIG_CITY).orElse(false);
        double placePoints = big ? 1.0 : 1.5;
        Optional<String> country = p.country().or(() -> target.map(Place::countryCode));

        // A place of its own, even one the gazetteer does not know, outweighs what the rest of its article names.
        boolean articleCounts = u.place().isEmpty() && u.type().family() == IncidentType.Family.ATTACK;
        Optional<Named> best = Optional.empty();
        for (Source source : sources(unplaced)) {
            for (PlaceMatch m : source.matches()) {
                if (m.demonym()) continue;
                boolean inEvidence = within(m, source.evidence());
                for (Place c : m.candidates()) {
                    Optional<Named> found = Optional.empty();
                    if (same(c, folded, at) && (inEvidence || articleCounts)) {
                        String what = c.name().equals(name) ? name : c.name() + ", by " + name;
                        found = Optional.of(inEvidence
                                ? named(placePoints, "its sentence names " + what, true)
                                : named(placePoints * ARTICLE_SHARE, "its article names " + what, false));
                    } else if (inEvidence && at.isPresent() && c.kind() == Place.Kind.REGION && country.map(c.countryCode()::equalsIgnoreCase).orElse(false)
                            && PlaceComparison.fromNamesake(c.name(), country, at.get(), places) <= PlaceComparison.FAR_KM) {
                        found = Optional.of(named(IN_REGION_POINTS, "its sentence names " + c.name() + ", where " + name + " may lie", true));
                    }
                    if (found.isPresent() && (best.isEmpty() || found.get().signal().points() > best.get().signal().points())) best = found;
                }
            }
        }
        return best;
    }

    /** Countries of the places (not countries or demonyms) the sentence of a mention without a place of its own names. */
    List<String> countriesInSentence(ReportedMention r) {
        if (PlaceComparison.known(r.mention(), places)) return List.of();
        Set<String> countries = new TreeSet<>();
        Source sentence = sources(r).get(0);
        for (PlaceMatch m : sentence.matches()) {
            if (m.demonym() || !within(m, sentence.evidence())) continue;
            m.candidates().stream().filter(c -> c.kind() != Place.Kind.COUNTRY).limit(3).forEach(c -> countries.add(c.countryCode()));
        }
        return List.copyOf(countries);
    }

    private static boolean within(PlaceMatch m, Optional<Span> evidence) {
        return evidence.map(e -> e.start() <= m.span().start() && m.span().end() <= e.end()).orElse(false);
    }

    private static Named named(double points, String reason, boolean inEvidence) {
        return new Named(new MentionComparison.Signal("place", points, true, false, reason), inEvidence);
    }

    /** The gazetteer entry {@code c} is the place whose folded name is {@code folded}, or a town within reach of its point. */
    private static boolean same(Place c, String folded, Optional<IncidentMention.Coordinates> at) {
        if (c.kind() == Place.Kind.COUNTRY) return false;
        if (MentionComparison.fold(c.name()).equals(folded)) return true;
        return c.hasCoordinates() && at.isPresent()
                && PlaceComparison.kilometres(at.get(), new IncidentMention.Coordinates(c.latitude(), c.longitude())) <= PlaceComparison.NEAR_KM;
    }

    /** A text read for place names, and where in it the mention's evidence sentence lies (empty for the title). */
    private record Source(List<PlaceMatch> matches, Optional<Span> evidence) {
    }

    private List<Source> sources(ReportedMention r) {
        if (r.text().isBlank()) {
            String evidence = r.mention().evidenceText();
            return List.of(new Source(find(evidence), Optional.of(new Span(0, evidence.length()))));
        }
        return List.of(new Source(find(r.text()), Optional.of(r.mention().evidence())), new Source(find(r.title()), Optional.empty()));
    }

    private synchronized List<PlaceMatch> find(String text) {
        if (text.isBlank()) return List.of();
        String key = text.length() + ":" + text.hashCode() + ":" + text.substring(0, Math.min(40, text.length())).toLowerCase(Locale.ROOT);
        return found.computeIfAbsent(key, k -> places.named(text));
    }
}
