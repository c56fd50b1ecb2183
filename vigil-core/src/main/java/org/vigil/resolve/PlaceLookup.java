package org.vigil.resolve;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/** Finds the gazetteer entries for a place name, so merging can tell a region or country from a town. */
public interface PlaceLookup {
    /** The place a name most likely means. */
    Optional<Place> place(String name, Optional<String> countryHint);

    /** Every place of that name (a region and its capital often share one). */
    List<Place> places(String name);

    /** Every place name a text contains, left to right (see {@link Gazetteer#find}); none for a lookup without a gazetteer. */
    default List<PlaceMatch> named(String text) {
        return List.of();
    }

    /** The lookup of a gazetteer, names in texts included. */
    static PlaceLookup of(Gazetteer gazetteer) {
        return new PlaceLookup() {
            @Override
            public Optional<Place> place(String name, Optional<String> countryHint) {
                return gazetteer.best(name, countryHint);
            }

            @Override
            public List<Place> places(String name) {
                return gazetteer.lookup(name);
            }

            @Override
            public List<PlaceMatch> named(String text) {
                return gazetteer.find(text);
            }
        };
    }

    /** A lookup that knows no places: granularity then comes from coordinates alone. */
    static PlaceLookup none() {
        return of((name, hint) -> Optional.empty(), name -> List.of());
    }

    /** A lookup from two functions, which finds no names in texts (tests, a gazetteer of a few places). */
    static PlaceLookup of(BiFunction<String, Optional<String>, Optional<Place>> best, Function<String, List<Place>> all) {
        return new PlaceLookup() {
            @Override
            public Optional<Place> place(String name, Optional<String> countryHint) {
                return best.apply(name, countryHint);
            }

            @Override
            public List<Place> places(String name) {
                return all.apply(name);
            }
        };
    }
}
