package org.vigil.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.vigil.extract.Certainty;
import org.vigil.extract.IncidentMention;
import org.vigil.extract.IncidentStatus;
import org.vigil.extract.IncidentType;
import org.vigil.nlp.PartialDate;
import org.vigil.nlp.Span;

// Issue 7: decide with group, figures, place granularity and evidence text; say why.
class IncidentMergerTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 22);
    private static final Place MOSCOW_OBLAST = new Place("Moscow Oblast", "RU", Place.Kind.REGION, Double.NaN, Double.NaN, 0, "Moscow Oblast");
    private final IncidentMerger merger = new IncidentMerger(new LexicalSimilarity(),
            PlaceLookup.of((name, hint) -> name.equals("Moscow Oblast") ? Optional.of(MOSCOW_OBLAST) : Optional.empty(),
                    name -> name.equals("Moscow Oblast") ? List.of(MOSCOW_OBLAST) : List.of()));

    private static ReportedMention mention(String article, IncidentType type, LocalDate date, String place, IncidentMention.Coordinates at,
            String country, String group, Integer killed, String evidence, int publishedAfter) {
        return new ReportedMention(new IncidentMention(article, type, IncidentStatus.COMPLETED, Optional.ofNullable(date).map(PartialDate::ofDay),
                Optional.ofNullable(place), Optional.ofNullable(country), Optional.ofNullable(at), Optional.ofNullable(group),
                killed == null ? OptionalInt.empty() : OptionalInt.of(killed), OptionalInt.empty(), Optional.empty(), Certainty.STATED,
                new Span(0, evidence.length()), evidence, 0.9), DAY.plusDays(publishedAfter), "outlet");
    }

    private static final IncidentMention.Coordinates KRASNOGORSK = new IncidentMention.Coordinates(55.82, 37.33);
    private static final ReportedMention FIRST = mention("a1", IncidentType.ARMED_ASSAULT, DAY, "Krasnogorsk", KRASNOGORSK, "RU", null, 40,
            "Gunmen opened fire at Crocus City Hall in Krasnogorsk, killing at least 40 people.", 0);

    @Test
    void joinsATownInsideTheRegionALaterReportNames() {
        ReportedMention later = mention("a2", IncidentType.ARMED_ASSAULT, DAY, "Moscow Oblast", null, "RU", "Islamic State", 139,
                "The toll from Friday's attack on Crocus City Hall in the Moscow region rose to 139.", 4);

        MergeDecision decision = merger.decide(later, List.of(new MergeCandidate(7, List.of(FIRST))));

        assertThat(decision).isInstanceOf(MergeDecision.Join.class);
        assertThat(((MergeDecision.Join) decision).incidentId()).isEqualTo(7);
        assertThat(decision.reason()).startsWith("joined incident 7 (score ")
                .contains("same type armed_assault (+1.0)", "same day 2024-03-22 (+1.0)", "Krasnogorsk may lie inside Moscow Oblast (+0.6)");
    }

    @Test
    void joinsAnOvernightAttackDatedADayLaterWithTheSameGroupAndPlace() {
        ReportedMention a = mention("a1", IncidentType.BOMBING, DAY, "Quetta", null, "PK", "Balochistan Liberation Army", 26,
                "A suicide bomber blew himself up at the railway station in Quetta, killing 26.", 0);
        ReportedMention b = mention("a2", IncidentType.BOMBING, DAY.plusDays(1), "Quetta", null, "PK", "Balochistan Liberation Army", 32,
                "The toll from the bombing at Quetta railway station rose to 32.", 1);

        assertThat(merger.decide(b, List.of(new MergeCandidate(1, List.of(a))))).isInstanceOf(MergeDecision.Join.class);
    }

    @Test
    void startsANewIncidentInAnotherCountryWhateverElseAgrees() {
        ReportedMention elsewhere = mention("a2", IncidentType.ARMED_ASSAULT, DAY, "Krasnogorsk", KRASNOGORSK, "UA", null, 40,
                "Gunmen opened fire at Crocus City Hall in Krasnogorsk, killing at least 40 people.", 0);

        MergeDecision decision = merger.decide(elsewhere, List.of(new MergeCandidate(3, List.of(FIRST))));

        assertThat(decision).isInstanceOf(MergeDecision.Start.class);
        assertThat(decision.reason()).startsWith("new incident: closest was incident 3, ruled out: ")
                .contains("different countries UA and RU (veto)");
    }

    @Test
    void needsASharedPlaceGroupOrTollNotJustADayAndAType() {
        ReportedMention vague = mention("a2", IncidentType.ARMED_ASSAULT, DAY, null, null, "RU", null, null,
                "Gunmen opened fire at Crocus City Hall in Krasnogorsk, killing dozens of people.", 0);

        MergeDecision decision = merger.decide(vague, List.of(new MergeCandidate(3, List.of(FIRST))));

        assertThat(decision).isInstanceOf(MergeDecision.Join.class);
        ReportedMention unrelated = mention("a3", IncidentType.ARMED_ASSAULT, DAY, null, null, "RU", null, null,
                "Police said a man with a knife wounded two guards at a railway depot.", 0);
        assertThat(merger.decide(unrelated, List.of(new MergeCandidate(3, List.of(FIRST)))).reason())
                .startsWith("new incident: closest was incident 3, no shared place, group, toll or near-identical evidence");
    }

    @Test
    void neverMergesTwoMentionsTheExtractorTookFromOneSentence() {
        ReportedMention twin = new ReportedMention(FIRST.mention(), DAY, "outlet");

        assertThat(merger.decide(twin, List.of(new MergeCandidate(3, List.of(FIRST)))).reason())
                .isEqualTo("new incident: the only candidates are other incidents stated in the same sentence");
    }

    @Test
    void startsANewIncidentWhenNothingWasFoundByBlocking() {
        assertThat(merger.decide(FIRST, List.of()).reason()).isEqualTo("new incident: no stored incident of the same kind, dates and country");
    }

    @Test
    void picksTheBetterOfTwoCandidates() {
        ReportedMention kabulBomb = mention("k1", IncidentType.BOMBING, DAY, "Kabul", null, "AF", "Islamic State Khorasan Province", 1,
                "A suicide bomber struck outside the urban development ministry in Kabul.", 0);
        ReportedMention kabulShooting = mention("k2", IncidentType.ARMED_ASSAULT, DAY, "Kabul", null, "AF", null, 2,
                "Gunmen killed two guards at a checkpoint in Kabul.", 0);
        ReportedMention claim = mention("k3", IncidentType.BOMBING, DAY, "Kabul", null, "AF", "Islamic State Khorasan Province", 1,
                "Islamic State Khorasan Province claimed the suicide bombing at the ministry in Kabul.", 1);

        MergeDecision decision = merger.decide(claim, List.of(new MergeCandidate(1, List.of(kabulShooting)), new MergeCandidate(2, List.of(kabulBomb))));

        assertThat(((MergeDecision.Join) decision).incidentId()).isEqualTo(2);
    }
    // Reports whose extracted place is missing or wrong, read again through their own words.
    private static final IncidentMerger WITH_GAZETTEER = new IncidentMerger(new LexicalSimilarity(), PlaceLookup.of(Gazetteer.load()));
    private static final IncidentMention.Coordinates SOLINGEN = new IncidentMention.Coordinates(51.17, 7.08);
    private static final ReportedMention STABBING = mention("s1", IncidentType.ARMED_ASSAULT, DAY, "Solingen", SOLINGEN, "DE", null, 3,
            "A man killed three people with a knife at a street festival in Solingen on Friday night.", 0);

    /** A mention without a place, whose article has the given title and text (its evidence is the text's first sentence). */
    private static ReportedMention unplaced(String article, IncidentType type, String country, Integer killed, String title, String text) {
        String evidence = text.substring(0, text.indexOf('.') + 1);
        ReportedMention m = mention(article, type, DAY, null, null, country, null, killed, evidence, 1);
        return new ReportedMention(m.mention(), m.published(), m.source(), title, text);
    }

    @Test
    void joinsAReportWhoseCountryCameFromADemonymWhenItsSentenceNamesTheTown() {
        ReportedMention claim = unplaced("s2", IncidentType.ARMED_ASSAULT, "SY", 3, "Islamic State claims stabbing",
                "Islamic State claimed the knife attack in Solingen that killed three people. A Syrian man turned himself in.");

        MergeDecision decision = WITH_GAZETTEER.decide(claim, List.of(new MergeCandidate(4, List.of(STABBING))));

        assertThat(decision).isInstanceOf(MergeDecision.Join.class);
        assertThat(decision.reason()).contains("countries SY and DE differ, but its sentence names Solingen", "its sentence names Solingen (+1.5)");
        assertThat(WITH_GAZETTEER.countriesNamedBy(claim)).containsExactly("DE");
    }

    @Test
    void joinsAnUnplacedAttackWhoseArticleNamesTheTownElsewhere() {
        ReportedMention toll = unplaced("s3", IncidentType.ARMED_ASSAULT, null, 3, "Festival stabbing: what we know",
                "Three people were killed and eight wounded on Friday night, police said. The festival in Solingen was cancelled.");

        MergeDecision decision = WITH_GAZETTEER.decide(toll, List.of(new MergeCandidate(4, List.of(STABBING))));

        assertThat(decision).isInstanceOf(MergeDecision.Join.class);
        assertThat(decision.reason()).contains("its article names Solingen (+1.0)");
    }

    @Test
    void keepsAnUnplacedArrestApartFromAnotherArrestInTheTownItsArticleNames() {
        ReportedMention first = mention("a1", IncidentType.ARREST, DAY, "Solingen", SOLINGEN, "DE", null, null,
                "A Syrian man suspected of the Solingen stabbing turned himself in to police in Solingen.", 0);
        ReportedMention second = unplaced("a2", IncidentType.ARREST, "DE", null, "Manhunt in Solingen",
                "A 15-year-old was detained on suspicion of knowing about the plans, police said. Officers searched Solingen overnight.");

        assertThat(WITH_GAZETTEER.decide(second, List.of(new MergeCandidate(5, List.of(first))))).isInstanceOf(MergeDecision.Start.class);
    }

    @Test
    void keepsTheVetoWhenTheMentionHasAFarAwayPlaceOfItsOwn() {
        ReportedMention elsewhere = mention("q2", IncidentType.ARMED_ASSAULT, DAY, "Berlin", new IncidentMention.Coordinates(52.52, 13.40), "DE",
                null, 3, "A man killed three people with a knife in Berlin on Friday, a week after the Solingen attack.", 1);

        assertThat(WITH_GAZETTEER.decide(elsewhere, List.of(new MergeCandidate(4, List.of(STABBING))))).isInstanceOf(MergeDecision.Start.class);
    }

    @Test
    void aLaterReportWhoseTollFallsFarBelowAnEarlierOneSpeaksAgainstOneIncident() {
        ReportedMention lido = mention("l1", IncidentType.ARMED_ASSAULT, DAY, "Mogadishu", null, "SO", "al-Shabaab", 20,
                "Al-Shabaab fighters stormed a beachfront restaurant in Mogadishu, killing at least 20 people.", 0);
        ReportedMention roadside = mention("l2", IncidentType.BOMBING, DAY, "Mogadishu", null, "SO", "al-Shabaab", 2,
                "A roadside bomb killed two soldiers near Mogadishu, a military officer said.", 1);

        MergeDecision decision = merger.decide(roadside, List.of(new MergeCandidate(6, List.of(lido))));

        assertThat(decision.reason()).contains("toll 20 then 2 falls too far for a revision (-1.0)");
    }
}
