package org.vigil.review;

import java.util.Arrays;
import java.util.Optional;

/** The reliability of a source on the Admiralty (NATO) scale, A to F, with the weight its figures get. */
public enum Grade {
    A("completely reliable", 1.0),
    B("usually reliable", 0.8),
    C("fairly reliable", 0.6),
    D("not usually reliable", 0.4),
    E("unreliable", 0.2),
    F("reliability cannot be judged", 0.5);

    private final String meaning;
    private final double weight;

    Grade(String meaning, double weight) {
        this.meaning = meaning;
        this.weight = weight;
    }

    public String meaning() {
        return meaning;
    }

    /** How much a figure from a source of this grade counts, in (0, 1]; an ungraded source counts as F. */
    public double weight() {
        return weight;
    }

    /** The grade named by its letter, in any case. */
    public static Optional<Grade> fromCode(String code) {
        String c = code == null ? "" : code.strip();
        return Arrays.stream(values()).filter(g -> g.name().equalsIgnoreCase(c)).findFirst();
    }
}
