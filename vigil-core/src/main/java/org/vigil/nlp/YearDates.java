package org.vigil.nlp;

import static org.vigil.nlp.DateWords.FLAGS;
import static org.vigil.nlp.DateWords.YEAR;
import static org.vigil.nlp.DateWords.nextWord;
import static org.vigil.nlp.DateWords.previousWord;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.nlp.DateMention.Kind;

/**
 * Finds the years a sentence names alone ("in 2022") and the ranges of years it gives ("between 2016
 * and 2019", "2016-19", each end a {@link Kind#RANGE} mention), passing over decades, counts and
 * times that look like years ("the 1980's", "about 2000 people", "1900 hours").
 */
final class YearDates {

    private static final Pattern YEAR_RANGE = Pattern.compile("\\b(?:between\\s+(?<a>" + YEAR + ")\\s+and\\s+(?<b>" + YEAR
            + ")|from\\s+(?<a2>" + YEAR + ")\\s+(?:to|until|till|through)\\s+(?<b2>" + YEAR + ")|(?<a3>" + YEAR
            + ")\\s*[-–]\\s*(?<b3>" + YEAR + "|\\d{2}))\\b", FLAGS);
    private static final Pattern YEAR_ALONE = Pattern.compile("(?<![\\d$£€#/])(?<!\\d[,.])(?<!\\p{L}-)\\b(?<y>" + YEAR + ")\\b(?![,.]\\d|/|-\\d)", FLAGS);

    private static final Set<String> YEAR_QUANTIFIERS = Set.of("about", "around", "some", "over", "nearly", "almost",
            "than", "least", "approximately", "killed", "killing", "wounded", "injured", "no", "law", "number");
    private static final Set<String> NOT_AFTER_YEAR = Set.of("hours", "hrs", "gmt", "people", "persons", "soldiers",
            "troops", "men", "women", "children", "civilians", "dead", "police", "policemen", "guerrillas", "rebels");

    /** After "a 1995": the kinds of event a year in front dates ("a 1995 bombing"); anything else is a model or a vintage ("a 1981 Chevrolet"). */
    private static final Set<String> EVENTS_AFTER_A_YEAR = Set.of("attack", "attacks", "bombing", "bombings", "massacre", "assassination",
            "shooting", "kidnapping", "coup", "uprising", "war", "hijacking", "explosion", "blast", "raid", "siege", "killing", "killings",
            "murder", "murders", "offensive", "rebellion", "riot", "riots", "incident", "election", "elections", "plot", "arrest", "fire");

    private YearDates() {
    }

    static void ranges(String sentence, List<DateMatch> found) {
        DateMatch.scan(YEAR_RANGE, sentence, found, YearDates::range);
    }

    /** Years up to the one after the anchor, unless a word around them makes them a count or a time. */
    static void alone(String sentence, LocalDate anchor, List<DateMatch> found) {
        DateMatch.scan(YEAR_ALONE, sentence, found, m -> alone(m, sentence, anchor));
    }

    private static DateMatch range(Matcher m) {
        String a = firstNonNull(m.group("a"), m.group("a2"), m.group("a3"));
        String aGroup = m.group("a") != null ? "a" : m.group("a2") != null ? "a2" : "a3";
        String bGroup = "b" + aGroup.substring(1);
        int from = Integer.parseInt(a);
        String bs = m.group(bGroup);
        int to = bs.length() == 2 ? from / 100 * 100 + Integer.parseInt(bs) : Integer.parseInt(bs);
        if (to <= from) return null;
        return new DateMatch(new Span(m.start(), m.end()), List.of(
                new DateMention(new Span(m.start(aGroup), m.end(aGroup)), PartialDate.ofYear(from), Kind.RANGE),
                new DateMention(new Span(m.start(bGroup), m.end(bGroup)), PartialDate.ofYear(to), Kind.RANGE)));
    }

    private static DateMatch alone(Matcher m, String sentence, LocalDate anchor) {
        int year = Integer.parseInt(m.group("y"));
        if (year > anchor.getYear() + 1) return null;
        if (m.end() + 1 < sentence.length() && sentence.startsWith("'s", m.end()) && year % 10 == 0) return null; // the 1980's
        String previous = previousWord(sentence, m.start());
        String next = nextWord(sentence, m.end());
        if (YEAR_QUANTIFIERS.contains(previous) || NOT_AFTER_YEAR.contains(next)) return null;
        if ((previous.equals("a") || previous.equals("an")) && !EVENTS_AFTER_A_YEAR.contains(next)) return null;
        return DateMatch.one(m, PartialDate.ofYear(year), Kind.ABSOLUTE);
    }

    private static String firstNonNull(String... values) {
        for (String v : values) if (v != null) return v;
        throw new IllegalStateException("Year range matched without a first year");
    }
}
