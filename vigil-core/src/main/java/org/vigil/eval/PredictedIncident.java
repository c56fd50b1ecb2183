package org.vigil.eval;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One incident as {@code vigil extract} writes it: a single value per field, strings as in the gold
 * files, empty where the extractor found nothing.
 *
 * @param type incident type code such as {@code bombing}
 * @param date {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}
 * @param perpetrator a group name (aliases allowed), {@code "unknown"}, or empty
 * @param evidence the sentence the extractor took the incident from; may be empty
 */
public record PredictedIncident(
        String type,
        Optional<String> date,
        Optional<String> country,
        Optional<String> place,
        Optional<String> perpetrator,
        OptionalInt killed,
        OptionalInt injured,
        Optional<Boolean> claimed,
        String evidence) {

    public PredictedIncident {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(perpetrator, "perpetrator");
        Objects.requireNonNull(killed, "killed");
        Objects.requireNonNull(injured, "injured");
        Objects.requireNonNull(claimed, "claimed");
        Objects.requireNonNull(evidence, "evidence");
    }
}
