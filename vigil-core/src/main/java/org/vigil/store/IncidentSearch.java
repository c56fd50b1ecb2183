package org.vigil.store;

import java.util.Objects;
import java.util.Optional;

/**
 * What an incident list or dashboard asks for: the filters and page of an {@link IncidentQuery},
 * words to find in the evidence or the article text, and an order.
 *
 * @param text words that must all occur in an incident's evidence sentence or in its article's title
 *             or text (the last word may be the start of a word); empty for no text filter
 * @param descending largest (or newest) first; empty values sort last either way
 */
public record IncidentSearch(IncidentQuery query, Optional<String> text, IncidentSort sort, boolean descending) {
    public IncidentSearch {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sort, "sort");
        text = text.map(String::strip).filter(t -> !t.isEmpty());
    }

    /** Every incident, newest first. */
    public static IncidentSearch of(IncidentQuery query) {
        return new IncidentSearch(query, Optional.empty(), IncidentSort.DATE, true);
    }

    public IncidentSearch withText(String text) {
        return new IncidentSearch(query, Optional.of(text), sort, descending);
    }

    public IncidentSearch sortedBy(IncidentSort sort, boolean descending) {
        return new IncidentSearch(query, text, sort, descending);
    }

    public IncidentSearch withQuery(IncidentQuery query) {
        return new IncidentSearch(query, text, sort, descending);
    }
}
