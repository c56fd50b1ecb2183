package org.vigil.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.StoreException;

/**
 * The audit entry of a change commits with the change or not at all: SQLite triggers, added to a real
 * database for the test, make one part of a change fail. Issue 5.
 */
class AuditLogTest {
    @TempDir
    Path dir;
    ReviewFixture f;

    @BeforeEach
    void open() {
        f = new ReviewFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("vigil.db")); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private long entries(String action) {
        return f.review.audit().recent(Optional.of(f.admin), 1000).stream().filter(e -> e.action().equals(action)).count();
    }

    @Test
    void aCorrectionThatCannotReachItsIncidentLeavesNeitherItNorItsAuditEntry() throws SQLException {
        sql("CREATE TRIGGER test_incident_locked BEFORE UPDATE ON incident BEGIN SELECT RAISE(ABORT, 'incident locked by the test'); END");

        assertThatThrownBy(() -> f.review.corrections().correct(Optional.of(f.analyst), f.incidentId(), Optional.empty(), CorrectionField.KILLED,
                "145", OptionalLong.empty()))
                .isInstanceOf(StoreException.class).hasMessageContaining("incident locked by the test");

        assertThat(entries("correction.add")).isZero();
        assertThat(f.review.corrections().history("crocus")).isEmpty();
    }

    @Test
    void aCommentWhoseAuditEntryCannotBeWrittenIsNotSaved() throws SQLException {
        sql("CREATE TRIGGER test_audit_full BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit log full'); END");

        assertThatThrownBy(() -> f.review.comments().post(Optional.of(f.reader), CommentTarget.article("crocus"), Optional.empty(), "Toll?"))
                .isInstanceOf(StoreException.class).hasMessageContaining("audit log full");

        assertThat(f.review.comments().count(CommentTarget.article("crocus"))).isZero();
    }

    @Test
    void everyChangeIsAuditedWithWhoDidIt() {
        f.review.comments().post(Optional.of(f.reader), CommentTarget.article("crocus"), Optional.empty(), "Toll?");
        f.review.corrections().correct(Optional.of(f.analyst), f.incidentId(), Optional.empty(), CorrectionField.KILLED, "145", OptionalLong.empty());

        assertThat(f.review.audit().recent(Optional.of(f.admin), 2)).extracting(AuditEntry::actor, AuditEntry::action)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("alice", "correction.add"), org.assertj.core.groups.Tuple.tuple("rita", "comment.add"));
    }
}
