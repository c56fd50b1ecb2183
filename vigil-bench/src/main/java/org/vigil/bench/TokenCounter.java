package org.vigil.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the tokens of a text the same way for every pipeline: a word (letters, digits and inner
 * apostrophes, hyphens, dots or commas, as in "al-Qaeda", "don't", "1,050", "U.S"), or any other
 * single non-space character. On news English this comes within a few percent of CoreNLP's own
 * PTB token count, which the report shows alongside for the reference.
 */
public final class TokenCounter {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.,\\-][\\p{L}\\p{N}]+)*|\\S");

    /** The number of tokens in {@code text}; 0 for blank text. */
    public int count(String text) {
        Matcher m = TOKEN.matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
