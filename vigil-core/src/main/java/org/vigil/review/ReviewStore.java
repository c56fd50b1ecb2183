package org.vigil.review;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Keeps what reviewers add: accounts and sessions, ratings, source grades, comments, notes,
 * corrections and the audit log. It stores and reads rows; the classes of this package decide who
 * may write what.
 */
public interface ReviewStore extends AutoCloseable {

    /** An account with the hash of its password. */
    record Credentials(Account account, String passwordHash) { }

    /** A session row: its account, CSRF token and end. */
    record StoredSession(Account account, String csrf, Instant expires) { }

    /** What a new correction says; the store adds its id. */
    record NewCorrection(String articleId, String evidenceText, int evidenceStart, OptionalLong incidentId, CorrectionField field,
                         Optional<String> value, Optional<String> original, OptionalLong noteId, Account author, Instant at) { }

    /** Work on the store's connection inside one of its transactions. */
    @FunctionalInterface
    interface Within<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction: what it writes through this store and through the connection it is
     * given (alerts beside a correction or a comment) commits together or rolls back together, when it throws.
     * Called inside another, it joins that one.
     */
    <T> T inTransaction(Within<T> work);

    Account addAccount(String name, Role role, String passwordHash, Instant at);

    /** The account whose name is {@code name}, ignoring case. */
    Optional<Credentials> credentials(String name);

    List<Account> accounts();

    void addSession(String tokenHash, long accountId, String csrf, Instant created, Instant expires);

    Optional<StoredSession> session(String tokenHash);

    void deleteSession(String tokenHash);

    void deleteSessionsEndedBy(Instant now);

    /** Sets (or replaces) the account's stars for the article. */
    void rate(String articleId, long accountId, int stars, Instant at);

    RatingSummary ratings(String articleId, OptionalLong viewerId);

    void grade(String outlet, Grade grade, long accountId, Instant at);

    Optional<SourceGrade> grade(String outlet);

    List<SourceGrade> grades();

    long addComment(CommentTarget target, Optional<Long> parent, long accountId, String body, Instant at);

    Optional<Comment> comment(long id);

    void editComment(long id, String body, Instant at);

    void deleteComment(long id, long byAccountId, Instant at);

    /** Every comment on the target, deleted ones too, oldest first. */
    List<Comment> comments(CommentTarget target);

    /** How many comments on the target are not deleted. */
    int countComments(CommentTarget target);

    long addNote(String articleId, long accountId, TextAnchor anchor, String body, Instant at);

    Optional<Note> note(long id);

    /** The article's notes that are not deleted, in the order of their anchors. */
    List<Note> notes(String articleId);

    void deleteNote(long id, long byAccountId, Instant at);

    long addCorrection(NewCorrection correction);

    /** Every correction of the given articles, oldest first. */
    List<Correction> corrections(Collection<String> articleIds);

    /** The ids of every article with at least one correction, in order. */
    List<String> correctedArticles();

    void audit(Instant at, Optional<Account> actor, String action, String target, String detail);

    /** The newest audit entries first, at most {@code limit}. */
    List<AuditEntry> audit(int limit);

    @Override
    void close();
}
