package org.vigil.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.eval.GoldArticle;
import org.vigil.eval.GoldFile;
import org.vigil.extract.IncidentMention;
import org.vigil.ingest.Article;
import org.vigil.nlp.Span;
import org.vigil.store.IncidentDetail;
import org.vigil.store.IncidentPage;
import org.vigil.store.IncidentQuery;
import org.vigil.store.IncidentSearch;
import org.vigil.store.IncidentSort;
import org.vigil.store.IncidentStats;
import org.vigil.store.IncidentStore;

/**
 * Corrections reach the incident and the columns lists, sorting and counts read, keep the original and
 * their history, survive re-processing and merging, and make a gold file. Issue 5.
 */
class CorrectionsTest {
    @TempDir
    Path dir;
    ReviewFixture f;
    IncidentStore corrected;

    @BeforeEach
    void open() {
        f = new ReviewFixture(dir);
        corrected = f.review.corrected(f.incidents);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aCorrectedFigureReachesTheIncidentAndTheOriginalStays() {
        Correction c = f.review.corrections().correct(Optional.of(f.analyst), f.incidentId(), Optional.empty(), CorrectionField.KILLED, "145",
                OptionalLong.empty());
        assertThat(c.original()).contains("139");
        assertThat(c.author()).isEqualTo("alice");
        IncidentDetail detail = corrected.incident(f.incidentId()).orElseThrow();
        assertThat(detail.incident().killed()).hasValue(145);
        assertThat(detail.incident().incident().mention().killed()).hasValue(145);
        assertThat(detail.figures()).extracting(fig -> fig.value()).containsExactly(145);
        assertThat(corrected.incidents(IncidentQuery.all()).get(0).mention().killed()).hasValue(145);
        IncidentDetail stored = f.incidents.incident(f.incidentId()).orElseThrow();
        assertThat(stored.incident().killed()).as("the column lists and counts read").hasValue(145);
        assertThat(stored.sources().get(0).mention().killed()).as("the mention as extracted").hasValue(139);
        assertThat(stored.figures()).extracting(fig -> fig.value()).as("the figure as reported").containsExactly(139);
    }

    @Test
    void theNewestCorrectionWinsAndTheHistoryIsKept() {
        f.review.corrections().correct(Optional.of(f.analyst), f.incidentId(), Optional.empty(), CorrectionField.PERPETRATOR, "ISIS-K", OptionalLong.empty());
        f.review.corrections().correct(Optional.of(f.other), f.incidentId(), Optional.empty(), CorrectionField.PERPETRATOR,
                "Islamic State Khorasan Province", OptionalLong.empty());
        assertThat(corrected.incident(f.incidentId()).orElseThrow().incident().incident().mention().perpetrator())
                .contains("Islamic State Khorasan Province");
        assertThat(f.review.corrections().history("crocus")).extracting(Correction::shownValue, Correction::author)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ISIS-K", "alice"),
                        org.assertj.core.groups.Tuple.tuple("Islamic State Khorasan Province", "bob"));
    }

    @Test
    void aCorrectionReachesTheIncidentAgainAfterTheArticleIsReprocessed() {
        f.review.corrections().correct(Optional.of(f.analyst), f.incidentId(), Optional.empty(), CorrectionField.KILLED, "145", OptionalLong.empty());
        String reprocessed = "MOSCOW, March 23 - " + ReviewFixture.TEXT;
        f.incidents.save(ReviewFixture.article(reprocessed), List.of(ReviewFixture.mention(reprocessed)));
        long renumbered = f.incidentId();
        assertThat(corrected.incident(renumbered).orElseThrow().incident().killed()).hasValue(145);
    }

    private Correction correct(CorrectionField field, String value) {
        return f.review.corrections().correct(Optional.of(f.analyst), f.incidentId(), Optional.empty(), field, value, OptionalLong.empty());
    }

    private IncidentPage search(IncidentQuery query) {
        return f.incidents.search(IncidentSearch.of(query));
    }

