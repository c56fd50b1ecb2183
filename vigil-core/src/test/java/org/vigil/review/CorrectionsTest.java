package org.vigil.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.eval.GoldArticle;
import org.vigil.eval.GoldFile;
import org.vigil.store.IncidentDetail;
import org.vigil.store.IncidentQuery;
import org.vigil.store.IncidentStore;

/** Corrections reach the incident, keep the original and their history, survive re-processing and make a gold file. */
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
        assertThat(f.incidents.incident(f.incidentId()).orElseThrow().incident().killed()).hasValue(139);
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
