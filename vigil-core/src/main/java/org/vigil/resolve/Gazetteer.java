package org.vigil.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An offline gazetteer: given a name, a demonym, a code or a whole text, it returns the countries, regions
 * and populated places (GeoNames cities500, world-countries, country-region-data) that they denote.
 */
public final class Gazetteer {
    private static volatile Gazetteer shared;

    private final GazetteerIndex index;
    private final PlaceFinder finder;

    private Gazetteer(GazetteerIndex index) {
        this.index = index;
        this.finder = new PlaceFinder(index);
    }

    /** The gazetteer bundled with Vigil; read from the classpath on first use and shared after that. */
    public static Gazetteer load() {
        Gazetteer g = shared;
        if (g == null) {
            synchronized (Gazetteer.class) {
                if (shared == null) {
                    shared = new Gazetteer(GazetteerIndex.read());
                }
                g = shared;
            }
        }
        return g;
    }

    /** The capital city of the country with ISO code {@code countryCode}, when the gazetteer knows it. */
    public Optional<Place> capital(String countryCode) {
        return Optional.ofNullable(index.capitalsByCode.get(countryCode));
    }

    /** The country that a name ("Burma"), an alpha-2 code ("mm") or a demonym ("Burmese") denotes. */
    public Optional<Place> country(String nameOrCodeOrDemonym) {
        if (nameOrCodeOrDemonym == null || nameOrCodeOrDemonym.isBlank()) {
            return Optional.empty();
        }
        String s = nameOrCodeOrDemonym.strip();
        if (s.length() == 2) {
            Place byCode = index.countriesByCode.get(s.toUpperCase(Locale.ROOT));
            if (byCode != null) {
                return Optional.of(byCode);
            }
        }
        String key = Tokens.key(s);
        if (key.startsWith("the ")) {
            key = key.substring(4);
        }
        List<GazetteerIndex.Name> names = index.byKey.getOrDefault(key, List.of());
        return names.stream().filter(n -> n.place().kind() == Place.Kind.COUNTRY).map(GazetteerIndex.Name::place).findFirst();
    }

    /** Every place a name may denote, countries first, then by population and importance; empty if none. */
    public List<Place> lookup(String name) {
        if (name == null || name.isBlank()) {
            return List.of();
        }
        return PlaceFinder.places(index.byKey.getOrDefault(Tokens.key(name), List.of()));
    }

    /** The most likely place for a name, preferring places in the hinted country (an alpha-2 code or a name). */
    public Optional<Place> best(String name, Optional<String> countryHint) {
        List<Place> candidates = lookup(name);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> code = countryHint.flatMap(this::country).map(Place::countryCode);
        if (code.isPresent()) {
            for (Place p : candidates) {
                if (p.countryCode().equals(code.get())) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.of(candidates.get(0));
    }

    /**
     * Every country name, demonym and place name in a text, left to right, the longest at each position,
     * without overlaps. Mixed-case text must capitalise a name; all-upper-case text is matched without
     * case but accepts common English words ("MOBILE", "US") only as countries, demonyms or big cities.
     */
    public List<PlaceMatch> find(String text) {
        return finder.find(text);
    }
}