    private Note noteOnKazan() {
        String passage = "A second blast hit a bus in Kazan.";
        int start = ReviewFixture.TEXT.indexOf(passage);
        return f.review.notes().add(Optional.of(f.analyst), "crocus", start, start + passage.length(), Optional.empty(), "extraction missed this");
    }

    @Test
    void aCorrectedCountryAndTollReachFiltersSortingAndCounts() {
        correct(CorrectionField.COUNTRY, "UA");
        correct(CorrectionField.KILLED, "145");

        assertThat(search(IncidentQuery.all().withCountry("RU")).total()).isZero();
        assertThat(search(IncidentQuery.all().withCountry("UA")).incidents()).singleElement()
                .satisfies(l -> assertThat(l.killed()).hasValue(145));
        IncidentStats stats = f.incidents.stats(IncidentSearch.of(IncidentQuery.all()), 10);
        assertThat(stats.killed()).isEqualTo(145);
        assertThat(stats.countries()).extracting(IncidentStats.NameCount::key).containsExactly("UA");
        assertThat(f.incidents.search(IncidentSearch.of(IncidentQuery.all()).sortedBy(IncidentSort.KILLED, true)).incidents().get(0).killed())
                .hasValue(145);
        // The command line's query runs in SQL over the same columns.
        assertThat(f.incidents.countIncidents(IncidentQuery.all().withCountry("UA"))).isEqualTo(1);
        assertThat(f.incidents.incidents(IncidentQuery.all().withCountry("UA"))).singleElement()
                .satisfies(i -> assertThat(i.mention().killed()).hasValue(145));
    }

    @Test
    void anIncidentJudgedNotAnIncidentLeavesListsAndCountsAndComesBackWhenTheVerdictIsReversed() {
        correct(CorrectionField.NOT_INCIDENT, "yes");

        assertThat(search(IncidentQuery.all()).total()).isZero();
        assertThat(f.incidents.stats(IncidentSearch.of(IncidentQuery.all()), 10).incidents()).isZero();
        assertThat(f.incidents.incidents(IncidentQuery.all())).isEmpty();
        assertThat(f.incidents.countIncidents(IncidentQuery.all())).isZero();
        assertThat(corrected.incident(f.incidentId())).as("its own page stays").isPresent();

        correct(CorrectionField.NOT_INCIDENT, "no");
        assertThat(search(IncidentQuery.all()).total()).isEqualTo(1);
    }

    @Test
    void aMissedIncidentIsListedAndCountedAsAddedByItsAnalyst() {
        Note note = noteOnKazan();
        f.review.corrections().addMissed(Optional.of(f.analyst), note, "bombing");
        f.review.corrections().correctMissed(Optional.of(f.analyst), note, CorrectionField.PLACE, "Kazan");
        f.review.corrections().correctMissed(Optional.of(f.analyst), note, CorrectionField.KILLED, "2");

        IncidentPage bombings = search(IncidentQuery.all().withType(org.vigil.extract.IncidentType.BOMBING));
        assertThat(bombings.incidents()).singleElement().satisfies(l -> {
            assertThat(l.incident().addedBy()).contains("alice");
            assertThat(l.incident().mention().articleId()).isEqualTo("crocus");
            assertThat(l.incident().mention().place()).contains("Kazan");
            assertThat(l.killed()).hasValue(2);
        });
        assertThat(f.incidents.stats(IncidentSearch.of(IncidentQuery.all()), 10).incidents()).isEqualTo(2);
        assertThat(search(IncidentQuery.all()).incidents()).filteredOn(l -> l.incident().addedBy().isEmpty()).hasSize(1);
    }

