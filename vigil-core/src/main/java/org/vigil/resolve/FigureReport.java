package org.vigil.resolve;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigil.extract.Certainty;

/**
 * One casualty figure as one article reported it: the kind ("killed" or "injured"), the value, the
 * article, its outlet, its publication date and how firmly it stated the figure. An incident keeps
 * every report, so a toll's history (40, 60, 115, 139, 144) stays visible.
 *
 * @param order the order the store received the reports in, to break ties between reports of one day
 */
public record FigureReport(String kind, int value, String articleId, String source, LocalDate reported, Certainty certainty, long order) {
    public FigureReport {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(reported, "reported");
        Objects.requireNonNull(certainty, "certainty");
    }

    /**
     * The headline value among reports of one kind: the latest from the most reliable reports. Stated
     * and reported figures outrank alleged ones, which outrank denied ones; within that tier the latest
     * publication wins, then the report received last.
     */
    public static Optional<FigureReport> headline(List<FigureReport> reports) {
        return reports.stream().max(Comparator.comparingInt((FigureReport r) -> reliability(r.certainty()))
                .thenComparing(FigureReport::reported)
                .thenComparingLong(FigureReport::order));
    }

    private static int reliability(Certainty certainty) {
        return switch (certainty) {
            case STATED, REPORTED -> 2;
            case ALLEGED -> 1;
            case DENIED -> 0;
        };
    }
}
