package org.vigil.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a gold-format JSON Lines file ({@code id}, {@code published}, optional {@code title},
 * {@code text} or {@code text_file}) into one result per non-blank line; other fields are ignored.
 */
final class JsonLinesReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private final ArticleAssembler assembler;

    JsonLinesReader(ArticleAssembler assembler) {
        this.assembler = assembler;
    }

    List<ReadResult> read(Path file, Optional<LocalDate> published) {
        String input = file.toString();
        List<String> lines;
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) return List.of(new ReadResult.Rejected(input, "is empty"));
            if (TextDecoding.looksBinary(bytes)) return List.of(new ReadResult.Rejected(input, "looks like binary data, not text"));
            lines = TextDecoding.normalize(new String(bytes, StandardCharsets.UTF_8)).lines().toList();
        } catch (NoSuchFileException e) {
            return List.of(new ReadResult.Rejected(input, "does not exist"));
        } catch (IOException e) {
            return List.of(new ReadResult.Rejected(input, "cannot be read: " + e.getMessage()));
        }
        List<ReadResult> results = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            results.add(readLine(file, i + 1, lines.get(i), published, seen));
        }
        if (results.isEmpty()) return List.of(new ReadResult.Rejected(input, "is empty"));
        return results;
    }

    private ReadResult readLine(Path file, int number, String line, Optional<LocalDate> option, Map<String, Integer> seen) {
        String input = file + ":line " + number;
        JsonNode json;
        try {
            json = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return new ReadResult.Rejected(input, "is not valid JSON: " + e.getOriginalMessage());
        }
        if (!json.isObject()) {
            return new ReadResult.Rejected(input, "is not a JSON object");
        }
        String id = json.path("id").asText("").strip();
        if (id.isEmpty() || !json.get("id").isValueNode()) {
            return new ReadResult.Rejected(input, "has no \"id\"");
        }
        Integer earlier = seen.putIfAbsent(id, number);
        if (earlier != null) {
            return new ReadResult.Rejected(input, "repeats id '" + id + "' from line " + earlier);
        }
        Optional<LocalDate> stated = Optional.empty();
        if (json.hasNonNull("published")) {
            String value = json.get("published").asText();
            Matcher m = ISO_DAY.matcher(value);
            if (!m.matches()) {
                return new ReadResult.Rejected(input, "published '" + value + "' is not a date like 2024-03-27");
            }
            try {
                stated = Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            } catch (DateTimeException e) {
                return new ReadResult.Rejected(input, "published '" + value + "' is not a real date");
            }
        }
        List<String> warnings = new ArrayList<>();
        String text;
        if (json.hasNonNull("text")) {
            text = TextDecoding.normalize(json.get("text").asText());
            if (text.isBlank()) return new ReadResult.Rejected(input, "has an empty \"text\"");
        } else if (json.hasNonNull("text_file")) {
            String name = json.get("text_file").asText();
            Path textFile = file.toAbsolutePath().getParent().resolve(name).normalize();
            TextDecoding.FileText loaded = TextDecoding.load(textFile);
            if (loaded.problem().isPresent()) {
                String problem = loaded.problem().get().equals("does not exist")
                        ? "not found (looked for " + textFile + ")"
                        : loaded.problem().get();
                return new ReadResult.Rejected(input, "text_file '" + name + "' " + problem);
            }
            text = loaded.text();
            warnings.addAll(loaded.warnings());
        } else {
            return new ReadResult.Rejected(input, "has neither \"text\" nor \"text_file\"");
        }
        // Only trailing page widgets go: the gold evidence offsets into the text must stay valid.
        text = PageChrome.withoutTrailingWidgets(text);
        if (text.isBlank()) return new ReadResult.Rejected(input, "has no article text, only page widgets");
        String title = json.path("title").asText("").strip();
        return assembler.assemble(input, id, Optional.empty(), title, text, file.getFileName().toString(),
                stated, option, Optional.of(file), warnings);
    }
}
