package org.vigil.review;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * Keeps what reviewers add: accounts and sessions, ratings, source grades, comments, notes,
 * corrections and the audit log. It stores and reads rows; the classes of this package decide who
 * may write what, and write each change with its audit entry in one {@link #transaction}.
 */
public interface ReviewStore extends AutoCloseable {

    /**
     * Runs {@code work} in one transaction: every row it writes through this store commits together, or none
     * does when it throws. Inside another transaction of this store it simply joins it.
     */
    <T> T transaction(Supplier<T> work);

    /** An account with the hash of its password, and whether an admin disabled it. */
    record Credentials(Account account, String passwordHash, boolean disabled) { }

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

    /** Every account, by name. */
    List<AccountStatus> accounts();

    Optional<AccountStatus> account(long id);

    void setRole(long accountId, Role role);

    /** Disables the account from {@code at}, or enables it again when {@code at} is empty. */
    void setDisabled(long accountId, Optional<Instant> at);

    /** Ends every session of the account. */
    void deleteSessionsOf(long accountId);

    void addSession(String tokenHash, long accountId, String csrf, Instant created, Instant expires);

    /** The session with this token hash, unless its account is disabled. */
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

    /**
     * Writes the corrections in force over the article into the incidents it states (their filter, sort and
     * count columns; the incidents analysts added), in the current transaction; returns those incidents' ids.
     */
    List<Long> applyCorrections(String articleId, Instant at);

    void audit(Instant at, Optional<Account> actor, String action, String target, String detail);

    /** The newest audit entries first, at most {@code limit}. */
    List<AuditEntry> audit(int limit);

    @Override
    void close();
}
