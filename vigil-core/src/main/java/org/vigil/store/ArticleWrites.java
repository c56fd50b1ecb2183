package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.extract.IncidentMention;
import org.vigil.ingest.Article;

/**
 * Writes one article with its mentions inside the save's transaction: the article row (unless it repeats a
 * stored story), its earlier mentions and figures replaced, each mention merged into an incident, the
 * analysts' corrections of the article applied again, and the listener told what changed.
 */
final class ArticleWrites {

    private static final String ARTICLE_HASH = "SELECT text_hash FROM article WHERE id = ?";

    private static final String INSERT_ARTICLE = """
            INSERT INTO article (url, title, published, language, text, text_hash, paragraphs, source, ingested_at, updated_at, id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private static final String UPDATE_ARTICLE = """
            UPDATE article
            SET url = ?, title = ?, published = ?, language = ?, text = ?, text_hash = ?, paragraphs = ?, source = ?, updated_at = ?
            WHERE id = ?
            """;

    private static final String INCIDENTS_OF_ARTICLE = "SELECT DISTINCT incident_id FROM mention WHERE article_id = ?";

    private static final String DELETE_FIGURES_OF_ARTICLE = """
            DELETE FROM figure
            WHERE mention_id IN (SELECT id FROM mention WHERE article_id = ?)
            """;

    private static final String DELETE_MENTIONS_OF_ARTICLE = "DELETE FROM mention WHERE article_id = ?";

    private static final String DELETE_INCIDENT_WITHOUT_MENTIONS = """
            DELETE FROM incident
            WHERE id = ? AND NOT EXISTS (SELECT 1 FROM mention WHERE mention.incident_id = incident.id)
            """;

    private final Connection connection;
    private final Clock clock;
    private final IncidentMerging merging;
    private final ArticleDuplicates duplicates;

    ArticleWrites(Connection connection, Clock clock, IncidentMerging merging, ArticleDuplicates duplicates) {
        this.connection = connection;
        this.clock = clock;
        this.merging = merging;
        this.duplicates = duplicates;
    }

    /**
     * The hash a save stores with the article, after checking that every mention is of this article and its
     * evidence lies inside the text. It covers the mentions too, so re-ingesting after an extractor
     * improvement refreshes them.
     */
    static String hash(Article article, List<IncidentMention> mentions) {
        for (IncidentMention m : mentions) {
            if (!m.articleId().equals(article.id())) {
                throw new IllegalArgumentException("Mention of article " + m.articleId() + " cannot be saved with article " + article.id());
            }
            if (m.evidence().end() > article.text().length()) {
                throw new IllegalArgumentException("Evidence " + m.evidence() + " lies outside the " + article.text().length() + " characters of article " + article.id());
            }
        }
        return ArticleRows.textHash(article.text() + "\u0000" + mentions);
    }

    /** Writes the article and its mentions; call it inside a transaction, with the {@link #hash} of both. */
    SaveOutcome save(Article article, List<IncidentMention> mentions, String hash, IncidentListener listener) throws SQLException {
        Optional<String> storedHash = textHash(article.id());
        if (storedHash.isPresent() && storedHash.get().equals(hash)) return SaveOutcome.UNCHANGED;
        String now = clock.instant().toString();
        if (storedHash.isEmpty()) {
            Optional<String> original = duplicates.sameStory(article);
            if (original.isPresent()) {
                // The same story under another address: one article with several URLs, its incidents already counted.
                if (article.url().isPresent()) duplicates.addUrl(article.url().get(), original.get(), now);
                return SaveOutcome.UNCHANGED;
            }
            writeArticle(INSERT_ARTICLE, article, hash, now, true);
            duplicates.record(article, now);
        } else {
            writeArticle(UPDATE_ARTICLE, article, hash, now, false);
            deleteMentions(article.id());
        }
        // Analysts' corrections of this article reach its incidents again, and the incidents they added come back.
        CorrectionsInForce corrections = CorrectionsInForce.read(connection, List.of(article.id()));
        for (int i = 0; i < mentions.size(); i++) {
            merging.save(article, i, mentions.get(i), now, corrections);
        }
        if (!corrections.isEmpty()) AppliedCorrections.addMissed(connection, article.id(), corrections, now);
        if (listener != IncidentListener.NONE) ChangedIncidents.ofArticle(connection, article.id()).tell(listener, connection, "");
        return storedHash.isEmpty() ? SaveOutcome.ADDED : SaveOutcome.UPDATED;
    }

    private Optional<String> textHash(String articleId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ARTICLE_HASH)) {
            statement.setString(1, articleId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** Both article statements take the same parameters, id last; only an insert sets {@code ingested_at}. */
    private void writeArticle(String sql, Article article, String hash, String now, boolean insert) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            statement.setString(i++, article.url().orElse(null));
            statement.setString(i++, article.title());
            statement.setString(i++, article.published().toString());
            statement.setString(i++, article.language());
            statement.setString(i++, article.text());
            statement.setString(i++, hash);
            statement.setString(i++, ArticleRows.paragraphsJson(article.paragraphs()));
            statement.setString(i++, article.source());
            if (insert) statement.setString(i++, now);
            statement.setString(i++, now);
            statement.setString(i, article.id());
            statement.executeUpdate();
        }
    }

    private void deleteMentions(String articleId) throws SQLException {
        List<Long> incidentIds = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(INCIDENTS_OF_ARTICLE)) {
            statement.setString(1, articleId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) incidentIds.add(rows.getLong(1));
            }
        }
        execute(DELETE_FIGURES_OF_ARTICLE, articleId);
        execute(DELETE_MENTIONS_OF_ARTICLE, articleId);
        try (PreparedStatement statement = connection.prepareStatement(DELETE_INCIDENT_WITHOUT_MENTIONS)) {
            for (long id : incidentIds) {
                statement.setLong(1, id);
                statement.executeUpdate();
            }
        }
        for (long id : incidentIds) merging.refresh(id);
    }

    private void execute(String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        }
    }
}
