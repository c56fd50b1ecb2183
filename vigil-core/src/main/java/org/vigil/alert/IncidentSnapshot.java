package org.vigil.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.vigil.store.ChangedIncident;

/**
 * The fields of an incident an update alert reports on, as a user was last told them; comparing two
 * snapshots gives the sentences of "what changed".
 */
record IncidentSnapshot(String type, String status, Optional<String> date, Optional<String> place, Optional<String> country,
                        Optional<String> perpetrator, OptionalInt killed, OptionalInt injured, Optional<Boolean> claimed) {
    IncidentSnapshot {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
    }

    static IncidentSnapshot of(ChangedIncident i) {
        return new IncidentSnapshot(i.type().code(), i.status().name().toLowerCase(Locale.ROOT), i.date(), i.place(), i.country(),
                i.perpetrator(), i.killed(), i.injured(), i.claimed());
    }

    /** Type, date, country and place: what stays when a re-read article replaces an incident; empty when too little is known. */
    Optional<String> fingerprint() {
        if (date.isEmpty() || (place.isEmpty() && country.isEmpty())) return Optional.empty();
        return Optional.of(type + "|" + date.get() + "|" + country.orElse("") + "|" + place.orElse("").toLowerCase(Locale.ROOT));
    }

    /** This report laid over what was known: each field this report leaves out keeps its earlier value. */
    IncidentSnapshot over(IncidentSnapshot earlier) {
        return new IncidentSnapshot(type, status, date.or(() -> earlier.date), place.or(() -> earlier.place), country.or(() -> earlier.country),
                perpetrator.or(() -> earlier.perpetrator), killed.isPresent() ? killed : earlier.killed, injured.isPresent() ? injured : earlier.injured,
                claimed.isPresent() ? claimed : earlier.claimed);
    }

    /** One sentence per field that differs from {@code before}, in a fixed order; empty when nothing an alert reports on changed. */
    List<String> changesSince(IncidentSnapshot before) {
        List<String> changes = new ArrayList<>();
        figure(changes, "Killed", before.killed, killed);
        figure(changes, "Injured", before.injured, injured);
        if (!claimed.equals(before.claimed)) {
            if (claimed.orElse(false)) changes.add("Claimed" + perpetrator.map(p -> " by " + p).orElse("") + " (before: no claim reported)");
            else if (before.claimed.orElse(false)) changes.add("Claim of responsibility no longer reported");
        }
        field(changes, "Perpetrator", before.perpetrator, perpetrator);
        field(changes, "Type", Optional.of(before.type.replace('_', ' ')), Optional.of(type.replace('_', ' ')));
        field(changes, "Status", Optional.of(before.status), Optional.of(status));
        field(changes, "Date", before.date, date);
        field(changes, "Place", before.place, place);
        field(changes, "Country", before.country, country);
        return changes;
    }

    private static void figure(List<String> changes, String name, OptionalInt before, OptionalInt now) {
        if (before.equals(now)) return;
        changes.add(name + ": " + (before.isPresent() ? String.valueOf(before.getAsInt()) : "not reported") + " → "
                + (now.isPresent() ? String.valueOf(now.getAsInt()) : "no longer reported"));
    }

    private static void field(List<String> changes, String name, Optional<String> before, Optional<String> now) {
        if (before.equals(now)) return;
        changes.add(name + ": " + before.orElse("not reported") + " → " + now.orElse("no longer reported"));
    }

    String json() {
        ObjectNode json = CriteriaJson.MAPPER.createObjectNode();
        json.put("type", type);
        json.put("status", status);
        date.ifPresent(v -> json.put("date", v));
        place.ifPresent(v -> json.put("place", v));
        country.ifPresent(v -> json.put("country", v));
        perpetrator.ifPresent(v -> json.put("perpetrator", v));
        killed.ifPresent(v -> json.put("killed", v));
        injured.ifPresent(v -> json.put("injured", v));
        claimed.ifPresent(v -> json.put("claimed", v));
        return json.toString();
    }

    static IncidentSnapshot parse(String text) {
        try {
            JsonNode json = CriteriaJson.MAPPER.readTree(text);
            return new IncidentSnapshot(json.path("type").asText(), json.path("status").asText(), string(json, "date"), string(json, "place"),
                    string(json, "country"), string(json, "perpetrator"), integer(json, "killed"), integer(json, "injured"),
                    json.has("claimed") ? Optional.of(json.get("claimed").asBoolean()) : Optional.empty());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored alert snapshot is not JSON: " + text, e);
        }
    }

    private static Optional<String> string(JsonNode json, String field) {
        return json.hasNonNull(field) ? Optional.of(json.get(field).asText()) : Optional.empty();
    }

    private static OptionalInt integer(JsonNode json, String field) {
        return json.hasNonNull(field) ? OptionalInt.of(json.get(field).asInt()) : OptionalInt.empty();
    }
}
