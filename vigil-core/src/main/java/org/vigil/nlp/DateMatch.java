package org.vigil.nlp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.nlp.DateMention.Kind;

/**
 * What one match of a date pattern found: the stretch of the sentence it covers and the dates it
 * states there (one, or both ends of a range); {@link DateResolver} keeps the longest of overlapping ones.
 */
record DateMatch(Span cover, List<DateMention> mentions) {

    /** Turns one match of a pattern into a date match, or null when the matched text is not a date after all. */
    interface Resolver {
        DateMatch resolve(Matcher m);
    }

    /** Adds to {@code found} what {@code resolver} makes of each match of {@code pattern} in {@code sentence}. */
    static void scan(Pattern pattern, String sentence, List<DateMatch> found, Resolver resolver) {
        Matcher m = pattern.matcher(sentence);
        while (m.find()) {
            DateMatch f = resolver.resolve(m);
            if (f != null) found.add(f);
        }
    }

    /** The day {@code year-month-dayOfMonth} over the whole match, or null when the calendar has no such day. */
    static DateMatch day(Matcher m, int year, int month, int dayOfMonth, Kind kind) {
        try {
            return one(m, PartialDate.ofDay(LocalDate.of(year, month, dayOfMonth)), kind);
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    /** One date whose mention is the whole match. */
    static DateMatch one(Matcher m, PartialDate date, Kind kind) {
        Span span = new Span(m.start(), m.end());
        return new DateMatch(span, List.of(new DateMention(span, date, kind)));
    }
}
