package org.vigil.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.vigil.extract.IncidentType;
import org.vigil.nlp.PartialDate;

/**
 * A gold file of {@code ../shared/eval/SCHEMA.md} read into {@link GoldArticle}s, with
 * {@code text_file} resolved against the file's folder; also reads and writes the per-article
 * prediction lines of {@code vigil extract}.
 */
public final class GoldFile {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> INCIDENT_KEYS = List.of(
            "type", "date", "country", "place", "perpetrator", "killed", "injured", "claimed", "evidence");

    private final Path path;
    private final List<GoldArticle> articles;

    private GoldFile(Path path, List<GoldArticle> articles) {
        this.path = path;
        this.articles = List.copyOf(articles);
    }

    public Path path() {
        return path;
    }

    public List<GoldArticle> articles() {
        return articles;
    }

    /**
     * Reads every line of {@code jsonl}; blank lines are skipped.
     *
     * @throws InvalidEvalFile listing every bad line, each as {@code FILE:LINE (ID): problem}
     */
    public static GoldFile read(Path jsonl) {
        List<String> lines = readLines(jsonl, "Gold file");
        Path folder = jsonl.toAbsolutePath().getParent();
        List<String> problems = new ArrayList<>();
        List<GoldArticle> articles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            String where = jsonl + ":" + (i + 1);
            JsonNode node = parseObject(lines.get(i), where, problems);
            if (node == null) continue;
            String id = node.path("id").isTextual() ? node.path("id").asText() : "";
            String at = id.isBlank() ? where : where + " (" + id + ")";
            int before = problems.size();
            GoldArticle article = article(node, folder, at, problems);
            if (!id.isBlank() && !ids.add(id)) problems.add(at + ": duplicate id " + id);
            if (problems.size() == before) articles.add(article);
        }
        if (!problems.isEmpty()) throw new InvalidEvalFile(jsonl, problems);
        return new GoldFile(jsonl, articles);
    }

    /** Writes one line {@code {"id": ..., "incidents": [...]}} per prediction, in the gold incident schema. */
    public static void writePredictions(Path out, List<Prediction> predictions) {
        PredictionLines.write(out, predictions);
    }

    /**
     * Reads what {@link #writePredictions} writes; where a field holds a list only its first member counts.
     *
     * @throws InvalidEvalFile listing every bad line
     */
    public static List<Prediction> readPredictions(Path jsonl) {
        return PredictionLines.read(jsonl);
    }

    static List<String> readLines(Path file, String what) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidEvalFile(file, List.of(what + " " + file + " does not exist"));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + what.toLowerCase() + " " + file + ": " + e.getMessage(), e);
        }
    }

    /** The line as a JSON object, or null after recording why it is not one. */
    static JsonNode parseObject(String line, String where, List<String> problems) {
        try {
            JsonNode node = JSON.readTree(line);
            if (node != null && node.isObject()) return node;
            problems.add(where + ": line is not a JSON object");
        } catch (JsonProcessingException e) {
            problems.add(where + ": invalid JSON: " + e.getOriginalMessage());
        }
        return null;
    }

    /** Checks a type code (or list) and reports unknown codes and lists mixing attacks with security events. */
    static List<String> types(List<String> codes, Consumer<String> problem) {
        Set<IncidentType.Family> families = new HashSet<>();
        for (String code : codes) {
            Optional<IncidentType> type = IncidentType.fromCode(code);
            if (type.isEmpty()) {
                problem.accept("type '" + code + "' is not one of the schema's types");
                return List.of();
            }
            families.add(type.get().family());
        }
        if (families.size() > 1) {
            problem.accept("type list " + codes + " mixes attack and security-event types");
            return List.of();
        }
        if (codes.isEmpty()) problem.accept("type must be a type code or a list of them");
        return codes;
    }

    static Optional<String> date(JsonLine json, Consumer<String> problem) {
        Optional<String> date = json.string("date");
        if (date.isPresent() && PartialDate.parse(date.get()).isEmpty()) {
            problem.accept("date '" + date.get() + "' is not a real date written YYYY, YYYY-MM or YYYY-MM-DD");
            return Optional.empty();
        }
        return date;
    }

    static Optional<String> country(JsonLine json, Consumer<String> problem) {
        Optional<String> country = json.string("country");
        if (country.isPresent() && !country.get().matches("[A-Z]{2}")) {
            problem.accept("country '" + country.get() + "' is not an ISO 3166-1 alpha-2 code such as FR");
            return Optional.empty();
        }
        return country;
    }

    private static GoldArticle article(JsonNode node, Path folder, String at, List<String> problems) {
        Consumer<String> problem = m -> problems.add(at + ": " + m);
        JsonLine json = new JsonLine(node, problem);
        String id = node.path("id").isTextual() ? node.get("id").asText().strip() : "";
        if (id.isEmpty()) problem.accept("missing id");
        LocalDate published = LocalDate.EPOCH;
        String pub = node.path("published").asText("");
        try {
            published = LocalDate.parse(pub);
        } catch (DateTimeParseException e) {
            problem.accept("published must be a date written YYYY-MM-DD, got " + node.get("published"));
        }
        Optional<String> title = node.path("title").isTextual() ? Optional.of(node.get("title").asText()) : Optional.empty();
        String text = text(json, folder, problem);
        Set<String> unscored = unscored(node.get("unscored"), problem);
        List<GoldIncident> incidents = new ArrayList<>();
        JsonNode list = node.get("incidents");
        if (list == null || !list.isArray()) {
            problem.accept("incidents must be a list");
        } else {
            for (int k = 0; k < list.size(); k++) {
                String w = at + " incident " + k;
                incident(list.get(k), m -> problems.add(w + ": " + m)).ifPresent(incidents::add);
            }
        }
        return new GoldArticle(id, published, title, text, incidents, unscored);
    }

    private static String text(JsonLine json, Path folder, Consumer<String> problem) {
        if (json.has("text") && json.has("text_file")) problem.accept("has both text and text_file");
        if (json.node("text") != null && json.node("text").isTextual()) return json.node("text").asText();
        JsonNode file = json.node("text_file");
        if (file == null || !file.isTextual()) {
            problem.accept("needs text or text_file");
            return "";
        }
        Path path = folder.resolve(file.asText());
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problem.accept("cannot read text_file '" + file.asText() + "' (looked for " + path + ")");
            return "";
        }
    }

    private static String evidence(JsonNode node, Consumer<String> problem) {
        if (node == null) return "";
        if (node.isTextual() && !node.asText().isBlank()) return node.asText();
        problem.accept("evidence must be a non-empty string, got " + node);
        return "";
    }

    private static Set<String> unscored(JsonNode node, Consumer<String> problem) {
        Set<String> out = new LinkedHashSet<>();
        if (node == null || node.isNull()) return out;
        if (node.isArray()) {
            for (JsonNode e : node) {
                if (e.isTextual() && Field.fromCode(e.asText()).isPresent()) out.add(e.asText());
                else problem.accept("unscored " + node + " must be a list of field names such as \"killed\"");
            }
            return out;
        }
        problem.accept("unscored " + node + " must be a list of field names such as \"killed\"");
        return out;
    }

    private static Optional<GoldIncident> incident(JsonNode node, Consumer<String> problem) {
        return JsonLine.object(node, problem, (json, sink) -> {
            List<String> missing = INCIDENT_KEYS.stream().filter(k -> !json.has(k)).toList();
            if (!missing.isEmpty()) sink.accept("missing keys " + missing);
            List<String> types = types(json.strings("type"), sink);
            return new GoldIncident(
                    types.isEmpty() ? List.of("?") : types,
                    date(json, sink),
                    country(json, sink),
                    json.strings("place"),
                    json.strings("perpetrator"),
                    json.count("killed"),
                    json.count("injured"),
                    json.bool("claimed"),
                    evidence(node.get("evidence"), sink));
        });
    }
}
