package org.vigil.review;

import java.util.Objects;
import java.util.Optional;
import org.vigil.nlp.Span;

/**
 * Where a note points in an article, as the W3C Web Annotation model anchors a selection: the exact
 * quote with a little text before and after it (a TextQuoteSelector) and its character offsets (a
 * TextPositionSelector). {@link #locate} finds the passage again in a text that may have changed.
 */
public record TextAnchor(String exact, String prefix, String suffix, int start, int end) {
    /** How many characters of context are kept on each side of the quote. */
    static final int CONTEXT = 32;
    /** The longest passage a note may select. */
    static final int MAX_QUOTE = 2000;

    /** Whether a passage was found where it was, found elsewhere, or not found at all. */
    public enum Status { ATTACHED, MOVED, ORPHANED }

    /** Where an anchor lies in the current text: its status and, unless orphaned, its span. */
    public record Placement(Status status, Optional<Span> span) {
        public Placement {
            Objects.requireNonNull(status, "status");
            if (span.isPresent() == (status == Status.ORPHANED)) {
                throw new IllegalArgumentException("An orphaned placement has no span and any other has one; got " + status + " " + span);
            }
        }
    }

    public TextAnchor {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        if (exact == null || exact.isEmpty()) throw new IllegalArgumentException("An anchor quotes at least one character");
        if (start < 0 || end - start != exact.length()) {
            throw new IllegalArgumentException("Anchor offsets " + start + "-" + end + " do not fit its quote of " + exact.length() + " characters");
        }
    }

    /**
     * The anchor of characters {@code start} to {@code end} of {@code text}; when {@code quote} is given
     * it must be exactly that passage (the browser and the server then agree on the text).
     *
     * @throws Refusal.BadInput when the offsets lie outside the text, select nothing or too much, or the quote differs
     */
    public static TextAnchor select(String text, int start, int end, Optional<String> quote) {
        if (start < 0 || end > text.length() || start > end) {
            throw new Refusal.BadInput("The selected passage " + start + "-" + end + " lies outside the article's text of "
                    + text.length() + " characters");
        }
        if (start == end) throw new Refusal.BadInput("The selected passage is empty: select at least one character of the article");
        if (end - start > MAX_QUOTE) {
            throw new Refusal.BadInput("The selected passage has " + (end - start) + " characters; a note may select at most " + MAX_QUOTE);
        }
        String exact = text.substring(start, end);
        if (quote.isPresent() && !quote.get().equals(exact)) {
            throw new Refusal.BadInput("The quoted passage '" + shorten(quote.get()) + "' is not the article's text at " + start + "-" + end
                    + " ('" + shorten(exact) + "'); reload the page and select it again");
        }
        return new TextAnchor(exact, text.substring(Math.max(0, start - CONTEXT), start), text.substring(end, Math.min(text.length(), end + CONTEXT)),
                start, end);
    }

    /**
     * Where this passage is in {@code text}: at its old offsets if the quote is still there, else at the
     * occurrence of the quote whose surrounding text best matches the prefix and suffix (the nearest
     * one on a tie), else nowhere.
     */
    public Placement locate(String text) {
        if (end <= text.length() && text.startsWith(exact, start)) return new Placement(Status.ATTACHED, Optional.of(new Span(start, end)));
        int best = -1;
        int bestScore = -1;
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            int score = commonSuffix(text.substring(0, at), prefix) + commonPrefix(text.substring(at + exact.length()), suffix);
            if (score > bestScore || score == bestScore && Math.abs(at - start) < Math.abs(best - start)) {
                best = at;
                bestScore = score;
            }
        }
        if (best < 0) return new Placement(Status.ORPHANED, Optional.empty());
        return new Placement(Status.MOVED, Optional.of(new Span(best, best + exact.length())));
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) n++;
        return n;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) n++;
        return n;
    }

    static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
