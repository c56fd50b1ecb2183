package org.vigil.eval;

import java.util.List;

/**
 * The scores of one prediction run against one gold set: incident detection, per-field accuracy
 * over matched pairs, the combined slot micro-F1 and every mistake; see {@link Scorer} for how each
 * count is made. A ratio whose denominator is zero is 0.
 *
 * @param fields one score per {@link Field}, in {@link Field} order
 * @param goldSlots (incident, field) slots the gold fills
 * @param predictedSlots (incident, field) slots the prediction fills
 * @param correctSlots slots of matched pairs where the prediction agrees with the gold
 * @param mistakes misses, false alarms and wrong fields, in gold article order
 */
public record EvalReport(
        int articles,
        int goldIncidents,
        int predictedIncidents,
        int matchedIncidents,
        List<FieldScore> fields,
        int goldSlots,
        int predictedSlots,
        int correctSlots,
        List<Mistake> mistakes) {

    public EvalReport {
        fields = List.copyOf(fields);
        mistakes = List.copyOf(mistakes);
        if (matchedIncidents > Math.min(goldIncidents, predictedIncidents) || correctSlots > Math.min(goldSlots, predictedSlots)) {
            throw new IllegalArgumentException("Counts do not add up: matched " + matchedIncidents + " of " + goldIncidents
                    + " gold and " + predictedIncidents + " predicted incidents, " + correctSlots + " correct of "
                    + goldSlots + " gold and " + predictedSlots + " predicted slots");
        }
    }

    public double incidentPrecision() {
        return ratio(matchedIncidents, predictedIncidents);
    }

    public double incidentRecall() {
        return ratio(matchedIncidents, goldIncidents);
    }

    public double incidentF1() {
        return f1(incidentPrecision(), incidentRecall());
    }

    public double slotPrecision() {
        return ratio(correctSlots, predictedSlots);
    }

    public double slotRecall() {
        return ratio(correctSlots, goldSlots);
    }

    /** The combined figure of SCHEMA.md: micro-F1 over all (incident, field) slots. */
    public double slotF1() {
        return f1(slotPrecision(), slotRecall());
    }

    public FieldScore field(Field field) {
        return fields.stream().filter(f -> f.field() == field).findFirst()
                .orElseThrow(() -> new IllegalStateException("Report has no score for field " + field.code()));
    }

    /** A readable table: incident P/R/F1 with counts, per-field accuracy with n, combined slot P/R/F1. */
    public String toText() {
        return ReportFormat.text(this);
    }

    /** The same figures as one JSON object with stable keys (accuracy is null where n is 0). */
    public String toJson() {
        return ReportFormat.json(this);
    }

    /** One block per mistake, with the article id and the evidence sentence. */
    public String errorsText() {
        return ReportFormat.errors(this);
    }

    static double ratio(int part, int whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }

    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
    }
}
