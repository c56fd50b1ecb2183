package org.vigil.review;

import java.util.Locale;
import java.util.OptionalInt;

/** The stars an article got: the mean, how many voted, and the viewer's own vote when there is one. */
public record RatingSummary(double average, int votes, OptionalInt yours) {
    public RatingSummary {
        if (votes < 0) throw new IllegalArgumentException("Votes must not be negative, got " + votes);
    }

    /** "4.2 · 17 votes", "5.0 · 1 vote" or "no votes yet". */
    public String label() {
        if (votes == 0) return "no votes yet";
        return String.format(Locale.ROOT, "%.1f · %d %s", average, votes, votes == 1 ? "vote" : "votes");
    }
}
