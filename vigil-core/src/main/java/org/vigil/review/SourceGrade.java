package org.vigil.review;

import java.time.Instant;
import java.util.Objects;

/** The reliability grade an analyst gave an outlet, who gave it and when. */
public record SourceGrade(String outlet, Grade grade, String gradedBy, Instant gradedAt) {
    public SourceGrade {
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(gradedBy, "gradedBy");
        Objects.requireNonNull(gradedAt, "gradedAt");
    }
}
