package org.vigil.alert;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigil.resolve.ActorRegistry;
import org.vigil.resolve.Gazetteer;
import org.vigil.resolve.Place;

/**
 * Reads criteria as people write them: countries by name or demonym ("France", "French") as well as by
 * code, and groups by any alias ("ISKP"), stored under the name the extractor gives them so that they
 * match stored incidents.
 */
public final class WatchNames {
    private final Gazetteer gazetteer;
    private final ActorRegistry actors;

    public WatchNames(Gazetteer gazetteer, ActorRegistry actors) {
        this.gazetteer = gazetteer;
        this.actors = actors;
    }

    /**
     * Criteria from a JSON object after naming countries by code and groups canonically.
     *
     * @throws InvalidWatchlist listing every problem found
     */
    public WatchCriteria read(JsonNode json) {
        if (json == null || !json.isObject()) return CriteriaJson.read(json);
        ObjectNode copy = ((ObjectNode) json).deepCopy();
        rewrite(copy, "countries", name -> name.trim().length() == 2 ? name
                : gazetteer.country(name).map(Place::countryCode).orElse(name));
        rewrite(copy, "groups", name -> actors.canonical(name).orElse(name.trim()));
        return CriteriaJson.read(copy);
    }

    private static void rewrite(ObjectNode json, String field, java.util.function.UnaryOperator<String> map) {
        JsonNode node = json.get(field);
        if (node == null || !node.isArray()) return;
        ArrayNode rewritten = json.putArray(field);
        for (JsonNode item : node) {
            if (item.isTextual()) rewritten.add(map.apply(item.asText()));
            else rewritten.add(item);
        }
    }
}
