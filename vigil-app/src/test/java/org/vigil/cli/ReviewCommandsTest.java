package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.eval.GoldFile;
import org.vigil.extract.Certainty;
import org.vigil.extract.IncidentMention;
import org.vigil.extract.IncidentStatus;
import org.vigil.extract.IncidentType;
import org.vigil.ingest.Article;
import org.vigil.nlp.Span;
import org.vigil.review.CorrectionField;
import org.vigil.review.Review;
import org.vigil.review.SqliteReviewStore;
import org.vigil.store.SqliteIncidentStore;
import picocli.CommandLine;

/** {@code vigil user add}, {@code vigil export-gold}, and {@code vigil incidents} showing and filtering on corrected values. Issue 5. */
class ReviewCommandsTest {
    static final String TEXT = "A car bomb exploded in Mogadishu, killing 7 people.";

    @TempDir
    Path dir;


    @AfterEach
    void restoreInput() {
        UserCommand.Add.input = System.in;
    }

    private Run vigil(String stdin, String... args) {
        UserCommand.Add.input = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Vigil.commandLine(new Components(List.of()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return new Run(cli.execute(args), out.toString(), err.toString());
    }

    @Test
    void userAddCreatesTheFirstAdminWithThePasswordFromStandardInput() {
        Path db = dir.resolve("vigil.db");
        Run run = vigil("correct horse battery\n", "user", "add", "root", "--role", "admin", "--db", db.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Added admin 'root' to ");
        try (SqliteIncidentStore incidents = SqliteIncidentStore.open(db); SqliteReviewStore store = SqliteReviewStore.open(db)) {
            assertThat(Review.over(store, incidents).accounts().logIn("root", "correct horse battery")).isPresent();
        }
    }

    @Test
    void userAddRefusesAnUnknownRoleAndAShortPassword() {
        Path db = dir.resolve("vigil.db");
        assertThat(vigil("x\n", "user", "add", "eve", "--role", "boss", "--db", db.toString()).err())
                .isEqualTo("error: Option '--role' must be admin, analyst, reader; got 'boss'\n");
        assertThat(vigil("short\n", "user", "add", "eve", "--role", "reader", "--db", db.toString()).err())
                .isEqualTo("error: Password must have 10 to 1024 characters; got 5\n");
        assertThat(vigil("", "user", "add", "eve", "--role", "reader", "--db", db.toString()).err())
                .startsWith("error: no password on standard input");
    }

    /** Stores the Mogadishu bombing (7 killed, SO) and returns its incident's id. */
    private static long saveMogadishu(SqliteIncidentStore incidents) {
        Article article = new Article("mog", Optional.empty(), "Mogadishu bombing", LocalDate.of(2024, 5, 2), "en", TEXT,
                Article.paragraphsOf(TEXT), "Example News");
        incidents.save(article, List.of(new IncidentMention("mog", IncidentType.BOMBING, IncidentStatus.COMPLETED, Optional.empty(),
                Optional.of("Mogadishu"), Optional.of("SO"), Optional.empty(), Optional.empty(), OptionalInt.of(7), OptionalInt.empty(),
                Optional.empty(), Certainty.STATED, new Span(0, TEXT.length()), TEXT, 0.8)));
        return incidents.mentionsOfArticle("mog").get(0).incidentId();
    }

    @Test
    void incidentsFiltersOnCorrectedValuesListsAddedIncidentsAndLeavesOutWhatIsNotAnIncident() {
        Path db = dir.resolve("vigil.db");
        vigil("correct horse battery\n", "user", "add", "alice", "--role", "analyst", "--db", db.toString());
        try (SqliteIncidentStore incidents = SqliteIncidentStore.open(db); SqliteReviewStore store = SqliteReviewStore.open(db)) {
            long id = saveMogadishu(incidents);
            Review review = Review.over(store, incidents);
            var alice = Optional.of(review.accounts().logIn("alice", "correct horse battery").orElseThrow().account());
            review.corrections().correct(alice, id, Optional.empty(), CorrectionField.COUNTRY, "KE", OptionalLong.empty());
            var note = review.notes().add(alice, "mog", 0, 11, Optional.empty(), "a second device?");
            review.corrections().addMissed(alice, note, "armed_assault");
        }
        assertThat(vigil("", "incidents", "--db", db.toString(), "--country", "SO").out()).endsWith("0 incidents\n");
        assertThat(vigil("", "incidents", "--db", db.toString(), "--country", "KE").out()).contains("Mogadishu").endsWith("1 incident\n");
        Run json = vigil("", "incidents", "--db", db.toString(), "--type", "armed_assault", "--format", "json");
        assertThat(json.out()).contains("\"addedBy\" : \"alice\"").contains("\"article\" : \"mog\"");

        try (SqliteIncidentStore incidents = SqliteIncidentStore.open(db); SqliteReviewStore store = SqliteReviewStore.open(db)) {
            Review review = Review.over(store, incidents);
            var alice = Optional.of(review.accounts().logIn("alice", "correct horse battery").orElseThrow().account());
            review.corrections().correct(alice, incidents.mentionsOfArticle("mog").get(0).incidentId(), Optional.empty(),
                    CorrectionField.NOT_INCIDENT, "yes", OptionalLong.empty());
        }
        assertThat(vigil("", "incidents", "--db", db.toString(), "--format", "csv").out()).doesNotContain("Mogadishu").contains(",alice\r\n");
    }

    @Test
    void incidentsShowsCorrectedValuesAndExportGoldWritesTheCorrectedArticle() throws Exception {
        Path db = dir.resolve("vigil.db");
        vigil("correct horse battery\n", "user", "add", "alice", "--role", "analyst", "--db", db.toString());
        try (SqliteIncidentStore incidents = SqliteIncidentStore.open(db); SqliteReviewStore store = SqliteReviewStore.open(db)) {
            long id = saveMogadishu(incidents);
            Review review = Review.over(store, incidents);
            var alice = review.accounts().logIn("alice", "correct horse battery").orElseThrow().account();
            review.corrections().correct(Optional.of(alice), id, Optional.empty(), CorrectionField.KILLED, "8", OptionalLong.empty());
        }
        Run list = vigil("", "incidents", "--db", db.toString(), "--format", "json");
        assertThat(list.status()).as(list.err()).isZero();
        assertThat(list.out()).contains("\"killed\" : 8").doesNotContain("\"killed\" : 7");

        Path gold = dir.resolve("out/gold.jsonl");
        Run export = vigil("", "export-gold", "--out", gold.toString(), "--db", db.toString());
        assertThat(export.status()).as(export.err()).isZero();
        assertThat(export.out()).startsWith("Wrote 1 corrected article to ");
        assertThat(GoldFile.read(gold).articles().get(0).incidents()).hasSize(1);
    }
}
