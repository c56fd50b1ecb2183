package org.vigil.nlp;

/** One sentence of an article: its span in the article's text and that text, line breaks and tabs read as spaces. */
public record Sentence(int index, Span span, String text) {
    public Sentence {
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("Sentence text of " + text.length() + " characters does not fit span " + span);
        }
    }
}
