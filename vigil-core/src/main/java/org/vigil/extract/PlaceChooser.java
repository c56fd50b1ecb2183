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

    private final Gazetteer gazetteer;

    PlaceChooser(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    Location choose(AnnotatedSentence s) {
        String text = s.text();
        PlaceMatch bestCity = null;
        int bestScore = Integer.MIN_VALUE;
        String country = null;
        String demonymCountry = null;
        for (PlaceMatch m : s.places()) {
            if (m.candidates().isEmpty()) continue;
            Place top = m.candidates().get(0);
            if (m.demonym()) {
                if (demonymCountry == null) demonymCountry = top.countryCode();
                continue;
            }
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
            Optional<Place> place = country == null
                    ? Optional.of(bestCity.candidates().get(0))
                    : pick(bestCity, country);
            if (place.isPresent()) {
                return new Location(place, Optional.of(place.get().countryCode()));
            }
        }
        if (country != null) return new Location(Optional.empty(), Optional.of(country));
        return Location.NONE;
    }

    /** The candidate of {@code match} inside {@code country}, if the gazetteer has one. */
    private Optional<Place> pick(PlaceMatch match, String country) {
        List<Place> candidates = match.candidates();
        for (Place p : candidates) {
            if (p.countryCode().equals(country)) return Optional.of(p);
        }
        return gazetteer.best(match.surface(), Optional.of(country)).filter(p -> p.countryCode().equals(country))
                .or(() -> Optional.of(candidates.get(0)));
    }

    /** The country a demonym in the sentence points to, as a last resort ("a Russian national"). */
    static Optional<String> demonymCountry(AnnotatedSentence s) {
        return s.places().stream().filter(PlaceMatch::demonym).filter(m -> !m.candidates().isEmpty())
                .map(m -> m.candidates().get(0).countryCode()).findFirst();
    }
}
