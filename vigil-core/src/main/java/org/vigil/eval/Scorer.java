package org.vigil.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Scores predictions against gold articles as {@code ../shared/eval/SCHEMA.md} defines, giving an
 * {@link EvalReport}.
 *
 * <p><b>Matching.</b> Within each article, predicted incidents are paired one-to-one with gold
 * incidents by an optimal assignment (Hungarian method). A pair is allowed only when both are of the
 * same type family (attack or security event) and at least one of type, date or place agrees
 * (country alone is too weak: most incidents of an article share it). Among allowed pairings the one
 * with the largest total agreement wins, where a pair's agreement is 5 × (number of agreeing fields
 * among type, date, country, place) plus, as a tie-break, one point for each of perpetrator, killed,
 * injured and claimed that would be scored correct or not scored at all. Maximising agreement rather
 * than the number of pairs means a prediction goes to the gold incident it clearly describes even if
 * another gold incident is then left unmatched.
 *
 * <p><b>Field agreement.</b> {@code type}: the predicted type is one of the gold alternatives.
 * {@code date}: exact at the gold precision (predicted 2024-03-22 agrees with gold 2024-03;
 * predicted 2024-03 does not agree with gold 2024-03-22). {@code country}: same code, ignoring case.
 * {@code place}: equal to any gold alternative after {@code canonicalPlace} and folding case,
 * accents and punctuation. {@code perpetrator}: equal to any gold alternative after
 * {@code canonicalActor} and the same folding; a gold "unknown" is matched by a predicted "unknown"
 * or null. {@code killed}, {@code injured}: the same number. {@code claimed}: the same boolean.
 *
 * <p><b>Which fields are scored.</b> A field listed in the article's {@code unscored} is never
 * scored (for matching, accuracy or slots) in that article. Otherwise, in a matched pair, a field is
 * scored when gold has a value, and also when gold is null but a {@code killed} or {@code injured}
 * number was predicted (that counts as wrong). Per-field accuracy is correct / scored over matched pairs.
 *
 * <p><b>Slots (the combined micro-F1).</b> Every incident has one slot per scored field:
 * <ul>
 *   <li>gold slots: for every gold incident, each field with a non-null gold value;</li>
 *   <li>predicted slots: for an unmatched prediction, each field with a non-null predicted value;
 *       for a matched one, each field where gold has a value and the prediction has one (a null
 *       perpetrator counting as "unknown" when gold allows "unknown"), plus each predicted
 *       {@code killed}/{@code injured} number where gold is null; a predicted non-number where gold is
 *       null is not counted, just as per-field accuracy skips it;</li>
 *   <li>correct slots: fields of matched pairs that agree.</li>
 * </ul>
 * Slot precision is correct / predicted, recall correct / gold, F1 their harmonic mean; a zero
 * denominator gives 0. Gold scored against itself gives exactly 1.0 (when the gold has at least one
 * incident) and no predictions give 0.0.
 *
 * <p>Articles without a prediction count as predicting nothing; predictions for ids not in the gold
 * are ignored.
 */
public final class Scorer {
    private final FieldRules rules;

    /**
     * @param canonicalActor maps a group alias to its canonical name, or returns its input
     * @param canonicalPlace maps a place alias to its canonical name, or returns its input
     */
    public Scorer(Function<String, String> canonicalActor, Function<String, String> canonicalPlace) {
        this.rules = new FieldRules(Objects.requireNonNull(canonicalActor, "canonicalActor"),
                Objects.requireNonNull(canonicalPlace, "canonicalPlace"));
    }

    /** A scorer that compares group and place names only after folding case, accents and punctuation. */
    public Scorer() {
        this(Function.identity(), Function.identity());
    }

    public EvalReport score(List<GoldArticle> gold, Map<String, Prediction> predictions) {
        Tally tally = new Tally();
        for (GoldArticle article : gold) {
            Prediction prediction = predictions.get(article.id());
            score(article, prediction == null ? List.of() : prediction.incidents(), tally);
        }
        List<FieldScore> fields = new ArrayList<>();
        for (Field f : Field.values()) {
            fields.add(new FieldScore(f, tally.fieldCorrect.getOrDefault(f, 0), tally.fieldTotal.getOrDefault(f, 0)));
        }
        return new EvalReport(gold.size(), tally.goldIncidents, tally.predictedIncidents, tally.matched, fields,
                tally.goldSlots, tally.predictedSlots, tally.correctSlots, tally.mistakes);
    }

