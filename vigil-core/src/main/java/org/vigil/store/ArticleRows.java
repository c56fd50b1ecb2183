package org.vigil.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.vigil.ingest.Article;
import org.vigil.nlp.Span;

/** Turns an {@link Article}'s paragraphs and text into the JSON and hash its row keeps, and such a row back into an article. */
final class ArticleRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ArticleRows() {
    }

    /** Paragraph spans as a JSON array of {@code [start, end]} pairs. */
    static String paragraphsJson(List<Span> paragraphs) {
        int[][] pairs = paragraphs.stream().map(p -> new int[] {p.start(), p.end()}).toArray(int[][]::new);
        try {
            return JSON.writeValueAsString(pairs);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write paragraph spans as JSON: " + paragraphs, e);
        }
    }

    static List<Span> paragraphs(String json) {
        try {
            List<Span> spans = new ArrayList<>();
            for (int[] pair : JSON.readValue(json, int[][].class)) {
                spans.add(new Span(pair[0], pair[1]));
            }
            return spans;
        } catch (JsonProcessingException | ArrayIndexOutOfBoundsException e) {
            throw new IllegalStateException("Stored paragraph spans are not a JSON array of [start, end] pairs: " + json, e);
        }
    }

    /** SHA-256 of the text, in hex: two saves of the same id with the same hash are the same article. */
    static String textHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The article in the current row of a {@code SELECT * FROM article}. */
    static Article read(ResultSet row) throws SQLException {
        return new Article(
                row.getString("id"),
                Optional.ofNullable(row.getString("url")),
                row.getString("title"),
                LocalDate.parse(row.getString("published")),
                row.getString("language"),
                row.getString("text"),
                paragraphs(row.getString("paragraphs")),
                row.getString("source"));
    }
}
