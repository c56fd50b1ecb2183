package org.vigil.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Writes an {@link EvalReport} as a text table, as JSON, and as a listing of its mistakes. */
final class ReportFormat {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportFormat() {
    }

    static String text(EvalReport r) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Articles: %d%n%n", r.articles()));
        out.append(String.format(Locale.ROOT, "%-10s %6s %9s %7s %9s %6s %6s%n",
                "", "gold", "predicted", "correct", "precision", "recall", "F1"));
        out.append(String.format(Locale.ROOT, "%-10s %6d %9d %7d %9.3f %6.3f %6.3f%n", "incidents",
                r.goldIncidents(), r.predictedIncidents(), r.matchedIncidents(),
                r.incidentPrecision(), r.incidentRecall(), r.incidentF1()));
        out.append(String.format(Locale.ROOT, "%-10s %6d %9d %7d %9.3f %6.3f %6.3f%n", "slots",
                r.goldSlots(), r.predictedSlots(), r.correctSlots(),
                r.slotPrecision(), r.slotRecall(), r.slotF1()));
        out.append(String.format(Locale.ROOT, "%nPer field, over %d matched incidents:%n", r.matchedIncidents()));
        out.append(String.format(Locale.ROOT, "%-12s %6s %7s %8s%n", "field", "n", "correct", "accuracy"));
        for (FieldScore f : r.fields()) {
            String accuracy = f.accuracy().isPresent() ? String.format(Locale.ROOT, "%.3f", f.accuracy().getAsDouble()) : "n/a";
            out.append(String.format(Locale.ROOT, "%-12s %6d %7d %8s%n", f.field().code(), f.total(), f.correct(), accuracy));
        }
        return out.toString();
    }

    static String json(EvalReport r) {
        ObjectNode root = JSON.createObjectNode();
        root.put("articles", r.articles());
        ObjectNode incidents = root.putObject("incidents");
        incidents.put("gold", r.goldIncidents());
        incidents.put("predicted", r.predictedIncidents());
        incidents.put("matched", r.matchedIncidents());
        incidents.put("precision", r.incidentPrecision());
        incidents.put("recall", r.incidentRecall());
        incidents.put("f1", r.incidentF1());
        ObjectNode fields = root.putObject("fields");
        for (FieldScore f : r.fields()) {
            ObjectNode o = fields.putObject(f.field().code());
            o.put("n", f.total());
            o.put("correct", f.correct());
            if (f.accuracy().isPresent()) o.put("accuracy", f.accuracy().getAsDouble()); else o.putNull("accuracy");
        }
        ObjectNode slots = root.putObject("slots");
        slots.put("gold", r.goldSlots());
        slots.put("predicted", r.predictedSlots());
        slots.put("correct", r.correctSlots());
        slots.put("precision", r.slotPrecision());
        slots.put("recall", r.slotRecall());
        slots.put("f1", r.slotF1());
        root.put("mistakes", r.mistakes().size());
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write report as JSON", e);
        }
    }

    static String errors(EvalReport r) {
        StringBuilder out = new StringBuilder();
        for (Mistake m : r.mistakes()) {
            String head;
            if (m instanceof Mistake.Missed x) {
                head = "MISSED       " + summary(x.gold());
            } else if (m instanceof Mistake.FalseAlarm x) {
                head = "FALSE ALARM  " + summary(x.predicted());
            } else {
                Mistake.WrongField x = (Mistake.WrongField) m;
                head = "WRONG " + x.field().code() + ": gold " + FieldRules.describe(x.field(), x.gold())
                        + ", predicted " + FieldRules.describe(x.field(), x.predicted()) + "  (in " + summary(x.gold()) + ")";
            }
            out.append(m.articleId()).append("  ").append(head).append('\n')
                    .append("    \"").append(m.evidence().replaceAll("\\s+", " ").strip()).append("\"\n");
        }
        return out.toString();
    }

    private static String summary(GoldIncident g) {
        return Stream.of(Field.TYPE, Field.DATE, Field.COUNTRY, Field.PLACE)
                .map(f -> FieldRules.describe(f, g)).collect(Collectors.joining(" "));
    }

    private static String summary(PredictedIncident p) {
        return Stream.of(Field.TYPE, Field.DATE, Field.COUNTRY, Field.PLACE)
                .map(f -> FieldRules.describe(f, p)).collect(Collectors.joining(" "));
    }
}
