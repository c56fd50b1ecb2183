package org.vigil.resolve;

import java.util.Optional;

/** Finds the gazetteer entry for a place name, so merging can tell a region or country from a town; {@code gazetteer::best} is one. */
@FunctionalInterface
public interface PlaceLookup {
    Optional<Place> place(String name, Optional<String> countryHint);

    /** A lookup that knows no places: granularity then comes from coordinates alone. */
    static PlaceLookup none() {
        return (name, hint) -> Optional.empty();
    }
}
