package org.vigil.eval;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Accuracy of one field over the matched pairs where it is scored.
 *
 * @param total matched pairs where the field is scored (gold has a value, or gold is null and a number was predicted)
 * @param correct those where the prediction agrees
 */
public record FieldScore(Field field, int correct, int total) {
    public FieldScore {
        Objects.requireNonNull(field, "field");
        if (correct < 0 || correct > total) {
            throw new IllegalArgumentException("Field " + field.code() + " has " + correct + " correct of " + total);
        }
    }

    /** correct / total; empty when no matched pair scores this field. */
    public OptionalDouble accuracy() {
        return total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) correct / total);
    }
}
