package org.vigil.extract;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.vigil.nlp.PartialDate;
import org.vigil.nlp.Span;

/**
 * What one article says about one incident: every field the gold schema has, and the evidence
 * sentence that states it as a span into the article's text.
 *
 * @param perpetrator canonical group name, {@code "unknown"}, or empty when the article says nothing
 * @param claimed whether a group claimed it; empty when the article is silent
 * @param confidence the extractor's belief that this is a real incident, in [0, 1]
 */
public record IncidentMention(
        String articleId,
        IncidentType type,
        IncidentStatus status,
        Optional<PartialDate> date,
        Optional<String> place,
        Optional<String> country,
        Optional<Coordinates> coordinates,
        Optional<String> perpetrator,
        OptionalInt killed,
        OptionalInt injured,
        Optional<Boolean> claimed,
        Certainty certainty,
        Span evidence,
        String evidenceText,
        double confidence) {

    /** A point on the Earth in decimal degrees (WGS 84). */
    public record Coordinates(double latitude, double longitude) {
        public Coordinates {
            if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
                throw new IllegalArgumentException("Coordinates out of range: " + latitude + ", " + longitude);
            }
        }
    }

    public IncidentMention {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(coordinates, "coordinates");
        Objects.requireNonNull(perpetrator, "perpetrator");
        Objects.requireNonNull(killed, "killed");
        Objects.requireNonNull(injured, "injured");
        Objects.requireNonNull(claimed, "claimed");
        Objects.requireNonNull(certainty, "certainty");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(evidenceText, "evidenceText");
        if (evidenceText.length() != evidence.length()) {
            throw new IllegalArgumentException("Evidence text of " + evidenceText.length() + " characters does not fit span " + evidence);
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("Confidence must lie in [0, 1], got " + confidence);
        }
        if (killed.isPresent() && killed.getAsInt() < 0 || injured.isPresent() && injured.getAsInt() < 0) {
            throw new IllegalArgumentException("Casualty figures must not be negative: killed " + killed + ", injured " + injured);
        }
    }
}
