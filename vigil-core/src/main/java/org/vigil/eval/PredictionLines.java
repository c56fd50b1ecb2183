package org.vigil.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/** Reads and writes the {@code vigil extract} output: one {@code {"id", "incidents"}} line per article. */
final class PredictionLines {
    private static final ObjectMapper JSON = new ObjectMapper();

    private PredictionLines() {
    }

    static void write(Path out, List<Prediction> predictions) {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (Prediction p : predictions) {
                w.write(JSON.writeValueAsString(toJson(p)));
                w.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write predictions to " + out + ": " + e.getMessage(), e);
        }
    }

    static ObjectNode toJson(Prediction p) {
        ObjectNode line = JSON.createObjectNode();
        line.put("id", p.articleId());
        ArrayNode incidents = line.putArray("incidents");
        for (PredictedIncident i : p.incidents()) {
            ObjectNode o = incidents.addObject();
            o.put("type", i.type());
            o.put("date", i.date().orElse(null));
            o.put("country", i.country().orElse(null));
            o.put("place", i.place().orElse(null));
            o.put("perpetrator", i.perpetrator().orElse(null));
            if (i.killed().isPresent()) o.put("killed", i.killed().getAsInt()); else o.putNull("killed");
            if (i.injured().isPresent()) o.put("injured", i.injured().getAsInt()); else o.putNull("injured");
            o.put("claimed", i.claimed().orElse(null));
            o.put("evidence", i.evidence());
        }
        return line;
    }

    static List<Prediction> read(Path jsonl) {
        List<String> lines = GoldFile.readLines(jsonl, "Prediction file");
        List<String> problems = new ArrayList<>();
        List<Prediction> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            String where = jsonl + ":" + (i + 1);
            JsonNode node = GoldFile.parseObject(lines.get(i), where, problems);
            if (node == null) continue;
            String id = node.path("id").isTextual() ? node.get("id").asText().strip() : "";
            String at = id.isEmpty() ? where : where + " (" + id + ")";
            int before = problems.size();
            if (id.isEmpty()) problems.add(at + ": missing id");
            else if (!ids.add(id)) problems.add(at + ": duplicate id " + id);
            List<PredictedIncident> incidents = new ArrayList<>();
            JsonNode list = node.get("incidents");
            if (list == null || !list.isArray()) {
                problems.add(at + ": incidents must be a list");
            } else {
                for (int k = 0; k < list.size(); k++) {
                    String w = at + " incident " + k;
                    incident(list.get(k), m -> problems.add(w + ": " + m)).ifPresent(incidents::add);
                }
            }
            if (problems.size() == before) out.add(new Prediction(id, incidents));
        }
        if (!problems.isEmpty()) throw new InvalidEvalFile(jsonl, problems);
        return out;
    }

    private static Optional<PredictedIncident> incident(JsonNode node, Consumer<String> problem) {
        return JsonLine.object(node, problem, (json, sink) -> {
            // Predictions give one value per field; where one gives a list, the schema counts its first member.
            Optional<String> type = json.firstString("type");
            if (type.isEmpty()) sink.accept("type must be one of the schema's type codes, got " + node.get("type"));
            type.ifPresent(t -> GoldFile.types(List.of(t), sink));
            JsonNode evidence = node.get("evidence");
            return new PredictedIncident(
                    type.orElse("?"),
                    GoldFile.date(json, sink),
                    GoldFile.country(json, sink),
                    json.firstString("place"),
                    json.firstString("perpetrator"),
                    json.count("killed"),
                    json.count("injured"),
                    json.bool("claimed"),
                    evidence != null && evidence.isTextual() ? evidence.asText() : "");
        });
    }
}
