package org.vigil.eval;

import java.util.List;
import java.util.Objects;

/** What the extractor found in one article: one line of the {@code vigil extract} output. */
public record Prediction(String articleId, List<PredictedIncident> incidents) {
    public Prediction {
        Objects.requireNonNull(articleId, "articleId");
        incidents = List.copyOf(incidents);
    }
}
