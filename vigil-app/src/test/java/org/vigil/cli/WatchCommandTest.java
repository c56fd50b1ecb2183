package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.review.Account;
import org.vigil.review.CorrectionField;
import org.vigil.review.Review;
import org.vigil.review.Role;
import org.vigil.review.SqliteReviewStore;
import org.vigil.store.SqliteIncidentStore;

/** {@code vigil watch} in process against a real SQLite store: add, list, remove, and an ingest that alerts. */
class WatchCommandTest {
    private static Components components;

    @TempDir
    Path dir;


    @BeforeAll
    static void loadOnce() {
        components = Run.components();
    }

    private static Run vigil(String... args) {
        return Run.vigil(args);
    }

    @Test
    void addedWatchlistAlertsItsUserWhenAMatchingArticleIsIngested() throws Exception {
        String db = dir.resolve("vigil.db").toString();
        Run add = vigil("watch", "add", "ISKP in Europe", "--group", "ISKP", "--region", "europe", "--user", "ana", "--db", db);
        assertThat(add.status()).as(add.err()).isZero();
        assertThat(add.out()).startsWith("Added watchlist 1 'ISKP in Europe' for ana: ")
                .contains("\"groups\":[\"Islamic State Khorasan Province\"]", "\"regions\":[\"Europe\"]");

        Path article = Files.writeString(dir.resolve("paris.txt"),
                "Gunmen attacked a concert hall in Paris on Friday, killing 15 people. Islamic State Khorasan Province claimed the attack.\n");
        Run ingest = vigil("ingest", article.toString(), "--published", "2024-03-23", "--db", db);
        assertThat(ingest.status()).as(ingest.err()).isZero();

        Run notifications = vigil("watch", "notifications", "--user", "ana", "--db", db);
        // The extractor is tuned elsewhere; only what the watchlist needs is pinned here.
        assertThat(notifications.out()).contains("\tnew\t", " in Paris, FR ", "(Islamic State Khorasan Province)");
        assertThat(vigil("watch", "notifications", "--user", "ben", "--db", db).out()).isEmpty();
    }

    @Test
    void listsAndRemovesOnlyTheUsersOwnWatchlists() {
        String db = dir.resolve("vigil.db").toString();
        vigil("watch", "add", "near office", "--near", "48.8566,2.3522,50", "--box", "40,-5,45,5", "--user", "ana", "--db", db);
        assertThat(vigil("watch", "list", "--user", "ana", "--db", db).out()).contains("near office", "\"geofences\":[\"48.8566,2.3522,50\",\"box:40,-5,45,5\"]");
        assertThat(vigil("watch", "list", "--user", "ben", "--db", db).out()).startsWith("No watchlists for ben");

        Run foreign = vigil("watch", "remove", "near office", "--user", "ben", "--db", db);
        assertThat(foreign.status()).isEqualTo(2);
        assertThat(foreign.err()).isEqualTo("error: ben has no watchlist 'near office'" + System.lineSeparator());
        assertThat(vigil("watch", "remove", "near office", "--user", "ana", "--db", db).out()).isEqualTo("Removed watchlist 'near office'." + System.lineSeparator());
    }

    @Test
    void refusesBadCriteriaNamingEveryProblem() {
        Run bad = vigil("watch", "add", "x", "--type", "picnic", "--near", "91,0,5", "--db", dir.resolve("vigil.db").toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("error: Unknown incident type 'picnic'", "error: Geofence '91,0,5': latitude must be between -90 and 90, got 91.0");
    }

    @Test
    void webhookToLoopbackIsRefusedUnlessAllowed() {
        Run refused = vigil("watch", "target", "--webhook", "http://127.0.0.1:9/hook", "--secret", "0123456789abcdef", "--db", dir.resolve("vigil.db").toString());
        // Not checked where an administrator allowed private targets on this machine.
        if (!org.vigil.alert.AlertSettings.load().allowPrivateWebhooks()) {
            assertThat(refused.status()).isEqualTo(2);
            assertThat(refused.err()).startsWith("error: Webhook URL 'http://127.0.0.1:9/hook' is refused");
        }
    }

    @Test
    void ingestMatchesWithTheAnalystsCorrectionsAsTheWebDoes() throws Exception {
        Path db = dir.resolve("vigil.db");
        String report = "Gunmen attacked a concert hall in Paris on Friday, killing 15 people.";
        Path article = Files.writeString(dir.resolve("paris.jsonl"), "{\"id\": \"paris-hall\", \"published\": \"2024-03-23\", \"text\": \"" + report + "\"}\n");
        assertThat(vigil("ingest", article.toString(), "--db", db.toString()).status()).isZero();
        try (SqliteIncidentStore incidents = SqliteIncidentStore.open(db); SqliteReviewStore store = SqliteReviewStore.open(db)) {
            Review review = Review.over(store, incidents);
            Account alice = review.accounts().add(Optional.empty(), "alice", Role.ANALYST, "correct horse battery");
            review.corrections().correct(Optional.of(alice), incidents.mentionsOfArticle("paris-hall").get(0).incidentId(), Optional.empty(),
                    CorrectionField.KILLED, "25", OptionalLong.empty());
        }
        vigil("watch", "add", "toll over 20", "--min-killed", "20", "--user", "ana", "--db", db.toString());

        // The same article read again, updated: matching sees the corrected toll, not the extracted 15.
        Files.writeString(article, "{\"id\": \"paris-hall\", \"published\": \"2024-03-23\", \"text\": \"" + report
                + "\\n\\nPolice sealed off the area.\"}\n");
        Run ingest = vigil("ingest", article.toString(), "--db", db.toString());
        assertThat(ingest.status()).as(ingest.err()).isZero();

        assertThat(vigil("watch", "notifications", "--user", "ana", "--db", db.toString()).out()).contains("\tnew\t", "25 killed");
    }
}
