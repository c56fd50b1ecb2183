package org.vigil.resolve;

import java.util.Objects;

/**
 * A named place from the gazetteer: a country, a first-level region or a populated place, with its ISO
 * 3166-1 alpha-2 country code. Regions carry no coordinates (latitude and longitude are NaN) and no
 * population (0); {@code region} is the region's own name for a region and empty otherwise, because the
 * source data names no first-level division for towns.
 */
public record Place(String name, String countryCode, Kind kind, double latitude, double longitude, long population,
                    String region) {

    /** What sort of place a {@link Place} is. */
    public enum Kind { COUNTRY, REGION, CITY }

    public Place {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(region, "region");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Place needs a name, got '" + name + "'");
        }
        if (countryCode == null || !countryCode.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("Place '" + name + "' needs a two-letter country code, got '" + countryCode + "'");
        }
        if (population < 0) {
            throw new IllegalArgumentException("Place '" + name + "' has a negative population " + population);
        }
    }

    public boolean hasCoordinates() {
        return !Double.isNaN(latitude) && !Double.isNaN(longitude);
    }
}
