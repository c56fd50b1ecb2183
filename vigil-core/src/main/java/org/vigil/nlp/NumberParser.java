package org.vigil.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.nlp.NumberMention.Qualifier;

/**
 * A stage whose input is one sentence and whose output is the counts it states, in digits ("139",
 * "1,500") or words ("ninety-nine", "a hundred and thirty", "THREE"), each with its hedge ("at least",
 * "about") or marked vague ("dozens"). It leaves out numbers that are not counts: ordinals, years,
 * dates, times, money, percentages, ages, measures and durations ("48 hours"), labels ("No.4", "Law
 * 18314", "M-16"). "No one", "nobody", "none" and "no casualties" count as an exact 0. A range ("40 to
 * 60") gives both numbers, in text order. Matching ignores case, so upper-case wire text works.
 */
public final class NumberParser {

    private static final Pattern TOKEN = Pattern.compile("\\d+(?:[.,:]\\d+)*|\\p{L}+|\\S");
    private static final Pattern PLAIN_DIGITS = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+");

    private static final Map<String, Integer> ONES = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
            Map.entry("eighteen", 18), Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40,
            "fifty", 50, "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final Map<String, Integer> SCALES = Map.of("hundred", 100, "thousand", 1_000,
            "million", 1_000_000, "dozen", 12);

    private static final List<List<String>> AT_LEAST = phrases("at least", "more than", "over", "upwards of",
            "in excess of", "no fewer than", "no less than", "not less than", "well over", "just over");
    private static final List<List<String>> ABOUT = phrases("about", "around", "nearly", "almost", "some",
            "roughly", "approximately", "an estimated", "estimated", "close to", "up to", "as many as",
            "fewer than", "less than", "just under", "approx");
    private static final List<List<String>> VAGUE = phrases("a number of", "a handful of", "a few", "dozens",
            "scores", "hundreds", "thousands", "tens of", "several", "many", "numerous", "countless");
    private static final List<List<String>> ZERO = phrases("no one", "nobody", "none", "no casualties",
            "no deaths", "no injuries", "no victims", "no fatalities", "no dead");

    private static final Set<String> UNITS = Set.of("hour", "hours", "hrs", "minute", "minutes", "mins",
            "second", "seconds", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade",
            "decades", "km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles",
            "metre", "metres", "meter", "meters", "m", "kg", "kgs", "kilo", "kilos", "kilogram", "kilograms",
            "lb", "lbs", "ton", "tons", "tonne", "tonnes", "feet", "foot", "ft", "mm", "cm", "inch", "inches",
            "calibre", "caliber", "mph", "degrees", "percent", "per", "pm", "am", "gmt", "h", "o", "times");
    private static final Set<String> MONEY = Set.of("dollars", "dollar", "pesos", "peso", "euros", "euro",
            "pounds", "rupees", "colones", "intis", "sucres", "bolivars", "yuan", "yen", "usd", "eur");
    private static final Set<String> LABELS = Set.of("no", "number", "law", "article", "decree", "resolution",
            "route", "highway", "flight", "room", "platform", "chapter", "page", "section", "km", "channel",
            "code", "case", "file", "tel", "phone", "box", "brigade", "division", "battalion", "zone", "boeing", "airbus",
            "plate", "plates");
    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    private static final Set<String> ONE_AS_PRONOUN_BEFORE = Set.of("no", "the", "any", "every", "each",
            "which", "this", "that", "someone", "anyone");

    private record Token(String text, String lower, int start, int end) {
        boolean isDigits() {
            return Character.isDigit(text.charAt(0));
        }
    }

    private record Parsed(int value, int next) {}

    /** The counts stated in {@code sentence}, in text order; empty for a blank or number-free sentence. */
    public List<NumberMention> find(String sentence) {
        List<NumberMention> found = new ArrayList<>();
        if (sentence == null || sentence.isBlank()) return found;
        List<Token> tokens = tokenize(sentence);
        int i = 0;
        while (i < tokens.size()) {
            int matched;
            if ((matched = matchPhrase(tokens, i, ZERO)) > 0) {
                found.add(new NumberMention(span(tokens, i, i + matched), OptionalInt.of(0), Qualifier.EXACT));
                i += matched;
                continue;
            }
            Qualifier qualifier = Qualifier.EXACT;
            int numberAt = i;
            if ((matched = matchPhrase(tokens, i, AT_LEAST)) > 0) {
                qualifier = Qualifier.AT_LEAST;
                numberAt = i + matched;
            } else if ((matched = matchPhrase(tokens, i, ABOUT)) > 0) {
                qualifier = Qualifier.ABOUT;
                numberAt = i + matched;
            }
            Parsed parsed = numberAt < tokens.size() ? parse(tokens, numberAt) : null;
            if (parsed != null) {
                int end = parsed.next();
                if (qualifier == Qualifier.EXACT && end < tokens.size() && tokens.get(end).text().equals("+")
                        && tokens.get(end).start() == tokens.get(end - 1).end()) {
                    qualifier = Qualifier.AT_LEAST;
                    end++;
                }
                if (isCount(tokens, numberAt, parsed.next(), parsed.value(), qualifier != Qualifier.EXACT)) {
                    found.add(new NumberMention(span(tokens, i, end), OptionalInt.of(parsed.value()), qualifier));
                }
                i = end;
                continue;
            }
            if ((matched = matchPhrase(tokens, i, VAGUE)) > 0) {
                found.add(new NumberMention(span(tokens, i, i + matched), OptionalInt.empty(), Qualifier.VAGUE));
                i += matched;
                continue;
            }
            i++;
        }
        return found;
    }

    /**
     * The value of a phrase that is nothing but a number, such as "a hundred and thirty", "Ninety-Nine",
     * "two dozen" or "1,500"; empty when the phrase is anything else.
     */
    public static OptionalInt parseNumber(String words) {
        if (words == null || words.isBlank()) return OptionalInt.empty();
        List<Token> tokens = tokenize(words.strip());
        Parsed parsed = parse(tokens, 0);
        return parsed != null && parsed.next() == tokens.size() ? OptionalInt.of(parsed.value()) : OptionalInt.empty();
    }

    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) tokens.add(new Token(m.group(), m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
        return tokens;
    }

    /** A number in digits or words starting at token {@code at}, or null. */
    private static Parsed parse(List<Token> tokens, int at) {
        Token first = tokens.get(at);
        if (first.isDigits()) {
            if (!PLAIN_DIGITS.matcher(first.text()).matches()) return null; // 9.40, 1.5, 10:30
            long value = Long.parseLong(first.text().replace(",", ""));
            int next = at + 1;
            if (next < tokens.size() && SCALES.containsKey(tokens.get(next).lower()) && !tokens.get(next).lower().equals("hundred")) {
                value *= SCALES.get(tokens.get(next).lower());
                next++;
            }
            return value <= Integer.MAX_VALUE ? new Parsed((int) value, next) : null;
        }
        long total = 0;
        long current = 0;
        boolean any = false;
        int k = at;
        if ((first.lower().equals("a") || first.lower().equals("an")) && at + 1 < tokens.size()
                && SCALES.containsKey(tokens.get(at + 1).lower())) {
            current = 1;
            k++;
        }
        int end = -1;
        boolean scaled = false;
        while (k < tokens.size()) {
            String w = tokens.get(k).lower();
            if (ONES.containsKey(w) && (current % 100 == 0 || current % 10 == 0 && current % 100 >= 20 && ONES.get(w) < 10)) {
                current += ONES.get(w);
            } else if (TENS.containsKey(w) && current % 100 == 0) {
                current += TENS.get(w);
            } else if (current % 100 == 0 && joinedTens(w) > 0) {
                current += joinedTens(w); // "THIRTYTHREE" of wire copy
            } else if (w.equals("hundred") && (current > 0 || k > at)) {
                current = Math.max(current, 1) * 100;
                scaled = true;
            } else if (SCALES.containsKey(w) && !w.equals("hundred") && (current > 0 || k > at)) {
                if (w.equals("dozen")) {
                    current = Math.max(current, 1) * 12;
                } else {
                    total += Math.max(current, 1) * SCALES.get(w);
                    current = 0;
                }
                scaled = true;
            } else if (any && (w.equals("-") || w.equals("and") && scaled) && k + 1 < tokens.size()
                    && (ONES.containsKey(tokens.get(k + 1).lower()) || TENS.containsKey(tokens.get(k + 1).lower()))) {
                k++;
                continue;
            } else {
                break;
            }
            any = true;
            end = ++k;
            if (total + current > Integer.MAX_VALUE) return null;
        }
        return any ? new Parsed((int) (total + current), end) : null;
    }

    /** The value of a tens word run into its unit ("thirtythree", "twentyone"), or 0. */
    private static int joinedTens(String word) {
        for (Map.Entry<String, Integer> tens : TENS.entrySet()) {
            if (word.length() > tens.getKey().length() && word.startsWith(tens.getKey())) {
                Integer unit = ONES.get(word.substring(tens.getKey().length()));
                return unit != null && unit > 0 && unit < 10 ? tens.getValue() + unit : 0;
            }
        }
        return 0;
    }

    /** Whether the number in tokens [from, to) is a count, judged by its shape and neighbours. */
    private static boolean isCount(List<Token> tokens, int from, int to, int value, boolean hedged) {
        Token first = tokens.get(from);
        Token last = tokens.get(to - 1);
        Token before = from > 0 ? tokens.get(from - 1) : null;
        Token after = to < tokens.size() ? tokens.get(to) : null;
        String afterWord = after == null ? "" : after.lower();
        String beforeWord = before == null ? "" : before.lower();
        if (after != null && after.start() == last.end() && Character.isLetter(after.text().charAt(0))) return false; // 10th, 3D, 20KG
        if (after != null && (after.text().equals("/") || after.text().equals("%"))) return false; // 24/7, 9/11, 40%
        if (before != null && (before.text().equals("/") || "$£€¥#".contains(before.text()))) return false;
        if (before != null && before.text().equals("-") && from >= 2 && before.start() == tokens.get(from - 2).end()
                && Character.isLetter(tokens.get(from - 2).text().charAt(0))) return false; // M-16, AK-47
        if (before != null && before.text().equals(".") && from >= 2 && tokens.get(from - 2).lower().equals("no")) return false;
        if (LABELS.contains(beforeWord) || MONTHS.contains(beforeWord) || MONTHS.contains(afterWord)) return false;
        if (beforeWord.equals("aged") || beforeWord.equals("age")) return false;
        if (UNITS.contains(afterWord) || MONEY.contains(afterWord)) return false;
        if (afterWord.equals("-") && to + 1 < tokens.size()
                && (UNITS.contains(tokens.get(to + 1).lower()))) return false; // 28-year-old, 48-hour
        if (afterWord.equals("per") || afterWord.equals("p") || afterWord.equals("a") && to + 1 < tokens.size()
                && tokens.get(to + 1).text().equals(".")) return false; // p.m., a.m.
        if (first.isDigits()) {
            String digits = first.text();
            if (digits.length() == 4 && digits.charAt(0) == '0') return false; // 0315 hours
            if (!hedged && digits.length() == 4 && value >= 1900 && value <= 2099) return false; // a year
            if (beforeWord.equals(",") && afterWord.equals(",") && value < 120 && from >= 2
                    && Character.isUpperCase(tokens.get(from - 2).text().charAt(0))) return false; // JOSE MARIN, 32,
        } else if (first.lower().equals("one") && to == from + 1) {
            if (afterWord.equals("of") || afterWord.equals("another") || ONE_AS_PRONOUN_BEFORE.contains(beforeWord)) return false;
        }
        return true;
    }

    private static int matchPhrase(List<Token> tokens, int at, List<List<String>> phrases) {
        for (List<String> phrase : phrases) {
            if (at + phrase.size() > tokens.size()) continue;
            boolean all = true;
            for (int k = 0; k < phrase.size() && all; k++) all = tokens.get(at + k).lower().equals(phrase.get(k));
            if (all) return phrase.size();
        }
        return 0;
    }

    private static Span span(List<Token> tokens, int from, int to) {
        return new Span(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    private static List<List<String>> phrases(String... texts) {
        List<List<String>> out = new ArrayList<>();
        for (String t : texts) out.add(List.of(t.split(" ")));
        return List.copyOf(out);
    }
}
