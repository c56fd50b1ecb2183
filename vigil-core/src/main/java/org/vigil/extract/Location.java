package org.vigil.extract;

import java.util.Optional;
import org.vigil.resolve.Place;

/** Where a sentence places an incident: the most specific named place, its country, or both. */
record Location(Optional<Place> place, Optional<String> country) {
    static final Location NONE = new Location(Optional.empty(), Optional.empty());

    boolean isEmpty() {
        return place.isEmpty() && country.isEmpty();
    }

    /** Two locations conflict when they name different countries, or different places in one country. */
    boolean conflictsWith(Location other) {
        if (country.isPresent() && other.country.isPresent() && !country.get().equals(other.country.get())) return true;
        if (place.isPresent() && other.place.isPresent()) {
            Place a = place.get(), b = other.place.get();
            return !a.name().equalsIgnoreCase(b.name()) && a.kind() == b.kind() && a.kind() == Place.Kind.CITY
                    && !a.region().equals(b.region());
        }
        return false;
    }
}
