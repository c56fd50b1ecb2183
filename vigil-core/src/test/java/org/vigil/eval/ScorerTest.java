package org.vigil.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ScorerTest {
    private static final Map<String, String> ACTORS = Map.of("ISIS", "Islamic State", "ISIS-K", "Islamic State Khorasan Province");
    private final Scorer scorer = new Scorer(a -> ACTORS.getOrDefault(a, a), Function.identity());

    // A gold incident with the usual fields; tests override what they exercise.
    private static GoldIncident gold(String type, String date, String place) {
        return new GoldIncident(List.of(type), Optional.ofNullable(date), Optional.of("FR"), place == null ? List.of() : List.of(place),
                List.of("unknown"), OptionalInt.of(3), OptionalInt.empty(), Optional.of(false), "Gold says " + type + " in " + place + ".");
    }

    private static PredictedIncident predicted(String type, String date, String place) {
        return new PredictedIncident(type, Optional.ofNullable(date), Optional.of("FR"), Optional.ofNullable(place),
                Optional.of("unknown"), OptionalInt.of(3), OptionalInt.empty(), Optional.of(false), "Predicted " + type + " in " + place + ".");
    }

    private static GoldArticle article(Set<String> unscored, GoldIncident... incidents) {
        return new GoldArticle("a1", LocalDate.of(2024, 3, 27), Optional.empty(), "text", Arrays.asList(incidents), unscored);
    }

    private EvalReport score(GoldArticle article, PredictedIncident... predicted) {
        return scorer.score(List.of(article), Map.of(article.id(), new Prediction(article.id(), Arrays.asList(predicted))));
    }

    private EvalReport scoreOne(GoldIncident gold, PredictedIncident predicted) {
        return score(article(Set.of(), gold), predicted);
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed.jsonl", "dev.jsonl", "wiki-dev.jsonl", "muc-dev.jsonl"})
    void scoresGoldAgainstItselfAsOneOnEveryMetric(String name) {
        List<GoldArticle> gold = GoldFile.read(SharedGold.file(name)).articles();

        EvalReport report = new Scorer().score(gold, SharedGold.perfect(gold));

        assertThat(report.incidentPrecision()).isEqualTo(1.0);
        assertThat(report.incidentRecall()).isEqualTo(1.0);
        assertThat(report.incidentF1()).isEqualTo(1.0);
        assertThat(report.slotPrecision()).isEqualTo(1.0);
        assertThat(report.slotRecall()).isEqualTo(1.0);
        assertThat(report.slotF1()).isEqualTo(1.0);
        assertThat(report.fields()).allSatisfy(f -> assertThat(f.correct()).isEqualTo(f.total()));
        assertThat(report.field(Field.TYPE).accuracy()).hasValue(1.0);
        assertThat(report.mistakes()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"seed.jsonl", "dev.jsonl"})
    void scoresEmptyPredictionsAsZero(String name) {
        List<GoldArticle> gold = GoldFile.read(SharedGold.file(name)).articles();

        EvalReport report = new Scorer().score(gold, Map.of());

        assertThat(report.incidentPrecision()).isEqualTo(0.0);
        assertThat(report.incidentRecall()).isEqualTo(0.0);
        assertThat(report.incidentF1()).isEqualTo(0.0);
        assertThat(report.slotPrecision()).isEqualTo(0.0);
        assertThat(report.slotRecall()).isEqualTo(0.0);
        assertThat(report.slotF1()).isEqualTo(0.0);
        assertThat(report.goldSlots()).isPositive();
        assertThat(report.fields()).allSatisfy(f -> assertThat(f.accuracy()).isEmpty());
        assertThat(report.mistakes()).hasSize(report.goldIncidents()).allMatch(m -> m instanceof Mistake.Missed);
    }

    @Test
    void acceptsAnyGoldAlternativeForTypeAndPlace() {
        GoldIncident g = new GoldIncident(List.of("armed_assault", "assassination"), Optional.of("2024-03-22"), Optional.of("PE"),
                List.of("San Isidro", "Lima"), List.of("unknown"), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), "e");

        EvalReport report = scoreOne(g, new PredictedIncident("assassination", Optional.of("2024-03-22"), Optional.of("PE"),
                Optional.of("lima"), Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), "p"));

        assertThat(report.matchedIncidents()).isEqualTo(1);
        assertThat(report.mistakes()).isEmpty();
        assertThat(report.slotF1()).isEqualTo(1.0);
    }

    @Test
    void foldsCaseAccentsAndPunctuationInPlacesAndUsesThePlaceAliases() {
        Scorer withAliases = new Scorer(Function.identity(), p -> p.equals("Bombay") ? "Mumbai" : p);
        GoldArticle a = article(Set.of(), gold("bombing", "2008-11-26", "Saint-Étienne"), gold("armed_assault", "2008-11-26", "Mumbai"));

        EvalReport report = withAliases.score(List.of(a), Map.of("a1", new Prediction("a1", List.of(
                predicted("bombing", "2008-11-26", "SAINT ETIENNE"), predicted("armed_assault", "2008-11-26", "Bombay")))));

        assertThat(report.field(Field.PLACE).correct()).isEqualTo(2);
        assertThat(report.mistakes()).isEmpty();
    }

    @Test
    void resolvesPerpetratorAliases() {
        GoldIncident g = withPerpetrator(gold("bombing", "2022", "Kabul"), List.of("Islamic State Khorasan Province"));

        EvalReport report = scoreOne(g, withPerpetrator(predicted("bombing", "2022", "Kabul"), "ISIS-K"));

        assertThat(report.field(Field.PERPETRATOR).correct()).isEqualTo(1);
    }

    @Test
    void matchesGoldUnknownWithPredictedUnknownOrNull() {
        GoldIncident g = gold("bombing", "2022", "Kabul");

        assertThat(scoreOne(g, withPerpetrator(predicted("bombing", "2022", "Kabul"), "Unknown")).mistakes()).isEmpty();
        EvalReport withNull = scoreOne(g, withPerpetrator(predicted("bombing", "2022", "Kabul"), null));
        assertThat(withNull.mistakes()).isEmpty();
        assertThat(withNull.slotF1()).isEqualTo(1.0);
    }

    @Test
    void countsUnknownOrNullAgainstANamedGroupAsWrong() {
        GoldIncident g = withPerpetrator(gold("bombing", "2022", "Kabul"), List.of("Islamic State"));

        EvalReport unknown = scoreOne(g, predicted("bombing", "2022", "Kabul"));
        EvalReport none = scoreOne(g, withPerpetrator(predicted("bombing", "2022", "Kabul"), null));

        assertThat(unknown.field(Field.PERPETRATOR)).isEqualTo(new FieldScore(Field.PERPETRATOR, 0, 1));
        assertThat(none.field(Field.PERPETRATOR)).isEqualTo(new FieldScore(Field.PERPETRATOR, 0, 1));
        assertThat(none.predictedSlots()).isEqualTo(unknown.predictedSlots() - 1);
    }

    @Test
    void acceptsAnyGroupOfAGoldListIncludingUnknown() {
        GoldIncident g = withPerpetrator(gold("bombing", "2004-03-11", "Madrid"), List.of("al-Qaeda", "unknown"));

        assertThat(scoreOne(g, withPerpetrator(predicted("bombing", "2004-03-11", "Madrid"), "al Qaeda")).mistakes())
                .isEmpty(); // folding makes "al Qaeda" equal "al-Qaeda"
        assertThat(scoreOne(g, withPerpetrator(predicted("bombing", "2004-03-11", "Madrid"), null)).mistakes()).isEmpty();
        assertThat(scoreOne(g, withPerpetrator(predicted("bombing", "2004-03-11", "Madrid"), "ISIS")).mistakes()).hasSize(1);
    }

    @Test
    void skipsANullGoldPerpetratorWhateverIsPredicted() {
        GoldIncident g = withPerpetrator(gold("arrest", "2024-02", "Warsaw"), List.of());

        EvalReport report = scoreOne(g, withPerpetrator(predicted("arrest", "2024-02", "Warsaw"), "Islamic State"));

        assertThat(report.field(Field.PERPETRATOR).total()).isZero();
        assertThat(report.slotPrecision()).isEqualTo(1.0);
    }

    @Test
    void comparesDatesAtTheGoldPrecision() {
        assertThat(dateCorrect("2024-03", "2024-03-22")).isTrue();
        assertThat(dateCorrect("2024", "2024-03")).isTrue();
        assertThat(dateCorrect("2024-03", "2024-03")).isTrue();
        assertThat(dateCorrect("2024-03-22", "2024-03")).isFalse();
        assertThat(dateCorrect("2024-03-22", "2024-03-21")).isFalse();
        assertThat(dateCorrect("2024-03", "2024-04-01")).isFalse();
        assertThat(dateCorrect("2024-03-22", null)).isFalse();
    }

    private boolean dateCorrect(String gold, String predicted) {
        EvalReport report = scoreOne(gold("bombing", gold, "Moscow"), predicted("bombing", predicted, "Moscow"));
        return report.field(Field.DATE).correct() == 1;
    }

    @Test
    void countsAPredictedNumberWhereGoldIsNullAsWrong() {
        EvalReport report = scoreOne(gold("bombing", "2022", "Kabul"), withInjured(predicted("bombing", "2022", "Kabul"), 12));

        assertThat(report.field(Field.INJURED)).isEqualTo(new FieldScore(Field.INJURED, 0, 1));
        assertThat(report.predictedSlots()).isEqualTo(report.goldSlots() + 1);
        assertThat(report.mistakes()).singleElement().isInstanceOfSatisfying(Mistake.WrongField.class,
                m -> assertThat(m.field()).isEqualTo(Field.INJURED));
    }

    @Test
    void skipsAPredictedClaimWhereGoldIsNull() {
        GoldIncident g = new GoldIncident(List.of("bombing"), Optional.of("2022"), Optional.of("AF"), List.of("Kabul"),
                List.of("unknown"), OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), "e");

        EvalReport report = scoreOne(g, new PredictedIncident("bombing", Optional.of("2022"), Optional.of("AF"), Optional.of("Kabul"),
                Optional.of("unknown"), OptionalInt.empty(), OptionalInt.empty(), Optional.of(true), "p"));

        assertThat(report.field(Field.CLAIMED).total()).isZero();
        assertThat(report.slotF1()).isEqualTo(1.0);
    }

    @Test
    void skipsUnscoredFieldsOfTheArticle() {
        GoldArticle a = article(Set.of("killed", "injured"), gold("bombing", "2022", "Kabul"));

        EvalReport report = score(a, withInjured(withKilled(predicted("bombing", "2022", "Kabul"), 99), 7));

        assertThat(report.field(Field.KILLED).total()).isZero();
        assertThat(report.field(Field.INJURED).total()).isZero();
        assertThat(report.mistakes()).isEmpty();
        assertThat(report.slotF1()).isEqualTo(1.0);
    }

    @Test
    void pairsOneToOneWithTheBestAgreeingCandidate() {
        GoldArticle a = article(Set.of(), gold("bombing", "2015-11-13", "Saint-Denis"), gold("armed_assault", "2015-11-13", "Paris"));

        // The first prediction agrees with both gold incidents on date; only the second pairing agrees on type and place too.
        EvalReport report = score(a, predicted("armed_assault", "2015-11-13", "Paris"), predicted("bombing", "2015-11-13", "Saint-Denis"));

        assertThat(report.matchedIncidents()).isEqualTo(2);
        assertThat(report.mistakes()).isEmpty();
    }

    @Test
    void leavesTheSecondOfTwoCandidatesForOneGoldIncidentAsAFalseAlarm() {
        GoldArticle a = article(Set.of(), gold("bombing", "2017-05-22", "Manchester"));

        EvalReport report = score(a, predicted("bombing", "2017-05-21", "Manchester"), predicted("bombing", "2017-05-22", "Manchester"));

        assertThat(report.matchedIncidents()).isEqualTo(1);
        assertThat(report.field(Field.DATE).correct()).isEqualTo(1);
        assertThat(report.mistakes()).singleElement().isInstanceOfSatisfying(Mistake.FalseAlarm.class,
                m -> assertThat(m.predicted().date()).contains("2017-05-21"));
        assertThat(report.incidentPrecision()).isEqualTo(0.5);
        assertThat(report.incidentRecall()).isEqualTo(1.0);
    }

    @Test
    void neverPairsAnAttackWithASecurityEvent() {
        EvalReport report = scoreOne(gold("bombing", "2016-03-22", "Brussels"), predicted("arrest", "2016-03-22", "Brussels"));

        assertThat(report.matchedIncidents()).isZero();
        assertThat(report.mistakes()).hasSize(2);
    }

    @Test
    void pairsWithinAFamilyOnAgreeingDateOrPlaceEvenWhenTheTypeDiffers() {
        EvalReport report = scoreOne(gold("hostage_taking", "2013-09-21", "Nairobi"), predicted("armed_assault", "2013-09-21", "Nairobi"));

        assertThat(report.matchedIncidents()).isEqualTo(1);
        assertThat(report.field(Field.TYPE)).isEqualTo(new FieldScore(Field.TYPE, 0, 1));
    }

    @Test
    void doesNotPairOnCountryAlone() {
        EvalReport report = scoreOne(gold("bombing", "2015-11-13", "Paris"), predicted("armed_assault", "2016-07-14", "Nice"));

        assertThat(report.matchedIncidents()).isZero();
    }

    @Test
    void countsSlotsOfMatchedMissedAndFalseIncidents() {
        GoldArticle a = article(Set.of(), gold("bombing", "2016-03-22", "Brussels"), gold("arrest", "2016-03-18", "Brussels"));

        // Matched bombing with a wrong death toll; the arrest missed; a warning as a false alarm.
        EvalReport report = score(a, withKilled(predicted("bombing", "2016-03-22", "Brussels"), 32), predicted("warning", "2016-04", "Paris"));

        // Each of these incidents fills 7 slots: every field but injured.
        assertThat(report.goldSlots()).isEqualTo(14);
        assertThat(report.predictedSlots()).isEqualTo(14);
        assertThat(report.correctSlots()).isEqualTo(6);
        assertThat(report.slotF1()).isCloseTo(6.0 / 14, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(report.incidentF1()).isEqualTo(0.5);
    }

    @Test
    void listsEveryMistakeWithArticleIdAndEvidence() {
        GoldArticle a = article(Set.of(), gold("bombing", "2016-03-22", "Brussels"), gold("arrest", "2016-03-18", "Brussels"));

        String errors = score(a, withKilled(predicted("bombing", "2016-03-22", "Brussels"), 32), predicted("warning", "2016-04", "Paris"))
                .errorsText();

        assertThat(errors).isEqualTo("""
                a1  MISSED       arrest 2016-03-18 FR Brussels
                    "Gold says arrest in Brussels."
                a1  FALSE ALARM  warning 2016-04 FR Paris
                    "Predicted warning in Paris."
                a1  WRONG killed: gold 3, predicted 32  (in bombing 2016-03-22 FR Brussels)
                    "Gold says bombing in Brussels."
                """);
    }

    @Test
    void writesTheFiguresAsTextAndJson() {
        EvalReport report = scoreOne(gold("bombing", "2022", "Kabul"), predicted("bombing", "2022", "Kabul"));

        assertThat(report.toText()).contains("incidents", "slots", "perpetrator", "1.000", "n/a");
        assertThat(report.toJson()).contains("\"incidents\" : {", "\"f1\" : 1.0", "\"injured\" : {", "\"accuracy\" : null");
    }

    private static GoldIncident withPerpetrator(GoldIncident g, List<String> perpetrators) {
        return new GoldIncident(g.types(), g.date(), g.country(), g.places(), perpetrators, g.killed(), g.injured(), g.claimed(), g.evidence());
    }

    private static PredictedIncident withPerpetrator(PredictedIncident p, String perpetrator) {
        return new PredictedIncident(p.type(), p.date(), p.country(), p.place(), Optional.ofNullable(perpetrator), p.killed(), p.injured(),
                p.claimed(), p.evidence());
    }

    private static PredictedIncident withKilled(PredictedIncident p, int killed) {
        return new PredictedIncident(p.type(), p.date(), p.country(), p.place(), p.perpetrator(), OptionalInt.of(killed), p.injured(),
                p.claimed(), p.evidence());
    }

    private static PredictedIncident withInjured(PredictedIncident p, int injured) {
        return new PredictedIncident(p.type(), p.date(), p.country(), p.place(), p.perpetrator(), p.killed(), OptionalInt.of(injured),
                p.claimed(), p.evidence());
    }
}
