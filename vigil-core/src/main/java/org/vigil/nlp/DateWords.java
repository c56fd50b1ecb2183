package org.vigil.nlp;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/** The month, weekday and year words the date patterns share, and the word tests they make around a match. */
final class DateWords {

    static final String MONTH = "(?<mon>January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?";
    static final String WEEKDAY = "(?<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    static final String YEAR = "(?:19|20)\\d{2}";
    static final int FLAGS = Pattern.CASE_INSENSITIVE;

    private DateWords() {
    }

    /** The year of a two-digit year ("90"): the one nearest the anchor not more than a year after it. */
    static int twoDigitYear(int yy, LocalDate anchor) {
        int year = anchor.getYear() / 100 * 100 + yy;
        return year > anchor.getYear() + 1 ? year - 100 : year;
    }

    static int year(String digits) {
        return Integer.parseInt(digits);
    }

    static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return switch (n.substring(0, 3)) {
            case "jan" -> 1; case "feb" -> 2; case "mar" -> 3; case "apr" -> 4; case "may" -> 5; case "jun" -> 6;
            case "jul" -> 7; case "aug" -> 8; case "sep" -> 9; case "oct" -> 10; case "nov" -> 11; case "dec" -> 12;
            default -> throw new IllegalStateException("Not a month name: '" + name + "'");
        };
    }

    /** Month and weekday names count only capitalized: "march" is a verb. */
    static boolean capitalized(String word) {
        return Character.isUpperCase(word.charAt(0));
    }

    static String previousWord(String text, int before) {
        int end = before;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** The lower-cased word right after {@code after} (spaces skipped), or "" when punctuation or the end comes first. */
    static String nextWord(String text, int after) {
        int start = after;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) start++;
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
