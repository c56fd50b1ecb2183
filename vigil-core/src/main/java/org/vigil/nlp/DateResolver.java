package org.vigil.nlp;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
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

    private static final String MONTH = "(?<mon>January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?";
    private static final String WEEKDAY = "(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String ORD = "(?:st|nd|rd|th)?";
    private static final String DAY_JOIN = "\\s*(?:-|–|to|or|and|/)\\s*";
    private static final String YEAR = "(?:19|20)\\d{2}";
    private static final int FLAGS = Pattern.CASE_INSENSITIVE;

    private static final Pattern DAY_MONTH = Pattern.compile("\\b(?:" + WEEKDAY + ",?\\s+(?:the\\s+)?)?(?<d>\\d{1,2})" + ORD
            + "(?:" + DAY_JOIN + "\\d{1,2}" + ORD + ")?\\s+(?:of\\s+)?" + MONTH
            + "(?:,?\\s+(?:(?<y>\\d{4})\\b|'?(?<yy>\\d{2})(?=\\s*(?:[-–—,.;:)(\\[]|$))))?", FLAGS);
    private static final Pattern MONTH_DAY = Pattern.compile("\\b(?:" + WEEKDAY + ",?\\s+)?" + MONTH + "\\s+(?<d>\\d{1,2})" + ORD
            + "(?![\\d:.,]\\d)(?:" + DAY_JOIN + "\\d{1,2}" + ORD + "(?!\\d))?(?:,?\\s+(?<y>\\d{4})\\b)?", FLAGS);
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(?:of\\s+)?(?<y>\\d{4})\\b", FLAGS);
    private static final Pattern BARE_MONTH = Pattern.compile("(?:\\b(?<pre>in|during|since|until|till|by|from|through|throughout"
            + "|before|after|of|early|mid|late|last|this|next|earlier|later|on)(?:\\s+|-))(?:(?<mod>early|mid|late)(?:\\s+|-))?"
            + MONTH + "(?!\\s*\\d)(?<poss>'s)?", FLAGS);
    private static final Pattern MONTH_OF_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(?:of\\s+)?(?<which>last|this)\\s+year\\b", FLAGS);
    private static final Pattern ISO = Pattern.compile("\\b(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})\\b");
    private static final Pattern SLASH = Pattern.compile("(?<![\\d/])(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<y>\\d{4}|\\d{2})(?![\\d/])");
    private static final Pattern YEAR_RANGE = Pattern.compile("\\b(?:between\\s+(?<a>" + YEAR + ")\\s+and\\s+(?<b>" + YEAR
            + ")|from\\s+(?<a2>" + YEAR + ")\\s+(?:to|until|till|through)\\s+(?<b2>" + YEAR + ")|(?<a3>" + YEAR
            + ")\\s*[-–]\\s*(?<b3>" + YEAR + "|\\d{2}))\\b", FLAGS);
    private static final Pattern YEAR_ALONE = Pattern.compile("(?<![\\d$£€#/])(?<!\\d[,.])(?<!\\p{L}-)\\b(?<y>" + YEAR + ")\\b(?![,.]\\d|/|-\\d)", FLAGS);
    private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";
    private static final String COUNT = "an?|\\d{1,3}|(?:twenty|thirty|forty|fifty)[-\\s](?:" + UNITS + ")|" + UNITS
            + "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty";
    private static final Pattern AGO = Pattern.compile("\\b(?<n>" + COUNT + ")\\s+(?<u>day|days|week|weeks"
            + "|fortnight|month|months|year|years)\\s+(?:ago(?<today>\\s+today)?|(?<tothe>to\\s+the\\s+day))\\b", FLAGS);
    private static final Pattern RELATIVE_WORD = Pattern.compile("\\b(?:the\\s+day\\s+before\\s+yesterday|yesterday|last\\s+night"
            + "|(?:earlier\\s+)?today|tonight|this\\s+(?:morning|afternoon|evening)|overnight"
            + "|(?:earlier\\s+|later\\s+)?this\\s+(?:week(?:end)?|month|year)|earlier\\s+in\\s+the\\s+month"
            + "|last\\s+(?:week(?:end)?|month|year)|(?:(?:earlier|later)\\s+)?that\\s+(?:same\\s+)?(?:year|month|day)"
            + "|the\\s+same\\s+(?:year|month|day))\\b", FLAGS);
    private static final Pattern WEEKDAY_MENTION = Pattern.compile("\\b(?:(?<mod>last|this|next)\\s+)?" + WEEKDAY + "\\b(?!s\\b)", FLAGS);

    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
    private static final Pattern HAS_MONTH = Pattern.compile("(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)");
    private static final Pattern HAS_RELATIVE = Pattern.compile("yesterday|today|tonight|night|this|last|that|same|overnight|month");
    private static final Set<String> YEAR_QUANTIFIERS = Set.of("about", "around", "some", "over", "nearly", "almost",
            "than", "least", "approximately", "killed", "killing", "wounded", "injured", "no", "law", "number");
    private static final Set<String> PREPOSITIONS = Set.of("in", "during", "since", "until", "till", "by", "from",
            "through", "throughout", "before", "after", "of", "on");
    private static final Set<String> AFTER_BARE_MAY = Set.of("and", "or", "of", "when", "as", "after", "before", "at",
            "in", "on", "to", "last", "this", "that", "the", "a", "an", "but", "while", "with", "by", "for", "from");
    private static final Set<String> NOT_AFTER_YEAR = Set.of("hours", "hrs", "gmt", "people", "persons", "soldiers",
            "troops", "men", "women", "children", "civilians", "dead", "police", "policemen", "guerrillas", "rebels");

    private record Found(Span cover, List<DateMention> mentions) {}

    /** The dates stated in {@code sentence}, resolved against {@code anchor}, in text order. */
    public List<DateMention> find(String sentence, LocalDate anchor) {
        if (anchor == null) throw new IllegalArgumentException("DateResolver needs an anchor date to resolve '" + sentence + "' against, got null");
        List<Found> found = new ArrayList<>();
        if (sentence == null || sentence.isBlank()) return List.of();
        // Cheap substring tests skip the patterns that cannot match: most sentences name no date at all.
        String lower = sentence.toLowerCase(Locale.ROOT);
        boolean digits = HAS_DIGIT.matcher(sentence).find();
        if (HAS_MONTH.matcher(sentence).find()) {
            if (digits) {
                dayMonth(sentence, anchor, found);
                monthDay(sentence, anchor, found);
                scan(MONTH_YEAR, sentence, found, m -> capitalized(m.group("mon"))
                        ? one(m, PartialDate.ofMonth(year(m.group("y")), month(m.group("mon"))), Kind.ABSOLUTE) : null);
            }
            if (lower.contains(" year")) {
                scan(MONTH_OF_YEAR, sentence, found, m -> capitalized(m.group("mon")) ? one(m, PartialDate.ofMonth(
                        anchor.getYear() - (m.group("which").equalsIgnoreCase("last") ? 1 : 0), month(m.group("mon"))), Kind.RELATIVE) : null);
            }
            scan(BARE_MONTH, sentence, found, m -> bareMonth(m, sentence, anchor));
        }
        if (digits) {
            if (sentence.indexOf('-') >= 0) scan(ISO, sentence, found, m -> day(m, Integer.parseInt(m.group("y")),
                    Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")), Kind.ABSOLUTE));
            if (sentence.indexOf('/') >= 0) scan(SLASH, sentence, found, m -> slash(m, anchor));
            if (lower.contains("19") || lower.contains("20")) {
                scan(YEAR_RANGE, sentence, found, DateResolver::yearRange);
                scan(YEAR_ALONE, sentence, found, m -> yearAlone(m, sentence, anchor));
            }
        }
        if (lower.contains(" ago") || lower.contains("to the day")) scan(AGO, sentence, found, m -> ago(m, anchor));
        if (HAS_RELATIVE.matcher(lower).find()) scan(RELATIVE_WORD, sentence, found, m -> relativeWord(m, anchor));
        if (lower.contains("day")) scan(WEEKDAY_MENTION, sentence, found, m -> weekday(m, anchor));
        return keepLongest(found);
    }

    private interface Resolver { Found resolve(Matcher m); }

    private static void scan(Pattern pattern, String sentence, List<Found> found, Resolver resolver) {
        Matcher m = pattern.matcher(sentence);
        while (m.find()) {
            Found f = resolver.resolve(m);
            if (f != null) found.add(f);
        }
    }

    private static void dayMonth(String sentence, LocalDate anchor, List<Found> found) {
        scan(DAY_MONTH, sentence, found, m -> {
            if (!capitalized(m.group("mon")) || m.group("wd") != null && !capitalized(m.group("wd"))) return null;
            int dd = Integer.parseInt(m.group("d"));
            int mm = month(m.group("mon"));
            if (m.group("y") != null) return day(m, year(m.group("y")), mm, dd, Kind.ABSOLUTE);
            if (m.group("yy") != null) return day(m, twoDigitYear(Integer.parseInt(m.group("yy")), anchor), mm, dd, Kind.ABSOLUTE);
            return anchoredDay(m, mm, dd, anchor);
        });
    }

    private static void monthDay(String sentence, LocalDate anchor, List<Found> found) {
        scan(MONTH_DAY, sentence, found, m -> {
            if (!capitalized(m.group("mon")) || m.group("wd") != null && !capitalized(m.group("wd"))) return null;
            int dd = Integer.parseInt(m.group("d"));
            int mm = month(m.group("mon"));
            return m.group("y") != null ? day(m, year(m.group("y")), mm, dd, Kind.ABSOLUTE) : anchoredDay(m, mm, dd, anchor);
        });
    }

    private static Found anchoredDay(Matcher m, int month, int dayOfMonth, LocalDate anchor) {
        LocalDate latest = anchor.plusDays(1);
        for (int y = latest.getYear(); y >= latest.getYear() - 8; y--) { // 29 February may need a few years back
            try {
                LocalDate date = LocalDate.of(y, month, dayOfMonth);
                if (!date.isAfter(latest)) return one(m, PartialDate.ofDay(date), Kind.ANCHORED);
            } catch (DateTimeException notInThisYear) {
                if (dayOfMonth > 29 || month != 2) return null;
            }
        }
        return null;
    }

    private static Found bareMonth(Matcher m, String sentence, LocalDate anchor) {
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
        return new Found(new Span(m.start(), m.end()), List.of(new DateMention(new Span(start, m.end("mon")),
                PartialDate.ofMonth(year, month), Kind.ANCHORED)));
    }

    private static Found slash(Matcher m, LocalDate anchor) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        String ys = m.group("y");
        int year = ys.length() == 4 ? Integer.parseInt(ys) : twoDigitYear(Integer.parseInt(ys), anchor);
        if (a > 12 && b <= 12) return day(m, year, b, a, Kind.ABSOLUTE);
        if (b > 12 && a <= 12) return day(m, year, a, b, Kind.ABSOLUTE);
        if (a == b) return day(m, year, a, b, Kind.ABSOLUTE);
        return null; // 12/04/2019: day-month or month-day, the text does not say
    }

    private static Found yearRange(Matcher m) {
        String a = firstNonNull(m.group("a"), m.group("a2"), m.group("a3"));
        String aGroup = m.group("a") != null ? "a" : m.group("a2") != null ? "a2" : "a3";
        String bGroup = "b" + aGroup.substring(1);
        int from = Integer.parseInt(a);
        String bs = m.group(bGroup);
        int to = bs.length() == 2 ? from / 100 * 100 + Integer.parseInt(bs) : Integer.parseInt(bs);
        if (to <= from) return null;
        return new Found(new Span(m.start(), m.end()), List.of(
                new DateMention(new Span(m.start(aGroup), m.end(aGroup)), PartialDate.ofYear(from), Kind.RANGE),
                new DateMention(new Span(m.start(bGroup), m.end(bGroup)), PartialDate.ofYear(to), Kind.RANGE)));
    }

    private static Found yearAlone(Matcher m, String sentence, LocalDate anchor) {
        int year = Integer.parseInt(m.group("y"));
        if (year > anchor.getYear() + 1) return null;
        if (m.end() + 1 < sentence.length() && sentence.startsWith("'s", m.end()) && year % 10 == 0) return null; // the 1980's
        if (YEAR_QUANTIFIERS.contains(previousWord(sentence, m.start())) || NOT_AFTER_YEAR.contains(nextWord(sentence, m.end()))) return null;
        return one(m, PartialDate.ofYear(year), Kind.ABSOLUTE);
    }

    private static Found ago(Matcher m, LocalDate anchor) {
        String n = m.group("n").toLowerCase(Locale.ROOT);
        OptionalInt count = n.equals("a") || n.equals("an") ? OptionalInt.of(1) : NumberParser.parseNumber(n);
        if (count.isEmpty() || count.getAsInt() > 200) return null;
        int k = count.getAsInt();
        LocalDate at = anchor;
        DatePrecision precision = DatePrecision.DAY;
        switch (m.group("u").toLowerCase(Locale.ROOT)) {
            case "day", "days" -> at = anchor.minusDays(k);
            case "week", "weeks" -> at = anchor.minusWeeks(k);
            case "fortnight" -> at = anchor.minusWeeks(2L * k);
            case "month", "months" -> { at = anchor.minusMonths(k); precision = DatePrecision.MONTH; }
            default -> { at = anchor.minusYears(k); precision = DatePrecision.YEAR; }
        }
        if (m.group("today") != null || m.group("tothe") != null) precision = DatePrecision.DAY; // "ten years ago today"
        return one(m, PartialDate.ofDay(at).truncatedTo(precision), Kind.RELATIVE);
    }

    private static Found relativeWord(Matcher m, LocalDate anchor) {
        String text = m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        PartialDate date;
        if (text.equals("the day before yesterday")) date = PartialDate.ofDay(anchor.minusDays(2));
        else if (text.equals("yesterday") || text.equals("last night")) date = PartialDate.ofDay(anchor.minusDays(1));
        else if (text.endsWith("week") || text.endsWith("weekend")) {
            date = PartialDate.ofDay(text.startsWith("this") || text.contains(" this") ? anchor : anchor.minusWeeks(1))
                    .truncatedTo(DatePrecision.MONTH);
        } else if (text.endsWith("month")) {
            YearMonth ym = YearMonth.from(anchor);
            if (text.startsWith("last")) ym = ym.minusMonths(1);
            date = PartialDate.ofMonth(ym.getYear(), ym.getMonthValue());
        } else if (text.endsWith("year")) {
            date = PartialDate.ofYear(text.startsWith("last") ? anchor.getYear() - 1 : anchor.getYear());
        } else {
            date = PartialDate.ofDay(anchor); // today, tonight, this morning, overnight, that day, the same day
        }
        return one(m, date, Kind.RELATIVE);
    }

    private static Found weekday(Matcher m, LocalDate anchor) {
        if (!capitalized(m.group("wd"))) return null;
        String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT);
        if (mod.equals("next")) return null; // a plan, not an occurrence
        DayOfWeek day = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
        int back = (anchor.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
        if (back == 0 && mod.equals("last")) back = 7;
        return one(m, PartialDate.ofDay(anchor.minusDays(back)), Kind.ANCHORED);
    }

    private static Found day(Matcher m, int year, int month, int dayOfMonth, Kind kind) {
        try {
            return one(m, PartialDate.ofDay(LocalDate.of(year, month, dayOfMonth)), kind);
        } catch (DateTimeException notADate) {
            return null;
        }
    }

    private static Found one(Matcher m, PartialDate date, Kind kind) {
        Span span = new Span(m.start(), m.end());
        return new Found(span, List.of(new DateMention(span, date, kind)));
    }

    private static List<DateMention> keepLongest(List<Found> found) {
        found.sort(Comparator.comparingInt((Found f) -> -f.cover().length()).thenComparingInt(f -> f.cover().start()));
        List<Found> kept = new ArrayList<>();
        for (Found f : found) {
            if (kept.stream().noneMatch(k -> k.cover().overlaps(f.cover()))) kept.add(f);
        }
        kept.sort(Comparator.comparingInt(f -> f.cover().start()));
        List<DateMention> out = new ArrayList<>();
        for (Found f : kept) out.addAll(f.mentions());
        return List.copyOf(out);
    }

    private static int twoDigitYear(int yy, LocalDate anchor) {
        int year = anchor.getYear() / 100 * 100 + yy;
        return year > anchor.getYear() + 1 ? year - 100 : year;
    }

    private static int year(String digits) {
        return Integer.parseInt(digits);
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return switch (n.substring(0, 3)) {
            case "jan" -> 1; case "feb" -> 2; case "mar" -> 3; case "apr" -> 4; case "may" -> 5; case "jun" -> 6;
            case "jul" -> 7; case "aug" -> 8; case "sep" -> 9; case "oct" -> 10; case "nov" -> 11; case "dec" -> 12;
            default -> throw new IllegalStateException("Not a month name: '" + name + "'");
        };
    }

    private static boolean capitalized(String word) {
        return Character.isUpperCase(word.charAt(0));
    }

    private static String previousWord(String text, int before) {
        int end = before;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** The lower-cased word right after {@code after} (spaces skipped), or "" when punctuation or the end comes first. */
    private static String nextWord(String text, int after) {
        int start = after;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static String firstNonNull(String... values) {
        for (String v : values) if (v != null) return v;
        throw new IllegalStateException("Year range matched without a first year");
    }
}
