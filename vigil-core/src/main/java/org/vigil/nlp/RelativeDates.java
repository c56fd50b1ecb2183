package org.vigil.nlp;

import static org.vigil.nlp.DateWords.FLAGS;
import static org.vigil.nlp.DateWords.MONTH;
import static org.vigil.nlp.DateWords.WEEKDAY;
import static org.vigil.nlp.DateWords.capitalized;
import static org.vigil.nlp.DateWords.month;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.nlp.DateMention.Kind;

/**
 * Finds the dates a sentence gives by counting from the anchor ("yesterday", "last month", "two
 * days ago", "March last year") or by naming a weekday ("on Tuesday", "last Sunday").
 */
final class RelativeDates {

    private static final Pattern MONTH_OF_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(?:of\\s+)?(?<which>last|this)\\s+year\\b", FLAGS);
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

    private RelativeDates() {
    }

    /** "March last year", "May of this year". */
    static void monthOfYear(String sentence, LocalDate anchor, List<DateMatch> found) {
        DateMatch.scan(MONTH_OF_YEAR, sentence, found, m -> capitalized(m.group("mon")) ? DateMatch.one(m, PartialDate.ofMonth(
                anchor.getYear() - (m.group("which").equalsIgnoreCase("last") ? 1 : 0), month(m.group("mon"))), Kind.RELATIVE) : null);
    }

    /** "two days ago", "a year ago", "ten years ago today", "five years to the day". */
    static void ago(String sentence, LocalDate anchor, List<DateMatch> found) {
        DateMatch.scan(AGO, sentence, found, m -> ago(m, anchor));
    }

    /** "yesterday", "last night", "this week", "last month", "that year", "the same day". */
    static void words(String sentence, LocalDate anchor, List<DateMatch> found) {
        DateMatch.scan(RELATIVE_WORD, sentence, found, m -> word(m, anchor));
    }

    /** "on Tuesday", "last Sunday"; not "next Monday", a plan rather than an occurrence. */
    static void weekdays(String sentence, LocalDate anchor, List<DateMatch> found) {
        DateMatch.scan(WEEKDAY_MENTION, sentence, found, m -> weekday(m, anchor));
    }

    private static DateMatch ago(Matcher m, LocalDate anchor) {
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
        return DateMatch.one(m, PartialDate.ofDay(at).truncatedTo(precision), Kind.RELATIVE);
    }

    private static DateMatch word(Matcher m, LocalDate anchor) {
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
        return DateMatch.one(m, date, Kind.RELATIVE);
    }

    private static DateMatch weekday(Matcher m, LocalDate anchor) {
        if (!capitalized(m.group("wd"))) return null;
        String mod = m.group("mod") == null ? "" : m.group("mod").toLowerCase(Locale.ROOT);
        if (mod.equals("next")) return null; // a plan, not an occurrence
        DayOfWeek day = DayOfWeek.valueOf(m.group("wd").toUpperCase(Locale.ROOT));
        int back = (anchor.getDayOfWeek().getValue() - day.getValue() + 7) % 7;
        if (back == 0 && mod.equals("last")) back = 7;
        return DateMatch.one(m, PartialDate.ofDay(anchor.minusDays(back)), Kind.ANCHORED);
    }
}
