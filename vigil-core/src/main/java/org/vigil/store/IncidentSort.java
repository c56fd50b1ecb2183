package org.vigil.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A column an incident page can be sorted by; its {@link #code()} is how a URL or the API names it. */
public enum IncidentSort {
    DATE("i.date_start"),
    KILLED("i.killed"),
    INJURED("i.injured"),
    TYPE("i.type"),
    COUNTRY("i.country"),
    GROUP("i.perpetrator_key"),
    PLACE("i.place");

    private final String column;

    IncidentSort(String column) {
        this.column = column;
    }

    /** The SQL column this sort orders by. */
    String column() {
        return column;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<IncidentSort> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
