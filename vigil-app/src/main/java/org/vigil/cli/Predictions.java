package org.vigil.cli;

import java.util.List;
import org.vigil.eval.PredictedIncident;
import org.vigil.eval.Prediction;
import org.vigil.extract.IncidentMention;

/** Converts extracted incident mentions into the prediction records of the gold-file format. */
final class Predictions {
    private Predictions() {}

    static Prediction of(String articleId, List<IncidentMention> mentions) {
        return new Prediction(articleId, mentions.stream().map(Predictions::of).toList());
    }

    static PredictedIncident of(IncidentMention m) {
        return new PredictedIncident(
                m.type().code(),
                m.date().map(Object::toString),
                m.country(),
                m.place(),
                m.perpetrator(),
                m.killed(),
                m.injured(),
                m.claimed(),
                m.evidenceText());
    }
}
