package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.vigil.store.Samples.TEXT;
import static org.vigil.store.Samples.article;
import static org.vigil.store.Samples.count;
import static org.vigil.store.Samples.full;
import static org.vigil.store.Samples.scalar;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseFileTest {
    @TempDir
    Path dir;

    @Test
    void createsTheFileAndItsMissingFolders() {
        Path db = dir.resolve("home/.vigil/vigil.db");

        SqliteIncidentStore.open(db).close();

        assertThat(db).isRegularFile();
        // Each feature adds its own tables (feeds: V3, review: V4, alerts: V5, search speed: V6), so each one's are checked, not the whole list.
        assertThat(List.of(scalar(db, "SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%search_%' ORDER BY name)")
                .split(","))).contains("article", "article_search", "figure", "flyway_schema_history", "incident", "mention", "mention_search",
                        "article_url", "feed", "feed_item",
                        "account", "account_session", "article_rating", "source_grade", "review_comment", "note", "correction", "audit_log",
                        "watchlist", "watch_revision", "delivery_target", "subscription", "alert_state", "notification", "outbox",
                        "incident_change");
        List<Integer> versions = java.util.Arrays.stream(scalar(db, "SELECT group_concat(version) FROM (SELECT version FROM flyway_schema_history ORDER BY installed_rank)")
                .split(",")).map(Integer::parseInt).toList();
        assertThat(versions).isSorted().contains(1, 2, 3, 4, 5, 6);
    }

    @Test
    void reopeningAnExistingDatabaseAppliesNoMigrationTwiceAndKeepsItsData() {
        Path db = dir.resolve("vigil.db");
        try (SqliteIncidentStore store = SqliteIncidentStore.open(db)) {
            store.save(article("a1", TEXT), List.of(full("a1")));
        }
        String applied = scalar(db, "SELECT group_concat(version || ':' || installed_on) FROM flyway_schema_history");

        SqliteIncidentStore.open(db).close();
        try (SqliteIncidentStore store = SqliteIncidentStore.open(db)) {
            assertThat(store.articleCount()).isEqualTo(1);
            assertThat(store.countIncidents(IncidentQuery.all())).isEqualTo(1);
        }

        assertThat(count(db, "flyway_schema_history")).isEqualTo(applied.split(",").length);
        assertThat(scalar(db, "SELECT group_concat(version || ':' || installed_on) FROM flyway_schema_history")).isEqualTo(applied);
    }

    @Test
    void opensWithForeignKeysOnAndWriteAheadLogging() throws SQLException {
        try (Connection connection = DatabaseFile.open(dir.resolve("vigil.db")); Statement statement = connection.createStatement()) {
            assertThat(single(statement, "PRAGMA foreign_keys")).isEqualTo("1");
            assertThat(single(statement, "PRAGMA journal_mode")).isEqualTo("wal");
            assertThatThrownBy(() -> statement.executeUpdate("""
                    INSERT INTO figure (incident_id, mention_id, kind, value, reported_at) VALUES (7, 7, 'killed', 1, '2024-01-01')"""))
                    .hasMessageContaining("FOREIGN KEY constraint failed");
        }
    }

    @Test
    void refusesAFileThatIsNotSqlite() throws Exception {
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "Meeting notes, not a database.\n".repeat(20));

        assertThatThrownBy(() -> SqliteIncidentStore.open(notes))
                .isInstanceOf(StoreException.class)
                .hasMessage(notes + " is not a Vigil database: it is not a SQLite file");
        assertThat(Files.readString(notes)).isEqualTo("Meeting notes, not a database.\n".repeat(20));
    }

    @Test
    void refusesASqliteDatabaseOfAnotherProgram() throws SQLException {
        Path other = dir.resolve("other.db");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + other); Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)");
        }

        assertThatThrownBy(() -> SqliteIncidentStore.open(other))
                .isInstanceOf(StoreException.class)
                .hasMessage(other + " is not a Vigil database: it is a SQLite database with tables of its own and no Vigil schema history");
        assertThat(count(other, "customer")).isZero();
    }

    @Test
    void refusesAFolder() {
        assertThatThrownBy(() -> SqliteIncidentStore.open(dir))
                .isInstanceOf(StoreException.class)
                .hasMessage(dir + " is not a Vigil database: it is a folder");
    }

    @Test
    void refusesAPathWhoseFolderIsAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("plain"), "x");

        assertThatThrownBy(() -> SqliteIncidentStore.open(file.resolve("vigil.db")))
                .isInstanceOf(StoreException.class)
                .hasMessageStartingWith(file.resolve("vigil.db") + " is not a Vigil database: its folder " + file + " cannot be created");
    }

    @Test
    void refusesAFileThatCannotBeWritten() throws Exception {
        Path db = dir.resolve("vigil.db");
        SqliteIncidentStore.open(db).close();
        Files.setPosixFilePermissions(db, PosixFilePermissions.fromString("r--r--r--"));
        assumeFalse(Files.isWritable(db), "the superuser may write any file");

        assertThatThrownBy(() -> SqliteIncidentStore.open(db))
                .isInstanceOf(StoreException.class)
                .hasMessage(db + " is not a Vigil database: the file is not writable");
    }

    @Test
    void opensAnEmptyFileAsANewDatabase() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.db"));

        try (SqliteIncidentStore store = SqliteIncidentStore.open(empty)) {
            assertThat(store.articleCount()).isZero();
        }
    }

    private static String single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
