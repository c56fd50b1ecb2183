package org.vigil.review;

import static org.vigil.review.ReviewConnection.first;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Supplier;
import org.vigil.store.AppliedCorrections;
import org.vigil.store.SqliteIncidentStore;

/**
 * A {@link ReviewStore} in the same SQLite file as the incidents, in the tables of migration
 * {@code V4__review.sql}. It has its own connection ({@link ReviewConnection}, which runs the statements);
 * SQLite's write-ahead log lets both share the file.
 */
public final class SqliteReviewStore implements ReviewStore {
    private static final String ACCOUNT_COLUMNS = "a.id AS account_id, a.name AS account_name, a.role AS account_role";
    private static final String COMMENT = "SELECT c.*, " + ACCOUNT_COLUMNS
            + " FROM review_comment c JOIN account a ON a.id = c.account_id WHERE ";
    private static final String STATUS = "SELECT " + ACCOUNT_COLUMNS + ", a.created_at, a.disabled_at FROM account a ";
    private static final String NOTE = "SELECT n.*, " + ACCOUNT_COLUMNS + " FROM note n JOIN account a ON a.id = n.account_id WHERE ";

    private final ReviewConnection sql;

    private SqliteReviewStore(ReviewConnection sql) {
        this.sql = sql;
    }

    /** Opens the Vigil database in {@code file}, creating it and bringing its schema up to date as the incident store does. */
    public static SqliteReviewStore open(Path file) {
        Path path = file.toAbsolutePath();
        SqliteIncidentStore.open(path).close();
        return new SqliteReviewStore(ReviewConnection.open(path));
    }

    @Override
    public synchronized <T> T inTransaction(Within<T> work) {
        // Every method is synchronized, so no other thread's statement can slip into this transaction.
        return sql.inTransaction(work);
    }

    @Override
    public <T> T transaction(Supplier<T> work) {
        return inTransaction(connection -> work.get());
    }

    @Override
    public synchronized Account addAccount(String name, Role role, String passwordHash, Instant at) {
        long id = sql.insert("INSERT INTO account (name, name_key, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id",
                name, name.toLowerCase(Locale.ROOT), role.code(), passwordHash, at.toString());
        return new Account(id, name, role);
    }

    @Override
    public synchronized Optional<Credentials> credentials(String name) {
        return first(sql.query("SELECT a.*, " + ACCOUNT_COLUMNS + " FROM account a WHERE a.name_key = ?",
                r -> new Credentials(ReviewRows.account(r), r.getString("password_hash"), r.getString("disabled_at") != null), name.toLowerCase(Locale.ROOT)));
    }

    @Override
    public synchronized List<AccountStatus> accounts() {
        return sql.query(STATUS + "ORDER BY a.name_key", ReviewRows::accountStatus);
    }

    @Override
    public synchronized Optional<AccountStatus> account(long id) {
        return first(sql.query(STATUS + "WHERE a.id = ?", ReviewRows::accountStatus, id));
    }

    @Override
    public synchronized void setRole(long accountId, Role role) {
        sql.update("UPDATE account SET role = ? WHERE id = ?", role.code(), accountId);
    }

    @Override
    public synchronized void setDisabled(long accountId, Optional<Instant> at) {
        sql.update("UPDATE account SET disabled_at = ? WHERE id = ?", at.map(Instant::toString).orElse(null), accountId);
    }

    @Override
    public synchronized void deleteSessionsOf(long accountId) {
        sql.update("DELETE FROM account_session WHERE account_id = ?", accountId);
    }

