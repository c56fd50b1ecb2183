package org.vigil.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** The word tokens of a text with their offsets, folded keys and case, as dictionary matching reads them. */
final class Tokens {
    private static final Pattern COMBINING = Pattern.compile("\\p{M}+");
    /** Characters that may stand between two tokens of one name: spaces, hyphens, apostrophes, dots. */
    private static final String JOINERS = " \t\n\r\u00a0-\u2010\u2011\u2012\u2013'\u2019.&/";

    final String text;
    final int[] starts;
    final int[] ends;
    final String[] keys;
    final int size;
    final boolean upperCaseText;

    private Tokens(String text, int[] starts, int[] ends, String[] keys, int size, boolean upperCaseText) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.keys = keys;
        this.size = size;
        this.upperCaseText = upperCaseText;
    }

    static Tokens of(String text) {
        int n = text.length();
        int[] starts = new int[n / 2 + 1];
        int[] ends = new int[n / 2 + 1];
        String[] keys = new String[n / 2 + 1];
        int size = 0;
        int upper = 0;
        int lower = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || Character.getType(text.charAt(i)) == Character.NON_SPACING_MARK)) {
                char d = text.charAt(i);
                if (Character.isUpperCase(d)) {
                    upper++;
                } else if (Character.isLowerCase(d)) {
                    lower++;
                }
                i++;
            }
            starts[size] = start;
            ends[size] = i;
            keys[size] = fold(text.substring(start, i));
            size++;
        }
        boolean upperCaseText = upper >= 12 && lower * 10 < upper;
        return new Tokens(text, starts, ends, keys, size, upperCaseText);
    }

    /** Lower-cases and strips accents: "Bogotá" and "BOGOTA" both become "bogota". */
    static String fold(String s) {
        String lower = s.toLowerCase(java.util.Locale.ROOT);
        boolean ascii = true;
        for (int i = 0; i < lower.length() && ascii; i++) {
            ascii = lower.charAt(i) < 128;
        }
        if (ascii) {
            return lower;
        }
        String stripped = COMBINING.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return stripped.replace('ı', 'i').replace('ø', 'o').replace('ł', 'l').replace('đ', 'd').replace('æ', 'a').replace('ß', 's');
    }

    /** The lookup key of a name: its folded tokens joined by single spaces; empty if it has no token. */
    static String key(String name) {
        Tokens t = of(name);
        return t.join(0, t.size);
    }

    static List<String> words(String name) {
        Tokens t = of(name);
        List<String> out = new ArrayList<>(t.size);
        for (int i = 0; i < t.size; i++) {
            out.add(t.surface(i));
        }
        return out;
    }

    String join(int from, int to) {
        if (to - from == 1) {
            return keys[from];
        }
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from) {
                sb.append(' ');
            }
            sb.append(keys[i]);
        }
        return sb.toString();
    }

    /** Whether tokens i and i+1 may belong to one name: only spaces, hyphens, apostrophes or dots between. */
    boolean joined(int i) {
        int marks = 0;
        int breaks = 0;
        for (int k = ends[i]; k < starts[i + 1]; k++) {
            char c = text.charAt(k);
            if (JOINERS.indexOf(c) < 0) {
                return false;
            }
            if (c == '\n') {
                breaks++;
            } else if (!Character.isWhitespace(c)) {
                marks++;
            }
        }
        // wire text wraps lines inside names ("SAN\n   SALVADOR"); a blank line ends a name
        return breaks <= 1 && marks <= 2;
    }

    /** How many tokens, at most, starting at i, form one unbroken run of at most max tokens. */
    int runLength(int i, int max) {
        int n = 1;
        while (n < max && i + n < size && joined(i + n - 1)) {
            n++;
        }
        return n;
    }

    String surface(int i) {
        return text.substring(starts[i], ends[i]);
    }

    boolean capitalised(int i) {
        return Character.isUpperCase(text.charAt(starts[i])) || Character.isDigit(text.charAt(starts[i]));
    }

    boolean allUpper(int i) {
        for (int k = starts[i]; k < ends[i]; k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Whether token i opens a sentence, a line or a quotation, where any word is capitalised. */
    boolean sentenceInitial(int i) {
        int k = starts[i] - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || text.charAt(k) == '\t' || text.charAt(k) == '"'
                || text.charAt(k) == '\u201c' || text.charAt(k) == '\'' || text.charAt(k) == '(')) {
            k--;
        }
        if (k < 0) {
            return true;
        }
        char c = text.charAt(k);
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '\u2014';
    }
}
