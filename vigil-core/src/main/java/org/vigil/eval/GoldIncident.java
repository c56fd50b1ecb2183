package org.vigil.eval;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One hand-coded incident of a gold file; {@code types}, {@code places} and {@code perpetrators}
 * hold every acceptable alternative (a single value is a one-element list, JSON null an empty one).
 *
 * @param types incident type codes such as {@code bombing}; never empty, all of one family
 * @param date {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty when the gold has null
 * @param country ISO 3166-1 alpha-2 code; empty when the gold has null
 * @param places acceptable place names; empty when the gold has null
 * @param perpetrators canonical group names or {@code "unknown"}; empty when the gold has null
 * @param evidence the sentence of the article that best states the incident
 */
public record GoldIncident(
        List<String> types,
        Optional<String> date,
        Optional<String> country,
        List<String> places,
        List<String> perpetrators,
        OptionalInt killed,
        OptionalInt injured,
        Optional<Boolean> claimed,
        String evidence) {

    public GoldIncident {
        types = List.copyOf(types);
        if (types.isEmpty()) {
            throw new IllegalArgumentException("A gold incident needs at least one type");
        }
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(country, "country");
        places = List.copyOf(places);
        perpetrators = List.copyOf(perpetrators);
        Objects.requireNonNull(killed, "killed");
        Objects.requireNonNull(injured, "injured");
        Objects.requireNonNull(claimed, "claimed");
        Objects.requireNonNull(evidence, "evidence");
    }
}
