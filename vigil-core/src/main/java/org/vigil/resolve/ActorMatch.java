package org.vigil.resolve;

import java.util.Objects;
import org.vigil.nlp.Span;

/** A mention of a known armed group in a text: where it stands, the words as written and the group's canonical name. */
public record ActorMatch(Span span, String surface, String canonical) {
    public ActorMatch {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(surface, "surface");
        if (canonical == null || canonical.isBlank()) {
            throw new IllegalArgumentException("ActorMatch '" + surface + "' needs a canonical group name");
        }
    }
}
