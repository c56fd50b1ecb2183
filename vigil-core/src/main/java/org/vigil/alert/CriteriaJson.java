package org.vigil.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.vigil.extract.IncidentType;

/**
 * Writes {@link WatchCriteria} as the JSON object the store keeps and the API exchanges, and reads it
 * back, collecting every problem of a request at once.
 */
public final class CriteriaJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private CriteriaJson() {
    }

    /** {"types": [...], "groups": [...], "countries": [...], "regions": [...], "geofences": ["LAT,LON,KM" | "box:S,W,N,E"], "minKilled": N, "keywords": [...]} */
    public static ObjectNode write(WatchCriteria c) {
        ObjectNode json = MAPPER.createObjectNode();
        strings(json.putArray("types"), new TreeSet<>(c.types().stream().map(IncidentType::code).toList()));
        strings(json.putArray("groups"), c.groups());
        strings(json.putArray("countries"), new TreeSet<>(c.countries()));
        strings(json.putArray("regions"), new TreeSet<>(c.regions()));
        strings(json.putArray("geofences"), c.geofences().stream().map(Geofence::text).toList());
        if (c.minKilled().isPresent()) json.put("minKilled", c.minKilled().getAsInt());
        else json.putNull("minKilled");
        strings(json.putArray("keywords"), c.keywords());
        return json;
    }

    static String text(WatchCriteria c) {
        try {
            return MAPPER.writeValueAsString(write(c));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write criteria " + c, e);
        }
    }

    static WatchCriteria parse(String json) {
        try {
            return read(MAPPER.readTree(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored watchlist criteria are not JSON: " + json, e);
        }
    }

    /**
     * Criteria from a JSON object; absent fields place no limit, and no object at all watches everything.
     *
     * @throws InvalidWatchlist listing every problem found
     */
    public static WatchCriteria read(JsonNode json) {
        List<String> problems = new ArrayList<>();
        if (json == null || json.isMissingNode() || json.isNull()) return WatchCriteria.EVERYTHING;
        if (!json.isObject()) throw new InvalidWatchlist(List.of("Watchlist criteria must be a JSON object"));
        List<IncidentType> types = new ArrayList<>();
        for (String code : strings(json, "types", problems)) {
            IncidentType.fromCode(code.toLowerCase(Locale.ROOT)).ifPresentOrElse(types::add,
                    () -> problems.add("Unknown incident type '" + code + "'; known types: " + knownTypes()));
        }
        List<String> countries = new ArrayList<>();
        for (String country : strings(json, "countries", problems)) {
            String code = country.trim().toUpperCase(Locale.ROOT);
            if (code.matches("[A-Z]{2}")) countries.add(code);
            else problems.add("Country must be an ISO code like FR, got '" + country + "'");
        }
        List<String> regions = new ArrayList<>();
        for (String region : strings(json, "regions", problems)) {
            Regions.bundled().canonical(region).ifPresentOrElse(regions::add,
                    () -> problems.add("Unknown region '" + region + "'; known regions: " + String.join(", ", Regions.bundled().names())));
        }
        List<Geofence> geofences = new ArrayList<>();
        for (String fence : strings(json, "geofences", problems)) {
            try {
                geofences.add(Geofence.parse(fence));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        OptionalInt minKilled = OptionalInt.empty();
        JsonNode min = json.get("minKilled");
        if (min != null && !min.isNull()) {
            if (min.canConvertToInt() && min.isIntegralNumber() && min.asInt() >= 0) minKilled = OptionalInt.of(min.asInt());
            else problems.add("minKilled must be a whole number 0 or more, got " + min);
        }
        List<String> groups = strings(json, "groups", problems).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        List<String> keywords = strings(json, "keywords", problems).stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (!problems.isEmpty()) throw new InvalidWatchlist(problems);
        return new WatchCriteria(new java.util.HashSet<>(types), groups, new java.util.HashSet<>(countries), new java.util.HashSet<>(regions),
                geofences, minKilled, keywords);
    }

    static String knownTypes() {
        return String.join(", ", java.util.Arrays.stream(IncidentType.values()).map(IncidentType::code).toList());
    }

    private static List<String> strings(JsonNode json, String field, List<String> problems) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull()) return List.of();
        if (!node.isArray()) {
            problems.add("'" + field + "' must be an array of strings, got " + node);
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : node) {
            if (item.isTextual()) values.add(item.asText());
            else problems.add("'" + field + "' must hold strings, got " + item);
        }
        return values;
    }

    private static void strings(ArrayNode array, Collection<String> values) {
        values.forEach(array::add);
    }
}
