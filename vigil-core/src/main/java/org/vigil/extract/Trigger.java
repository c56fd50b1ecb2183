package org.vigil.extract;

import java.util.Optional;
import org.vigil.nlp.Span;

/**
 * A word or phrase in a sentence that signals an incident: its span in the sentence and the type it
 * signals, or no type for a generic word such as "attack" whose kind the context must decide.
 */
public record Trigger(Span span, Optional<IncidentType> type, IncidentType.Family family, String surface) {
    public boolean generic() {
        return type.isEmpty();
    }
}
