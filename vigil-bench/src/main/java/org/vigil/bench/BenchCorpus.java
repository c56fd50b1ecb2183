package org.vigil.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.vigil.ingest.Article;

/**
 * Reads a benchmark corpus into articles: gold-format JSON Lines ({@code id}, {@code published},
 * {@code text} or {@code text_file} relative to the file), plain-text files (title on the first
 * line), or a folder of them.
 */
public final class BenchCorpus {

    /** The gold files measured by default, looked up in {@code ../shared/eval/} of the working directory. */
    public static final List<String> DEFAULT_FILES = List.of("seed.jsonl", "dev.jsonl", "wiki-dev.jsonl", "muc-dev.jsonl");

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every article of the default gold files that exist under {@code workingDirectory/../shared/eval}. */
    public List<Article> loadDefault(Path workingDirectory) {
        Path folder = workingDirectory.toAbsolutePath().normalize().resolveSibling("shared").resolve("eval");
        List<Article> articles = new ArrayList<>();
        for (String name : DEFAULT_FILES) {
            Path file = folder.resolve(name);
            if (Files.isRegularFile(file)) articles.addAll(readJsonLines(file));
        }
        if (articles.isEmpty()) {
            throw new UnreadableCorpusException("No default corpus: none of " + DEFAULT_FILES + " is in " + folder
                    + "; give a CORPUS path (a .jsonl file, a .txt file or a folder of them)");
        }
        return articles;
    }

    /**
     * The articles of a .jsonl file, a .txt file, or a folder: its .jsonl files if it has any (at any
     * depth, sorted by path), otherwise its .txt files.
     */
    public List<Article> load(Path path) {
        if (Files.isDirectory(path)) {
            List<Path> files = filesUnder(path);
            // A folder with gold files is read through them: their text_file entries are its .txt files.
            String wanted = files.stream().anyMatch(f -> f.toString().endsWith(".jsonl")) ? ".jsonl" : ".txt";
            List<Article> articles = new ArrayList<>();
            for (Path file : files) {
                if (file.toString().endsWith(wanted)) articles.addAll(load(file));
            }
            if (articles.isEmpty()) throw new UnreadableCorpusException("Corpus folder " + path + " has no .jsonl or .txt file");
            return articles;
        }
        if (!Files.isRegularFile(path)) throw new UnreadableCorpusException("Corpus " + path + " does not exist");
        String name = path.getFileName().toString();
        if (name.endsWith(".jsonl")) return readJsonLines(path);
        if (name.endsWith(".txt")) return List.of(readText(path));
        throw new UnreadableCorpusException("Corpus " + path + " is neither a .jsonl file, a .txt file nor a folder");
    }

    private static List<Path> filesUnder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UnreadableCorpusException("Cannot list corpus folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private List<Article> readJsonLines(Path file) {
        List<String> lines = readLines(file);
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) articles.add(parseLine(file, i + 1, lines.get(i)));
        }
        return articles;
    }

    private Article parseLine(Path file, int lineNumber, String line) {
        String where = file + " line " + lineNumber;
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException e) {
            throw new UnreadableCorpusException(where + " is not valid JSON: " + e.getMessage(), e);
        }
        String id = requiredText(node, "id", where);
        LocalDate published = parseDate(requiredText(node, "published", where), where);
        String text;
        if (node.hasNonNull("text")) {
            text = node.get("text").asText();
        } else if (node.hasNonNull("text_file")) {
            Path textFile = file.toAbsolutePath().getParent().resolve(node.get("text_file").asText());
            text = readString(textFile);
        } else {
            throw new UnreadableCorpusException(where + " (article " + id + ") has neither 'text' nor 'text_file'");
        }
        if (text.isBlank()) throw new UnreadableCorpusException(where + " (article " + id + ") has blank text");
        String title = node.hasNonNull("title") ? node.get("title").asText() : "";
        return new Article(id, Optional.empty(), title, published, "en", text, Article.paragraphsOf(text), file.getFileName().toString());
    }

    private Article readText(Path file) {
        String content = readString(file).strip();
        if (content.isEmpty()) throw new UnreadableCorpusException("Corpus file " + file + " is empty");
        int newline = content.indexOf('\n');
        String title = newline < 0 ? "" : content.substring(0, newline).strip();
        String body = newline < 0 ? content : content.substring(newline + 1).strip();
        if (body.isEmpty()) body = content;
        String name = file.getFileName().toString();
        LocalDate published;
        try {
            published = LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Article(name.substring(0, name.length() - ".txt".length()), Optional.of(file.toString()), title,
                published, "en", body, Article.paragraphsOf(body), name);
    }

    private static String requiredText(JsonNode node, String field, String where) {
        if (!node.hasNonNull(field) || node.get(field).asText().isBlank()) {
            throw new UnreadableCorpusException(where + " has no '" + field + "'");
        }
        return node.get(field).asText();
    }

    private static LocalDate parseDate(String value, String where) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UnreadableCorpusException(where + ": 'published' must be a date like 2024-03-27, got '" + value + "'", e);
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UnreadableCorpusException("Cannot read corpus file " + file + ": " + e.getMessage(), e);
        }
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UnreadableCorpusException("Cannot read article text " + file + ": " + e.getMessage(), e);
        }
    }
}
