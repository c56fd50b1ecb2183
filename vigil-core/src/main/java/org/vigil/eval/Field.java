package org.vigil.eval;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The eight scored fields of a gold incident, named as the gold files name them. */
public enum Field {
    TYPE, DATE, COUNTRY, PLACE, PERPETRATOR, KILLED, INJURED, CLAIMED;

    /** The gold-file key, such as {@code perpetrator}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for the casualty figures, where a predicted number against a null gold value counts as wrong. */
    public boolean isNumber() {
        return this == KILLED || this == INJURED;
    }

    public static Optional<Field> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code().equals(code)).findFirst();
    }
}
