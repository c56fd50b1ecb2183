package org.vigil.nlp;

import static org.vigil.nlp.DateWords.FLAGS;
import static org.vigil.nlp.DateWords.MONTH;
import static org.vigil.nlp.DateWords.WEEKDAY;
import static org.vigil.nlp.DateWords.capitalized;
import static org.vigil.nlp.DateWords.month;
import static org.vigil.nlp.DateWords.nextWord;
import static org.vigil.nlp.DateWords.twoDigitYear;
import static org.vigil.nlp.DateWords.year;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.nlp.DateMention.Kind;

/**
 * Finds the calendar dates a sentence writes out, with a month name ("22 March 2024", "March 22",
 * "August 2021", "in February") or in digits ("2024-03-22", "22/03/2024"); a day or month without a
 * year is placed by the anchor, and a range of days gives its first day.
 */
final class CalendarDates {

    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final String DAY_JOIN = "\\s*(?:-|–|to|or|and|/)\\s*";

    private static final Pattern DAY_MONTH = Pattern.compile("\\b(?:" + WEEKDAY + ",?\\s+(?:the\\s+)?)?(?<d>\\d{1,2})" + ORD
            + "(?:" + DAY_JOIN + "\\d{1,2}" + ORD + ")?\\s+(?:of\\s+)?" + MONTH
            + "(?:,?\\s+(?:(?<y>\\d{4})\\b|'?(?<yy>\\d{2})(?=\\s*(?:[-–—,.;:)(\\[]|$))))?", FLAGS);
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(?:" + WEEKDAY + ",?\\s+)?" + MONTH + "\\s+(?<d>\\d{1,2})" + ORD
            + "(?![\\d:.,]\\d)(?:" + DAY_JOIN + "\\d{1,2}" + ORD + "(?!\\d))?(?:,?\\s+(?<y>\\d{4})\\b)?", FLAGS);
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(?:of\\s+)?(?<y>\\d{4})\\b", FLAGS);
    private static final Pattern BARE_MONTH = Pattern.compile("(?:\\b(?<pre>in|during|since|until|till|by|from|through|throughout"
            + "|before|after|of|early|mid|late|last|this|next|earlier|later|on)(?:\\s+|-))(?:(?<mod>early|mid|late)(?:\\s+|-))?"
            + MONTH + "(?!\\s*\\d)(?<poss>'s)?", FLAGS);
    private static final Pattern ISO = Pattern.compile("\\b(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})\\b");
    private static final Pattern SLASH = Pattern.compile("(?<![\\d/])(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<y>\\d{4}|\\d{2})(?![\\d/])");

    private static final Set<String> PREPOSITIONS = Set.of("in", "during", "since", "until", "till", "by", "from",
            "through", "throughout", "before", "after", "of", "on");
    private static final Set<String> AFTER_BARE_MAY = Set.of("and", "or", "of", "when", "as", "after", "before", "at",
            "in", "on", "to", "last", "this", "that", "the", "a", "an", "but", "while", "with", "by", "for", "from");

    private CalendarDates() {
    }

    /** "22 March 2024", "Friday, 22nd March", "3 JAN 90", "18 or 19 November". */
    static void dayMonth(String sentence, LocalDate anchor, List<DateMatch> found) {
        DateMatch.scan(DAY_MONTH, sentence, found, m -> {
            if (!capitalized(m.group("mon")) || m.group("wd") != null && !capitalized(m.group("wd"))) return null;
            int dd = Integer.parseInt(m.group("d"));
            int mm = month(m.group("mon"));
            if (m.group("y") != null) return DateMatch.day(m, year(m.group("y")), mm, dd, Kind.ABSOLUTE);
            if (m.group("yy") != null) return DateMatch.day(m, twoDigitYear(Integer.parseInt(m.group("yy")), anchor), mm, dd, Kind.ABSOLUTE);
            return anchoredDay(m, mm, dd, anchor);
        });
    }

    /** "March 22, 2024", "Friday, March 22". */
    static void monthDay(String sentence, LocalDate anchor, List<DateMatch> found) {
        DateMatch.scan(MONTH_DAY, sentence, found, m -> {
            if (!capitalized(m.group("mon")) || m.group("wd") != null && !capitalized(m.group("wd"))) return null;
            int dd = Integer.parseInt(m.group("d"));
            int mm = month(m.group("mon"));
            return m.group("y") != null ? DateMatch.day(m, year(m.group("y")), mm, dd, Kind.ABSOLUTE) : anchoredDay(m, mm, dd, anchor);
        });
    }

    /** "August 2021", "March of 2019". */
    static void monthYear(String sentence, List<DateMatch> found) {
        DateMatch.scan(MONTH_YEAR, sentence, found, m -> capitalized(m.group("mon"))
                ? DateMatch.one(m, PartialDate.ofMonth(year(m.group("y")), month(m.group("mon"))), Kind.ABSOLUTE) : null);
    }

    /** "in February", "since early May", "last March". */
    static void bareMonth(String sentence, LocalDate anchor, List<DateMatch> found) {
        DateMatch.scan(BARE_MONTH, sentence, found, m -> bareMonth(m, sentence, anchor));
    }

    /** "2024-03-22". */
    static void iso(String sentence, List<DateMatch> found) {
        DateMatch.scan(ISO, sentence, found, m -> DateMatch.day(m, Integer.parseInt(m.group("y")),
                Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")), Kind.ABSOLUTE));
    }

    /** "22/03/2024", "3/22/90"; not "12/04/2019", which may be either. */
    static void slash(String sentence, LocalDate anchor, List<DateMatch> found) {
        DateMatch.scan(SLASH, sentence, found, m -> slash(m, anchor));
    }

    private static DateMatch anchoredDay(Matcher m, int month, int dayOfMonth, LocalDate anchor) {
        LocalDate latest = anchor.plusDays(1);
        for (int y = latest.getYear(); y >= latest.getYear() - 8; y--) { // 29 February may need a few years back
            try {
                LocalDate date = LocalDate.of(y, month, dayOfMonth);
                if (!date.isAfter(latest)) return DateMatch.one(m, PartialDate.ofDay(date), Kind.ANCHORED);
            } catch (DateTimeException notInThisYear) {
                if (dayOfMonth > 29 || month != 2) return null;
            }
        }
        return null;
    }

    private static DateMatch bareMonth(Matcher m, String sentence, LocalDate anchor) {
        String mon = m.group("mon");
        if (!capitalized(mon)) return null;
        if (mon.equalsIgnoreCase("may") && m.group("poss") == null) {
            String next = nextWord(sentence, m.end());
            if (!next.isEmpty() && !AFTER_BARE_MAY.contains(next)) return null; // "this may be"
        }
        String pre = m.group("pre").toLowerCase(Locale.ROOT);
        int month = month(mon);
        int year = anchor.getYear();
        if (pre.equals("next")) {
            if (month <= anchor.getMonthValue()) year++;
        } else if (month > anchor.getMonthValue() || pre.equals("last") && month == anchor.getMonthValue()) {
            year--;
        }
        int start = !PREPOSITIONS.contains(pre) ? m.start() : m.group("mod") != null ? m.start("mod") : m.start("mon");
        return new DateMatch(new Span(m.start(), m.end()), List.of(new DateMention(new Span(start, m.end("mon")),
                PartialDate.ofMonth(year, month), Kind.ANCHORED)));
    }

    private static DateMatch slash(Matcher m, LocalDate anchor) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        String ys = m.group("y");
        int year = ys.length() == 4 ? Integer.parseInt(ys) : twoDigitYear(Integer.parseInt(ys), anchor);
        if (a > 12 && b <= 12) return DateMatch.day(m, year, b, a, Kind.ABSOLUTE);
        if (b > 12 && a <= 12) return DateMatch.day(m, year, a, b, Kind.ABSOLUTE);
        if (a == b) return DateMatch.day(m, year, a, b, Kind.ABSOLUTE);
        return null; // 12/04/2019: day-month or month-day, the text does not say
    }
}
