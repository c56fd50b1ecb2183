package org.vigil.nlp;

/** A half-open range {@code [start, end)} of character offsets into an article's text. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Span needs 0 <= start <= end, got [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The text this span covers in {@code text}. */
    public String of(String text) {
        if (end > text.length()) {
            throw new IllegalArgumentException("Span [" + start + ", " + end + ") lies outside a text of " + text.length() + " characters");
        }
        return text.substring(start, end);
    }

    public Span shift(int offset) {
        return new Span(start + offset, end + offset);
    }
}
