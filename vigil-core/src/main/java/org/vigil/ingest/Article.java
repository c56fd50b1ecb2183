package org.vigil.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigil.nlp.Span;

/**
 * One article as Vigil read it: cleaned text kept once, with everything later found in it pointing
 * back by character offsets.
 *
 * @param id stable identifier: the gold id, or a hash of the canonical URL or of the text
 * @param url where it came from (a web address or a file path), when known
 * @param title headline, or empty when the source has none
 * @param published publication date, the anchor for relative dates
 * @param language ISO 639-1 code ("en")
 * @param text cleaned body text; paragraphs separated by blank lines
 * @param paragraphs the span of each paragraph in {@code text}
 * @param source the outlet or file the article came from
 */
public record Article(
        String id,
        Optional<String> url,
        String title,
        LocalDate published,
        String language,
        String text,
        List<Span> paragraphs,
        String source) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(source, "source");
        if (id.isBlank()) throw new IllegalArgumentException("Article id must not be blank");
        if (text.isBlank()) throw new IllegalArgumentException("Article " + id + " has blank text");
        paragraphs = List.copyOf(paragraphs);
        for (Span p : paragraphs) {
            if (p.end() > text.length()) {
                throw new IllegalArgumentException("Paragraph " + p + " lies outside the " + text.length() + " characters of article " + id);
            }
        }
    }

    /** Paragraph spans found by splitting {@code text} at blank lines. */
    public static List<Span> paragraphsOf(String text) {
        List<Span> spans = new java.util.ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) i++;
            if (i >= n) break;
            int start = i;
            int end = text.indexOf("\n\n", i);
            if (end < 0) end = n;
            int trimmed = end;
            while (trimmed > start && Character.isWhitespace(text.charAt(trimmed - 1))) trimmed--;
            spans.add(new Span(start, trimmed));
            i = end;
        }
        return spans;
    }
}
