package org.vigil.nlp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.vigil.nlp.DateMention.Kind;

/**
 * A stage whose input is one sentence and the article's publication date (the anchor) and whose
 * output is the dates the sentence states, each resolved to a calendar date at the precision the text
 * gives ("22 March 2024" → day, "in February" → month, "last year" → year).
 *
 * <p>Rules: a day or month without a year is the most recent one not after the anchor (a day may be
 * the day after the anchor, for reports filed before midnight); a weekday is the most recent one on or
 * before the anchor ("last Tuesday" is strictly before it); "this week" gives the anchor's month; a
 * two-digit year ("3 JAN 90") is the one nearest the anchor not more than a year after it; "N years ago" is
 * a year, "N years ago today" and "N years to the day" a day; "March last year" a month. A range of
 * days ("from 12 to 14 March", "18 or 19 November") gives its first day; a range of years ("between
 * 2016 and 2019") gives both ends as {@link Kind#RANGE} mentions. Decades ("the 1980s"), durations
 * ("48 hours", "six years", "days before"), times ("9.20 p.m.", "0315") and counts are not dates.
 * Month and weekday names must be capitalized ("march" is a verb), so the stage works on mixed-case and
 * all-upper-case text alike. Overlapping matches keep the longest; mentions come in text order.
 */
public final class DateResolver {

    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
    private static final Pattern HAS_MONTH = Pattern.compile("(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)");
    private static final Pattern HAS_RELATIVE = Pattern.compile("yesterday|today|tonight|night|this|last|that|same|overnight|month");

    /**
     * The dates stated in {@code sentence}, resolved against {@code anchor}, in text order. Each family of
     * expressions has its own finder ({@link CalendarDates}, {@link YearDates}, {@link RelativeDates}).
     */
    public List<DateMention> find(String sentence, LocalDate anchor) {
        if (anchor == null) throw new IllegalArgumentException("DateResolver needs an anchor date to resolve '" + sentence + "' against, got null");
        List<DateMatch> found = new ArrayList<>();
        if (sentence == null || sentence.isBlank()) return List.of();
        // Cheap substring tests skip the patterns that cannot match: most sentences name no date at all.
        String lower = sentence.toLowerCase(Locale.ROOT);
        boolean digits = HAS_DIGIT.matcher(sentence).find();
        if (HAS_MONTH.matcher(sentence).find()) {
            if (digits) {
                CalendarDates.dayMonth(sentence, anchor, found);
                CalendarDates.monthDay(sentence, anchor, found);
                CalendarDates.monthYear(sentence, found);
            }
            if (lower.contains(" year")) RelativeDates.monthOfYear(sentence, anchor, found);
            CalendarDates.bareMonth(sentence, anchor, found);
        }
        if (digits) {
            if (sentence.indexOf('-') >= 0) CalendarDates.iso(sentence, found);
            if (sentence.indexOf('/') >= 0) CalendarDates.slash(sentence, anchor, found);
            if (lower.contains("19") || lower.contains("20")) {
                YearDates.ranges(sentence, found);
                YearDates.alone(sentence, anchor, found);
            }
        }
        if (lower.contains(" ago") || lower.contains("to the day")) RelativeDates.ago(sentence, anchor, found);
        if (HAS_RELATIVE.matcher(lower).find()) RelativeDates.words(sentence, anchor, found);
        if (lower.contains("day")) RelativeDates.weekdays(sentence, anchor, found);
        return keepLongest(found);
    }

    private static List<DateMention> keepLongest(List<DateMatch> found) {
        found.sort(Comparator.comparingInt((DateMatch f) -> -f.cover().length()).thenComparingInt(f -> f.cover().start()));
        List<DateMatch> kept = new ArrayList<>();
        for (DateMatch f : found) {
            if (kept.stream().noneMatch(k -> k.cover().overlaps(f.cover()))) kept.add(f);
        }
        kept.sort(Comparator.comparingInt(f -> f.cover().start()));
        List<DateMention> out = new ArrayList<>();
        for (DateMatch f : kept) out.addAll(f.mentions());
        return List.copyOf(out);
    }
}
