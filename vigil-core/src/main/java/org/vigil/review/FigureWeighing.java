package org.vigil.review;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Picks the figure to trust among those reported for an incident by weighing each by its source's
 * reliability grade: the most reliable source wins, and among equally reliable ones the latest report
 * (tolls rise as bodies are counted). An ungraded source weighs as grade F.
 */
public final class FigureWeighing {
    /** One reported value, the day it was reported and the grade of the outlet that reported it. */
    public record Report(int value, java.time.LocalDate reportedAt, String outlet, Optional<Grade> grade) {
        public Report {
            Objects.requireNonNull(reportedAt, "reportedAt");
            Objects.requireNonNull(outlet, "outlet");
            Objects.requireNonNull(grade, "grade");
        }

        public double weight() {
            return grade.orElse(Grade.F).weight();
        }
    }

    private FigureWeighing() {
    }

    /** The report to trust, or empty when there is none. */
    public static Optional<Report> best(List<Report> reports) {
        return reports.stream().max(Comparator.comparingDouble(Report::weight).thenComparing(Report::reportedAt).thenComparingInt(Report::value));
    }
}
