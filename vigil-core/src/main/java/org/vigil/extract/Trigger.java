package org.vigil.extract;

import java.util.Optional;
import org.vigil.nlp.Span;

/**
 * A word or phrase in a sentence that signals an incident: its span in the sentence and the type it
 * signals, or no type for a generic word such as "attack" whose kind the context must decide. A weak
 * trigger names a person or a thing ("the bomber", "a grenade") rather than the event itself.
 */
public record Trigger(Span span, Optional<IncidentType> type, IncidentType.Family family, String surface, boolean weak) {
    public boolean generic() {
        return type.isEmpty();
    }
}
