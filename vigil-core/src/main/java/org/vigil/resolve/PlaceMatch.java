package org.vigil.resolve;

import java.util.List;
import java.util.Objects;
import org.vigil.nlp.Span;

/**
 * A place name found in a text: where it stands, the words as written, the places it may denote (most
 * likely first, never empty) and whether it was a demonym ("Russian") rather than a name.
 */
public record PlaceMatch(Span span, String surface, List<Place> candidates, boolean demonym) {
    public PlaceMatch {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(surface, "surface");
        candidates = List.copyOf(candidates);
        if (candidates.isEmpty()) {
            throw new IllegalArgumentException("PlaceMatch '" + surface + "' needs at least one candidate place");
        }
    }

    /** The most likely place. */
    public Place best() {
        return candidates.get(0);
    }
}
