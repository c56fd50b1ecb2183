package org.vigil.eval;

import java.util.Objects;

/** One thing a prediction got wrong against the gold: a missed incident, a false alarm or a wrong field of a matched pair. */
public sealed interface Mistake permits Mistake.Missed, Mistake.FalseAlarm, Mistake.WrongField {

    String articleId();

    /** The sentence to read: gold's for misses and wrong fields, the prediction's for false alarms. */
    String evidence();

    /** A gold incident no prediction was matched to. */
    record Missed(String articleId, GoldIncident gold) implements Mistake {
        public Missed {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(gold, "gold");
        }

        @Override
        public String evidence() {
            return gold.evidence();
        }
    }

    /** A predicted incident no gold incident was matched to. */
    record FalseAlarm(String articleId, PredictedIncident predicted) implements Mistake {
        public FalseAlarm {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(predicted, "predicted");
        }

        @Override
        public String evidence() {
            return predicted.evidence();
        }
    }

    /** A scored field of a matched pair where the prediction does not agree with the gold. */
    record WrongField(String articleId, Field field, GoldIncident gold, PredictedIncident predicted) implements Mistake {
        public WrongField {
            Objects.requireNonNull(articleId, "articleId");
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(gold, "gold");
            Objects.requireNonNull(predicted, "predicted");
        }

        @Override
        public String evidence() {
            return gold.evidence();
        }
    }
}
