package org.vigil.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.vigil.resolve.Gazetteer;
import org.vigil.resolve.Place;
import org.vigil.resolve.PlaceMatch;

/**
 * Chooses where a sentence places its incident among the places it names: a city or town after a
 * locative preposition first ("in Moscow", "outside Kabul Airport"), a country next; demonyms
 * ("a Russian national") only give a country when nothing else does.
 */
final class PlaceChooser {
    private static final Pattern LOCATIVE_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:in|at|near|outside|inside|on|into|from|of|across|around|to|towards|throughout|within|against|"
                    + "targeting|targeted|hit|struck|rocked|shook|outskirts of|centre of|center of|city of|town of|village of|"
                    + "province of|department of|district of|region of)\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}'’.-]*\\s+){0,4})$");

    private static final Pattern QUALIFIER_GAP = Pattern.compile("(?i)\\s*,\\s*|\\s*,?\\s*in\\s+(?:the\\s+)?");

    private static final Pattern BLAME_BEFORE = Pattern.compile("(?i)\\bblam(?:e|ed|es|ing)\\b");

    private final Gazetteer gazetteer;

    PlaceChooser(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Where the words around one trigger place it: "the attack in Moscow", "the Moscow attack". */
    Location near(AnnotatedSentence s, Trigger trigger) {
        // "Putin blamed the attack on Ukraine" names who is blamed, not where it happened.
        if (BLAME_BEFORE.matcher(s.text().substring(Math.max(0, trigger.span().start() - 25), trigger.span().start())).find()) {
            return Location.NONE;
        }
        int from = Math.max(0, trigger.span().start() - 30);
        int to = Math.min(s.text().length(), trigger.span().end() + 25);
        List<PlaceMatch> close = s.places().stream()
                .filter(m -> m.span().start() >= from && m.span().end() <= to).toList();
        if (close.isEmpty()) return Location.NONE;
        return choose(new AnnotatedSentence(s.sentence(), s.paragraph(), s.triggers(), s.dates(), close, s.actors(), s.casualties()));
    }

    Location choose(AnnotatedSentence s) {
        String text = s.text();
        PlaceMatch bestCity = null;
        int bestScore = Integer.MIN_VALUE;
        String country = null;
        for (PlaceMatch m : s.places()) {
            if (m.candidates().isEmpty() || m.demonym()) continue;
            Place top = m.candidates().get(0);
            if (top.kind() == Place.Kind.COUNTRY) {
                if (country == null) country = top.countryCode();
                continue;
            }
            int score = (LOCATIVE_BEFORE.matcher(text.substring(Math.max(0, m.span().start() - 60), m.span().start())).find() ? 10 : 0)
                    + (top.kind() == Place.Kind.CITY ? 3 : 0)
                    - m.span().start() / 80;
            if (score > bestScore) {
                bestScore = score;
                bestCity = m;
            }
        }
        if (bestCity != null) {
            // A country narrows the city only when it qualifies it ("Moscow, Russia", "Mersin in Turkey"):
            // "the United States warned of attacks in Moscow" is about the Moscow everyone means.
            PlaceMatch city = bestCity;
            Optional<String> qualifier = qualifyingCountry(s, city);
            Place place = qualifier.map(c -> pick(city, c)).orElse(city.candidates().get(0));
            return new Location(Optional.of(place), Optional.of(place.countryCode()));
        }
        if (country != null) return new Location(Optional.empty(), Optional.of(country));
        return Location.NONE;
    }

    /** The country named right after the city ("Moscow, Russia", "Mersin in Turkey"), if any. */
    private static Optional<String> qualifyingCountry(AnnotatedSentence s, PlaceMatch city) {
        for (PlaceMatch m : s.places()) {
            if (m.demonym() || m.candidates().isEmpty() || m.candidates().get(0).kind() != Place.Kind.COUNTRY) continue;
            int gap = m.span().start() - city.span().end();
            if (gap >= 0 && gap <= 12 && QUALIFIER_GAP.matcher(s.text().substring(city.span().end(), m.span().start())).matches()) {
                return Optional.of(m.candidates().get(0).countryCode());
            }
        }
        return Optional.empty();
    }

    /** The candidate of {@code match} inside {@code country}; the most likely candidate when none is. */
    private Place pick(PlaceMatch match, String country) {
        List<Place> candidates = match.candidates();
        for (Place p : candidates) {
            if (p.countryCode().equals(country)) return p;
        }
        return gazetteer.best(match.surface(), Optional.of(country)).filter(p -> p.countryCode().equals(country))
                .orElse(candidates.get(0));
    }

    /** The country a demonym in the sentence points to, as a last resort ("a Russian national"). */
    static Optional<String> demonymCountry(AnnotatedSentence s) {
        return s.places().stream().filter(PlaceMatch::demonym).filter(m -> !m.candidates().isEmpty())
                .map(m -> m.candidates().get(0).countryCode()).findFirst();
    }
}
