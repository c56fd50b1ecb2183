package org.vigil.alert;

import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.vigil.extract.IncidentType;

/**
 * What a watchlist watches. Each criterion left empty places no limit; an incident must meet every
 * criterion that is set, and within one criterion any of its values (any type, any group, any place).
 *
 * @param groups     perpetrator groups, by the name Vigil gives them (canonical) or as the user wrote them
 * @param countries  ISO 3166-1 alpha-2 codes, upper case
 * @param regions    names from {@link Regions}; countries and regions together are one place criterion
 * @param geofences  areas on the map; an incident without coordinates is in none; with countries or regions,
 *                   being in any of them or any geofence is enough
 * @param minKilled  the least number killed ("a toll past 10" is 11)
 * @param keywords   words or phrases, any of which must occur in the title or text of an article about it
 */
public record WatchCriteria(Set<IncidentType> types, List<String> groups, Set<String> countries, Set<String> regions,
                            List<Geofence> geofences, OptionalInt minKilled, List<String> keywords) {

    /** Watches every incident. */
    public static final WatchCriteria EVERYTHING = new WatchCriteria(Set.of(), List.of(), Set.of(), Set.of(), List.of(), OptionalInt.empty(), List.of());

    public WatchCriteria {
        types = Set.copyOf(types);
        groups = List.copyOf(groups);
        countries = Set.copyOf(countries);
        regions = Set.copyOf(regions);
        geofences = List.copyOf(geofences);
        Objects.requireNonNull(minKilled, "minKilled");
        keywords = List.copyOf(keywords);
        for (String country : countries) {
            if (!country.matches("[A-Z]{2}")) throw new IllegalArgumentException("Country must be an ISO code like FR, got '" + country + "'");
        }
        for (String region : regions) {
            if (Regions.bundled().countries(region).isEmpty()) {
                throw new IllegalArgumentException("Unknown region '" + region + "'; known regions: " + String.join(", ", Regions.bundled().names()));
            }
        }
        if (minKilled.isPresent() && minKilled.getAsInt() < 0) throw new IllegalArgumentException("Minimum toll must be 0 or more, got " + minKilled.getAsInt());
        for (String keyword : keywords) {
            if (keyword.isBlank()) throw new IllegalArgumentException("A keyword must not be blank");
        }
        for (String group : groups) {
            if (group.isBlank()) throw new IllegalArgumentException("A group must not be blank");
        }
    }
}