    // Mistakes of an article are listed misses first, then false alarms, then wrong fields in gold order.
    private void score(GoldArticle article, List<PredictedIncident> predicted, Tally tally) {
        List<GoldIncident> golds = article.incidents();
        int[] match = match(article, predicted);
        int[] predictionOf = new int[golds.size()];
        Arrays.fill(predictionOf, -1);
        for (int i = 0; i < predicted.size(); i++) {
            if (match[i] >= 0) predictionOf[match[i]] = i;
        }
        tally.goldIncidents += golds.size();
        tally.predictedIncidents += predicted.size();
        for (int j = 0; j < golds.size(); j++) {
            if (predictionOf[j] >= 0) continue;
            GoldIncident g = golds.get(j);
            tally.mistakes.add(new Mistake.Missed(article.id(), g));
            for (Field f : Field.values()) {
                if (article.scores(f) && FieldRules.goldHas(f, g)) tally.goldSlots++;
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            if (match[i] >= 0) continue;
            PredictedIncident p = predicted.get(i);
            tally.mistakes.add(new Mistake.FalseAlarm(article.id(), p));
            for (Field f : Field.values()) {
                if (article.scores(f) && FieldRules.predictedHas(f, p)) tally.predictedSlots++;
            }
        }
        for (int j = 0; j < golds.size(); j++) {
            if (predictionOf[j] < 0) continue;
            tally.matched++;
            scorePair(article, golds.get(j), predicted.get(predictionOf[j]), tally);
        }
    }

    private void scorePair(GoldArticle article, GoldIncident g, PredictedIncident p, Tally tally) {
        for (Field f : Field.values()) {
            if (!article.scores(f)) continue;
            boolean predictedHas = FieldRules.predictedHas(f, g, p);
            if (FieldRules.goldHas(f, g)) {
                tally.goldSlots++;
                if (predictedHas) tally.predictedSlots++;
                tally.fieldTotal.merge(f, 1, Integer::sum);
                if (rules.agrees(f, g, p)) {
                    tally.correctSlots++;
                    tally.fieldCorrect.merge(f, 1, Integer::sum);
                } else {
                    tally.mistakes.add(new Mistake.WrongField(article.id(), f, g, p));
                }
            } else if (f.isNumber() && predictedHas) {
                tally.predictedSlots++;
                tally.fieldTotal.merge(f, 1, Integer::sum);
                tally.mistakes.add(new Mistake.WrongField(article.id(), f, g, p));
            }
        }
    }

    /** For each predicted incident, the index of its gold incident, or -1. */
    /** For each prediction of {@code article}, whether the one-to-one matching pairs it with a gold incident. */
    public boolean[] matched(GoldArticle article, List<PredictedIncident> predicted) {
        int[] match = match(article, predicted);
        boolean[] out = new boolean[match.length];
        for (int i = 0; i < match.length; i++) out[i] = match[i] >= 0;
        return out;
    }

    private int[] match(GoldArticle article, List<PredictedIncident> predicted) {
        List<GoldIncident> golds = article.incidents();
        long[][] weight = new long[predicted.size()][golds.size()];
        for (int i = 0; i < predicted.size(); i++) {
            for (int j = 0; j < golds.size(); j++) {
                weight[i][j] = agreement(article, golds.get(j), predicted.get(i));
            }
        }
        return Assignment.maximize(weight);
    }

    /** The pair's agreement as the class comment defines it; 0 when the pair is not allowed. */
    private long agreement(GoldArticle article, GoldIncident g, PredictedIncident p) {
        if (!FieldRules.sameFamily(g, p)) return 0;
        boolean anchored = false;
        long primary = 0;
        for (Field f : List.of(Field.TYPE, Field.DATE, Field.COUNTRY, Field.PLACE)) {
            if (article.scores(f) && rules.agrees(f, g, p)) {
                primary++;
                anchored |= f != Field.COUNTRY;
            }
        }
        if (!anchored) return 0;
        long secondary = 0;
        for (Field f : List.of(Field.PERPETRATOR, Field.KILLED, Field.INJURED, Field.CLAIMED)) {
            boolean scored = article.scores(f) && (FieldRules.goldHas(f, g) || f.isNumber() && FieldRules.predictedHas(f, p));
            if (!scored || rules.agrees(f, g, p)) secondary++;
        }
        return 5 * primary + secondary;
    }

    /** Running counts over the articles of one run. */
    private static final class Tally {
        int goldIncidents;
        int predictedIncidents;
        int matched;
        int goldSlots;
        int predictedSlots;
        int correctSlots;
        final Map<Field, Integer> fieldTotal = new EnumMap<>(Field.class);
        final Map<Field, Integer> fieldCorrect = new EnumMap<>(Field.class);
        final List<Mistake> mistakes = new ArrayList<>();
    }
}