    @Test
    void reprocessingTheArticleKeepsCorrectionsInTheColumnsAndBringsBackTheMissedIncident() {
        correct(CorrectionField.KILLED, "145");
        f.review.corrections().addMissed(Optional.of(f.analyst), noteOnKazan(), "bombing");
        String reprocessed = "MOSCOW, March 23 - " + ReviewFixture.TEXT;
        f.incidents.save(ReviewFixture.article(reprocessed), List.of(ReviewFixture.mention(reprocessed)));

        IncidentPage all = f.incidents.search(IncidentSearch.of(IncidentQuery.all()).sortedBy(IncidentSort.KILLED, true));
        assertThat(all.incidents()).extracting(l -> l.killed().orElse(-1)).containsExactly(145, -1);
        assertThat(all.incidents().get(1).incident().mention().evidence().start())
                .isEqualTo(reprocessed.indexOf("A second blast hit a bus in Kazan."));
    }

    @Test
    void anotherReportJoiningTheIncidentDoesNotUndoTheCorrectedToll() {
        correct(CorrectionField.KILLED, "145");
        String later = "Gunmen attacked a concert hall near Moscow on Friday, killing 140 people.";
        Article second = new Article("crocus-later", Optional.empty(), "Crocus toll rises", LocalDate.of(2024, 3, 24), "en", later,
                Article.paragraphsOf(later), "Other News");
        IncidentMention m = ReviewFixture.mention(ReviewFixture.TEXT);
        f.incidents.save(second, List.of(new IncidentMention("crocus-later", m.type(), m.status(), m.date(), m.place(), m.country(),
                m.coordinates(), m.perpetrator(), OptionalInt.of(140), m.injured(), m.claimed(), m.certainty(), new Span(0, later.length()), later, 0.9)));

        assertThat(f.incidents.mentionsOfArticle("crocus-later").get(0).incidentId()).as("joined").isEqualTo(f.incidentId());
        assertThat(search(IncidentQuery.all()).incidents()).singleElement().satisfies(l -> assertThat(l.killed()).hasValue(145));
    }

    @Test
    void refusesAFieldTheIncidentCannotHave() {
        assertThatThrownBy(() -> f.review.corrections().correct(Optional.of(f.analyst), f.incidentId(), Optional.empty(), CorrectionField.INJURED,
                "-3", OptionalLong.empty()))
                .isInstanceOf(Refusal.BadInput.class)
                .hasMessage("A correction of 'injured' must be a whole number from 0 to 1000000, or 'none'; got '-3'");
    }

    @Test
    void exportsCorrectedArticlesAsAGoldFileEvalReads() throws IOException {
        f.review.corrections().correct(Optional.of(f.analyst), f.incidentId(), Optional.empty(), CorrectionField.KILLED, "145", OptionalLong.empty());
        int start = ReviewFixture.TEXT.indexOf("A second blast hit a bus in Kazan.");
        Note note = f.review.notes().add(Optional.of(f.analyst), "crocus", start, start + "A second blast hit a bus in Kazan.".length(),
                Optional.empty(), "extraction missed this bombing");
        f.review.corrections().addMissed(Optional.of(f.analyst), note, "bombing");
        f.review.corrections().correctMissed(Optional.of(f.analyst), note, CorrectionField.PLACE, "Kazan");

        StringWriter out = new StringWriter();
        assertThat(new GoldExport(f.incidents, f.review.corrections()).write(out)).isEqualTo(1);
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, out.toString());
        GoldArticle article = GoldFile.read(gold).articles().get(0);
        assertThat(article.id()).isEqualTo("crocus");
        assertThat(article.incidents()).hasSize(2);
        assertThat(out.toString()).contains("\"killed\":145").contains("\"type\":\"bombing\"").contains("\"place\":\"Kazan\"");
    }

    @Test
    void anIncidentJudgedNotAnIncidentLeavesTheGoldFile() throws IOException {
        f.review.corrections().correct(Optional.of(f.analyst), f.incidentId(), Optional.empty(), CorrectionField.NOT_INCIDENT, "yes", OptionalLong.empty());
        StringWriter out = new StringWriter();
        new GoldExport(f.incidents, f.review.corrections()).write(out);
        assertThat(out.toString()).contains("\"incidents\":[]");
    }
}
