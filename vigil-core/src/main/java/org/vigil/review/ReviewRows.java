package org.vigil.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/** Turns rows of the review tables, as {@link SqliteReviewStore} selects them, into records. */
final class ReviewRows {
    /** Reads one record from the current row. */
    interface Reader<T> {
        T read(ResultSet r) throws SQLException;
    }

    private ReviewRows() {
    }

    static Account account(ResultSet r) throws SQLException {
        return new Account(r.getLong("account_id"), r.getString("account_name"),
                Role.fromCode(r.getString("account_role")).orElseThrow(() -> new IllegalStateException("Stored role is unknown")));
    }

    static AccountStatus accountStatus(ResultSet r) throws SQLException {
        return new AccountStatus(account(r), Instant.parse(r.getString("created_at")),
                Optional.ofNullable(r.getString("disabled_at")).map(Instant::parse));
    }

    static SourceGrade sourceGrade(ResultSet r) throws SQLException {
        return new SourceGrade(r.getString("outlet"), Grade.valueOf(r.getString("grade")), r.getString("name"), Instant.parse(r.getString("graded_at")));
    }

    static Comment comment(ResultSet r) throws SQLException {
        long parent = r.getLong("parent_id");
        Optional<Long> parentId = r.wasNull() ? Optional.empty() : Optional.of(parent);
        CommentTarget target = new CommentTarget(CommentTarget.Kind.fromCode(r.getString("target_kind")).orElseThrow(), r.getString("target_id"));
        return new Comment(r.getLong("id"), target, parentId, r.getLong("account_id"), r.getString("account_name"), r.getString("body"),
                Instant.parse(r.getString("created_at")), Optional.ofNullable(r.getString("edited_at")).map(Instant::parse),
                r.getString("deleted_at") != null);
    }

    static Note note(ResultSet r) throws SQLException {
        TextAnchor anchor = new TextAnchor(r.getString("exact"), r.getString("prefix"), r.getString("suffix"), r.getInt("start_offset"), r.getInt("end_offset"));
        return new Note(r.getLong("id"), r.getString("article_id"), r.getLong("account_id"), r.getString("account_name"), anchor, r.getString("body"),
                Instant.parse(r.getString("created_at")));
    }

    static Correction correction(ResultSet r) throws SQLException {
        long incident = r.getLong("incident_id");
        OptionalLong incidentId = r.wasNull() ? OptionalLong.empty() : OptionalLong.of(incident);
        long note = r.getLong("note_id");
        OptionalLong noteId = r.wasNull() ? OptionalLong.empty() : OptionalLong.of(note);
        CorrectionField field = CorrectionField.fromCode(r.getString("field"))
                .orElseThrow(() -> new IllegalStateException("Stored correction field is unknown"));
        return new Correction(r.getLong("id"), r.getString("article_id"), r.getString("evidence_text"), r.getInt("evidence_start"), incidentId,
                field, Optional.ofNullable(r.getString("value")), Optional.ofNullable(r.getString("original")), noteId,
                r.getLong("account_id"), r.getString("name"), Instant.parse(r.getString("created_at")));
    }
}
