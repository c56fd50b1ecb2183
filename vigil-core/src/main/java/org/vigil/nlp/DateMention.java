package org.vigil.nlp;

import java.util.Objects;

/**
 * A date stated in a sentence: where it is (a span relative to the sentence), the calendar date it
 * resolves to at the precision the text gives, and how it was resolved.
 */
public record DateMention(Span span, PartialDate date, Kind kind) {

    /** How a date mention was turned into a calendar date. */
    public enum Kind {
        /** The text states the year: "22 March 2024", "August 2021", "in 2022", "2024-03-22". */
        ABSOLUTE,
        /** A month, day or weekday without a year, placed by the anchor: "Friday, 22nd March", "in February", "on Sunday". */
        ANCHORED,
        /**
         * Counted from the anchor: "yesterday", "last month", "two days ago", "this week" (its month).
         * "That year", "later that year", "that month", "the same day" are RELATIVE too and resolve to the
         * anchor's year, month or day: they point back to a date named earlier in the text, so a caller
         * that knows that date re-anchors them by calling {@code find} again with it as the anchor.
         */
        RELATIVE,
        /**
         * One end of a span of time ("between 2016 and 2019", "from 2016 to 2019", "2016-19"): each end is
         * its own mention, in text order; a range is not one incident date.
         */
        RANGE
    }

    public DateMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
    }
}
