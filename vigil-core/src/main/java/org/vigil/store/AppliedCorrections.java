package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.vigil.extract.IncidentMention;

/**
 * Writes the analysts' corrections in force over one article into the store, on the connection of an open
 * transaction: every incident the article states gets its canonical columns again, corrected
 * ({@link IncidentSummary}), and every incident analysts added because extraction missed it gets a
 * mention of its own, marked with who added it, where its passage is in the text. The review feature
 * calls it in the transaction that saves a correction; the store does the same when it saves the article
 * again, so re-processing never undoes a correction.
 */
public final class AppliedCorrections {
    private static final String ARTICLE = "SELECT text, published FROM article WHERE id = ?";
    private static final String INCIDENTS_OF_ARTICLE = "SELECT DISTINCT incident_id FROM mention WHERE article_id = ? ORDER BY incident_id";
    private static final String ADDED = "SELECT evidence_text FROM mention WHERE article_id = ? AND added_by IS NOT NULL";
    private static final String NEXT_ORDINAL = "SELECT COALESCE(MAX(ordinal), -1) + 1 FROM mention WHERE article_id = ?";
    /** A newer "missed incident" correction of the same passage changes the type the analyst gave it. */
    private static final String RETYPE = "UPDATE mention SET type = ? WHERE article_id = ? AND added_by IS NOT NULL AND evidence_text = ? AND type <> ?";

    private AppliedCorrections() {
    }

    /**
     * Brings the incidents of the article in line with its corrections in force at {@code now}; returns the
     * ids of the incidents it states, those analysts added included. An article not stored has none.
     */
    public static List<Long> apply(Connection connection, String articleId, Instant now) throws SQLException {
        CorrectionsInForce corrections = CorrectionsInForce.read(connection, List.of(articleId));
        addMissed(connection, articleId, corrections, now.toString());
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(INCIDENTS_OF_ARTICLE)) {
            statement.setString(1, articleId);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) ids.add(r.getLong(1));
            }
        }
        IncidentSummary summary = new IncidentSummary(connection);
        for (long id : ids) summary.refresh(id);
        return ids;
    }

    /**
     * Adds a mention, in an incident of its own, for each incident analysts added to the article that has none
     * yet. One whose passage is no longer in the text is left out; the note it came with is flagged on the article.
     */
    static void addMissed(Connection connection, String articleId, CorrectionsInForce corrections, String now) throws SQLException {
        List<CorrectionsInForce.Added> added = corrections.added(articleId);
        if (added.isEmpty()) return;
        Optional<String> text = Optional.empty();
        LocalDate published = null;
        try (PreparedStatement statement = connection.prepareStatement(ARTICLE)) {
            statement.setString(1, articleId);
            try (ResultSet r = statement.executeQuery()) {
                if (r.next()) {
                    text = Optional.of(r.getString("text"));
                    published = LocalDate.parse(r.getString("published"));
                }
            }
        }
        if (text.isEmpty()) return;
        Set<String> present = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(ADDED)) {
            statement.setString(1, articleId);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) present.add(r.getString(1));
            }
        }
        IncidentRows rows = new IncidentRows(connection);
        IncidentSummary summary = new IncidentSummary(connection);
        for (CorrectionsInForce.Added a : added) {
            if (present.contains(a.quote())) {
                retype(connection, a);
                continue;
            }
            int start = text.get().startsWith(a.quote(), a.start()) ? a.start() : text.get().indexOf(a.quote());
            if (start < 0) continue;
            // Never merged into an incident the extractor found: the analyst says it is another one. Later reports may join it.
            IncidentMention base = CorrectionsInForce.addedMention(a, start);
            long incident = rows.insertIncident(corrections.apply(base), now);
            rows.insertMention(articleId, published, nextOrdinal(connection, articleId), incident,
                    "added by analyst " + a.author() + ": extraction missed it", Optional.of(a.author()), base);
            summary.refresh(incident);
        }
    }

    private static void retype(Connection connection, CorrectionsInForce.Added a) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(RETYPE)) {
            statement.setString(1, a.type().code());
            statement.setString(2, a.articleId());
            statement.setString(3, a.quote());
            statement.setString(4, a.type().code());
            statement.executeUpdate();
        }
    }

    private static int nextOrdinal(Connection connection, String articleId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(NEXT_ORDINAL)) {
            statement.setString(1, articleId);
            try (ResultSet r = statement.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }
}