    @Override
    public synchronized void addSession(String tokenHash, long accountId, String csrf, Instant created, Instant expires) {
        sql.update("INSERT INTO account_session (token_hash, account_id, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                tokenHash, accountId, csrf, created.toString(), expires.toString());
    }

    @Override
    public synchronized Optional<StoredSession> session(String tokenHash) {
        return first(sql.query("SELECT s.csrf, s.expires_at, " + ACCOUNT_COLUMNS
                        + " FROM account_session s JOIN account a ON a.id = s.account_id WHERE s.token_hash = ? AND a.disabled_at IS NULL",
                r -> new StoredSession(ReviewRows.account(r), r.getString("csrf"), Instant.parse(r.getString("expires_at"))), tokenHash));
    }

    @Override
    public synchronized void deleteSession(String tokenHash) {
        sql.update("DELETE FROM account_session WHERE token_hash = ?", tokenHash);
    }

    @Override
    public synchronized void deleteSessionsEndedBy(Instant now) {
        sql.update("DELETE FROM account_session WHERE expires_at <= ?", now.toString());
    }

    @Override
    public synchronized void rate(String articleId, long accountId, int stars, Instant at) {
        sql.update("INSERT INTO article_rating (article_id, account_id, stars, rated_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (article_id, account_id) DO UPDATE SET stars = excluded.stars, rated_at = excluded.rated_at",
                articleId, accountId, stars, at.toString());
    }

    @Override
    public synchronized RatingSummary ratings(String articleId, OptionalLong viewerId) {
        long viewer = viewerId.orElse(-1);
        return sql.query("SELECT COALESCE(AVG(stars), 0) AS average, COUNT(*) AS votes, "
                        + "(SELECT stars FROM article_rating WHERE article_id = ? AND account_id = ?) AS yours FROM article_rating WHERE article_id = ?",
                r -> {
                    int yours = r.getInt("yours");
                    OptionalInt own = r.wasNull() ? OptionalInt.empty() : OptionalInt.of(yours);
                    return new RatingSummary(r.getDouble("average"), r.getInt("votes"), own);
                }, articleId, viewer, articleId).get(0);
    }

    @Override
    public synchronized void grade(String outlet, Grade grade, long accountId, Instant at) {
        sql.update("INSERT INTO source_grade (outlet, grade, account_id, graded_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (outlet) DO UPDATE SET grade = excluded.grade, account_id = excluded.account_id, graded_at = excluded.graded_at",
                outlet, grade.name(), accountId, at.toString());
    }

    @Override
    public synchronized Optional<SourceGrade> grade(String outlet) {
        return first(sql.query("SELECT g.*, a.name FROM source_grade g JOIN account a ON a.id = g.account_id WHERE g.outlet = ?",
                ReviewRows::sourceGrade, outlet));
    }

    @Override
    public synchronized List<SourceGrade> grades() {
        return sql.query("SELECT g.*, a.name FROM source_grade g JOIN account a ON a.id = g.account_id ORDER BY g.outlet", ReviewRows::sourceGrade);
    }

    @Override
    public synchronized long addComment(CommentTarget target, Optional<Long> parent, long accountId, String body, Instant at) {
        return sql.insert("INSERT INTO review_comment (target_kind, target_id, parent_id, account_id, body, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                target.kind().code(), target.id(), parent.orElse(null), accountId, body, at.toString());
    }

    @Override
    public synchronized Optional<Comment> comment(long id) {
        return first(sql.query(COMMENT + "c.id = ?", ReviewRows::comment, id));
    }

    @Override
    public synchronized void editComment(long id, String body, Instant at) {
        sql.update("UPDATE review_comment SET body = ?, edited_at = ? WHERE id = ?", body, at.toString(), id);
    }

    @Override
    public synchronized void deleteComment(long id, long byAccountId, Instant at) {
        sql.update("UPDATE review_comment SET deleted_at = ?, deleted_by = ? WHERE id = ?", at.toString(), byAccountId, id);
    }

    @Override
    public synchronized List<Comment> comments(CommentTarget target) {
        return sql.query(COMMENT + "c.target_kind = ? AND c.target_id = ? ORDER BY c.id", ReviewRows::comment, target.kind().code(), target.id());
    }

    @Override
    public synchronized int countComments(CommentTarget target) {
        return sql.query("SELECT COUNT(*) FROM review_comment WHERE target_kind = ? AND target_id = ? AND deleted_at IS NULL",
                r -> r.getInt(1), target.kind().code(), target.id()).get(0);
    }

    @Override
    public synchronized long addNote(String articleId, long accountId, TextAnchor anchor, String body, Instant at) {
        return sql.insert("INSERT INTO note (article_id, account_id, exact, prefix, suffix, start_offset, end_offset, body, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                articleId, accountId, anchor.exact(), anchor.prefix(), anchor.suffix(), anchor.start(), anchor.end(), body, at.toString());
    }

    @Override
    public synchronized Optional<Note> note(long id) {
        return first(sql.query(NOTE + "n.id = ? AND n.deleted_at IS NULL", ReviewRows::note, id));
    }

    @Override
    public synchronized List<Note> notes(String articleId) {
        return sql.query(NOTE + "n.article_id = ? AND n.deleted_at IS NULL ORDER BY n.start_offset, n.id", ReviewRows::note, articleId);
    }

    @Override
    public synchronized void deleteNote(long id, long byAccountId, Instant at) {
        sql.update("UPDATE note SET deleted_at = ?, deleted_by = ? WHERE id = ?", at.toString(), byAccountId, id);
    }

    @Override
    public synchronized long addCorrection(NewCorrection c) {
        return sql.insert("INSERT INTO correction (article_id, evidence_text, evidence_start, incident_id, field, value, original, note_id, account_id, created_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                c.articleId(), c.evidenceText(), c.evidenceStart(), c.incidentId().isPresent() ? c.incidentId().getAsLong() : null,
                c.field().code(), c.value().orElse(null), c.original().orElse(null), c.noteId().isPresent() ? c.noteId().getAsLong() : null,
                c.author().id(), c.at().toString());
    }

    @Override
    public synchronized List<Correction> corrections(Collection<String> articleIds) {
        return sql.run("read the corrections of " + articleIds.size() + " articles", connection -> corrections(connection, articleIds));
    }

    /** Every correction of the given articles, oldest first, read on another store's connection (inside its transaction). */
    static List<Correction> corrections(Connection connection, Collection<String> articleIds) throws SQLException {
        if (articleIds.isEmpty()) return List.of();
        String marks = String.join(", ", Collections.nCopies(articleIds.size(), "?"));
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT c.*, a.name FROM correction c JOIN account a ON a.id = c.account_id WHERE c.article_id IN (" + marks + ") ORDER BY c.id")) {
            int i = 1;
            for (String id : articleIds) statement.setString(i++, id);
            List<Correction> out = new ArrayList<>();
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) out.add(ReviewRows.correction(r));
            }
            return out;
        }
    }

    @Override
    public synchronized List<String> correctedArticles() {
        return sql.query("SELECT DISTINCT article_id FROM correction ORDER BY article_id", r -> r.getString(1));
    }

    @Override
    public synchronized List<Long> applyCorrections(String articleId, Instant at) {
        return sql.run("apply the corrections of article " + articleId + " to its incidents", connection -> AppliedCorrections.apply(connection, articleId, at));
    }

    @Override
    public synchronized void audit(Instant at, Optional<Account> actor, String action, String target, String detail) {
        sql.update("INSERT INTO audit_log (at, account_id, actor, action, target, detail) VALUES (?, ?, ?, ?, ?, ?)",
                at.toString(), actor.map(Account::id).orElse(null), actor.map(Account::name).orElse("command line"), action, target, detail);
    }

    @Override
    public synchronized List<AuditEntry> audit(int limit) {
        return sql.query("SELECT * FROM audit_log ORDER BY id DESC LIMIT ?", r -> new AuditEntry(r.getLong("id"), Instant.parse(r.getString("at")),
                r.getString("actor"), r.getString("action"), r.getString("target"), r.getString("detail")), limit);
    }

    @Override
    public synchronized void close() {
        sql.close();
    }
}
