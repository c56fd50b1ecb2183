package org.vigil.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Reads the typed values of one JSON object of a gold or prediction line, telling apart an absent
 * key (a problem) from JSON null (no value), and reporting each bad value to a problem sink.
 */
final class JsonLine {
    private final JsonNode object;
    private final Consumer<String> problem;

    JsonLine(JsonNode object, Consumer<String> problem) {
        this.object = object;
        this.problem = problem;
    }

    /** Reads one incident object of a line; {@code read} reports each bad value to the sink it is given. */
    interface Reader<T> {
        T read(JsonLine json, Consumer<String> problem);
    }

    /**
     * The value {@code read} makes of {@code node}, or empty when {@code node} is no object or any of its
     * values is bad; every problem is told to {@code problem}.
     */
    static <T> Optional<T> object(JsonNode node, Consumer<String> problem, Reader<T> read) {
        if (node == null || !node.isObject()) {
            problem.accept("incident is not an object");
            return Optional.empty();
        }
        List<String> found = new ArrayList<>();
        Consumer<String> sink = m -> {
            found.add(m);
            problem.accept(m);
        };
        T value = read.read(new JsonLine(node, sink), sink);
        return found.isEmpty() ? Optional.of(value) : Optional.empty();
    }

    boolean has(String key) {
        return object.has(key);
    }

    /** A key that must be present, though it may be JSON null. */
    boolean require(String key) {
        if (object.has(key)) return true;
        problem.accept("missing key '" + key + "'");
        return false;
    }

    /** A string or null; anything else is a problem and reads as empty. */
    Optional<String> string(String key) {
        JsonNode v = object.get(key);
        if (v == null || v.isNull()) return Optional.empty();
        if (v.isTextual() && !v.asText().isBlank()) return Optional.of(v.asText());
        problem.accept(key + " must be null or a non-empty string, got " + v);
        return Optional.empty();
    }

    /** Null (empty list), a string (one element) or a list of strings (all of them). */
    List<String> strings(String key) {
        JsonNode v = object.get(key);
        List<String> out = new ArrayList<>();
        if (v == null || v.isNull()) return out;
        if (v.isTextual() && !v.asText().isBlank()) {
            out.add(v.asText());
            return out;
        }
        if (v.isArray() && !v.isEmpty()) {
            for (JsonNode e : v) {
                if (!e.isTextual() || e.asText().isBlank()) {
                    problem.accept(key + " must be null, a non-empty string or a non-empty list of them, got " + v);
                    return List.of();
                }
                out.add(e.asText());
            }
            return out;
        }
        problem.accept(key + " must be null, a non-empty string or a non-empty list of them, got " + v);
        return out;
    }

    /** Like {@link #strings} but keeps only the first member, as the schema reads a predicted list. */
    Optional<String> firstString(String key) {
        return strings(key).stream().findFirst();
    }

    OptionalInt count(String key) {
        JsonNode v = object.get(key);
        if (v == null || v.isNull()) return OptionalInt.empty();
        if (v.isIntegralNumber() && v.canConvertToInt() && v.asInt() >= 0) return OptionalInt.of(v.asInt());
        problem.accept(key + " must be null or a non-negative integer, got " + v);
        return OptionalInt.empty();
    }

    Optional<Boolean> bool(String key) {
        JsonNode v = object.get(key);
        if (v == null || v.isNull()) return Optional.empty();
        if (v.isBoolean()) return Optional.of(v.asBoolean());
        problem.accept(key + " must be true, false or null, got " + v);
        return Optional.empty();
    }

    JsonNode node(String key) {
        return object.get(key);
    }
}
