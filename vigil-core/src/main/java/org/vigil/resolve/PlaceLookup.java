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

    /** A lookup that knows no places: granularity then comes from coordinates alone. */
    static PlaceLookup none() {
        return of((name, hint) -> Optional.empty(), name -> List.of());
    }

    /** A lookup from a gazetteer: {@code PlaceLookup.of(gazetteer::best, gazetteer::lookup)}. */
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
