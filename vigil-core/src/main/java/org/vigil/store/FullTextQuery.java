package org.vigil.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a person typed into a search box into an FTS5 query that cannot be a syntax error:
 * every word is quoted, all must occur, and the last may be the start of a longer word.
 */
final class FullTextQuery {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private FullTextQuery() {
    }

    /** The MATCH expression for the words of {@code typed}; empty when it has no letters or digits. */
    static Optional<String> of(String typed) {
        List<String> terms = new ArrayList<>();
        Matcher m = WORD.matcher(typed);
        while (m.find()) terms.add('"' + m.group() + '"');
        if (terms.isEmpty()) return Optional.empty();
        int last = terms.size() - 1;
        terms.set(last, terms.get(last) + "*");
        return Optional.of(String.join(" ", terms));
    }
}
