package org.vigil.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A stage whose input is an article's text and whose output is its sentences, each with its span.
 *
 * <p>Rule-based: a sentence ends at a blank line, or at {@code . ! ?} (after any closing quotes or
 * brackets) followed by white space and something that can start a sentence, unless the word before
 * the full stop is a known abbreviation, an initial or a number's decimal point. Line breaks inside a
 * paragraph (wire copy wraps lines) do not end a sentence.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "ft", "gen", "lt", "col", "maj", "capt", "cpt",
            "sgt", "cpl", "pvt", "adm", "cmdr", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "det",
            "co", "corp", "inc", "ltd", "bros", "no", "nos", "vs", "etc", "approx", "dept", "univ", "ave", "blvd",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "u.s", "u.k", "u.n", "e.g", "i.e", "a.m", "p.m", "d.c", "u.s.a", "fig", "al", "ca", "cf");
    /** Abbreviations after which a capitalised word is still usually the same sentence. */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "mt", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "cpl",
            "pvt", "adm", "cmdr", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "det", "no", "nos");

    /** Splits {@code text} into sentences; offsets are into {@code text}. Blank text gives no sentences. */
    public List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int n = text.length();
        int start = skipSpace(text, 0);
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n' && isBlankLineAhead(text, i)) {
                start = add(sentences, text, start, i);
                i = start;
                continue;
            }
            if (c == '.' || c == '!' || c == '?') {
                int end = i + 1;
                while (end < n && (text.charAt(end) == '.' || text.charAt(end) == '!' || text.charAt(end) == '?')) end++;
                while (end < n && isCloser(text.charAt(end))) end++;
                if (end >= n || (Character.isWhitespace(text.charAt(end)) && endsSentence(text, start, i, end))) {
                    start = add(sentences, text, start, end);
                    i = start;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
        if (start < n) add(sentences, text, start, n);
        return sentences;
    }

    /**
     * The sentence with each line break, tab or other space character read as one space, so that a
     * sentence wrapped across lines ("BLEW\nUP") reads as it would unwrapped; offsets do not move.
     */
    private static String flat(String sentence) {
        char[] chars = sentence.toCharArray();
        for (int i = 0; i < chars.length; i++) if (chars[i] != ' ' && Character.isWhitespace(chars[i]) || chars[i] == '\u00A0') chars[i] = ' ';
        return new String(chars);
    }

    private static int add(List<Sentence> sentences, String text, int start, int end) {
        int trimmedEnd = end;
        while (trimmedEnd > start && Character.isWhitespace(text.charAt(trimmedEnd - 1))) trimmedEnd--;
        if (trimmedEnd > start) {
            Span span = new Span(start, trimmedEnd);
            sentences.add(new Sentence(sentences.size(), span, flat(span.of(text))));
        }
        return skipSpace(text, end);
    }

    private static boolean endsSentence(String text, int sentenceStart, int stop, int after) {
        int next = skipSpace(text, after);
        if (next >= text.length()) return true;
        char following = text.charAt(next);
        if (text.charAt(stop) != '.') return startsSentence(following);
        String word = wordBefore(text, sentenceStart, stop);
        String lower = word.toLowerCase(Locale.ROOT);
        if (!startsSentence(following)) return false;
        if (word.isEmpty()) return true;
        if (TITLES.contains(lower)) return false;
        if (ABBREVIATIONS.contains(lower)) {
            // "in the U.S. Officials said" ends a sentence; "U.S. officials" does not. Upper case cannot tell in wire copy.
            return Character.isUpperCase(following) && !isAllUpperText(text, next) && !lower.equals("no");
        }
        // An initial ("John F. Kennedy", "A. Smith") is not a sentence end.
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return false;
        return true;
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c' || c == '\'' || c == '\u2018'
                || c == '(' || c == '[' || c == '-' || c == '\u2014' || c == '\u2013';
    }

    private static boolean isAllUpperText(String text, int at) {
        int letters = 0;
        int upper = 0;
        for (int i = at; i < Math.min(text.length(), at + 40); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
            }
        }
        return letters >= 8 && upper == letters;
    }

    private static String wordBefore(String text, int sentenceStart, int stop) {
        int i = stop;
        while (i > sentenceStart && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) i--;
        String word = text.substring(i, stop);
        while (word.startsWith(".")) word = word.substring(1);
        return word;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\u201d' || c == '\'' || c == '\u2019' || c == ')' || c == ']';
    }

    private static boolean isBlankLineAhead(String text, int newline) {
        int i = newline + 1;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r')) i++;
        return i < text.length() && text.charAt(i) == '\n';
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }
}
