package org.vigil.review;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One correction of one field of the incident an article states in one sentence, kept for good: the
 * target is the article and the evidence sentence (so it reaches the incident again after the article
 * is re-processed), the incident's number when it was made, the new value (empty clears the field),
 * the value extracted then, the note it came with, and who made it when.
 */
public record Correction(long id, String articleId, String evidenceText, int evidenceStart, OptionalLong incidentId,
                         CorrectionField field, Optional<String> value, Optional<String> original, OptionalLong noteId,
                         long authorId, String author, Instant at) {
    public Correction {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(evidenceText, "evidenceText");
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(noteId, "noteId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
    }

    /** The value as people read it: the stored text, or "none". */
    public String shownValue() {
        return value.orElse(CorrectionField.NONE);
    }

    public String shownOriginal() {
        return original.orElse(CorrectionField.NONE);
    }
}
