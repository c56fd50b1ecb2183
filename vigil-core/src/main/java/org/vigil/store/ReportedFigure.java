package org.vigil.store;

import java.time.LocalDate;
import java.util.Objects;

/** One casualty figure as one article reported it: its kind ({@code killed} or {@code injured}), value, article and day. */
public record ReportedFigure(String kind, int value, LocalDate reportedAt, long mentionId, String articleId, String articleTitle) {
    public ReportedFigure {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reportedAt, "reportedAt");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(articleTitle, "articleTitle");
    }
}
