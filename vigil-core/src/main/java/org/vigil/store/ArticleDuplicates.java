package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.ingest.Article;
import org.vigil.ingest.TextFingerprint;

/**
 * Finds a stored article that tells the same story as a new one (the same text under another URL, or
 * syndicated copy with small edits) and keeps every URL an article was found under, so that one
 * story is one article row however many addresses carry it.
 */
final class ArticleDuplicates {
    /** Copies of one story appear within days of each other. */
    static final int WINDOW_DAYS = 7;

    private static final String NEARBY = """
            SELECT id, text, fingerprint FROM article
            WHERE fingerprint IS NOT NULL AND id <> ? AND published >= ? AND published <= ?
            ORDER BY ingested_at, id
            """;
    private static final String SET_FINGERPRINT = "UPDATE article SET fingerprint = ? WHERE id = ?";
    private static final String ADD_URL = "INSERT INTO article_url (url, article_id, seen_at) VALUES (?, ?, ?) ON CONFLICT (url) DO NOTHING";
    private static final String BY_URL = "SELECT article_id FROM article_url WHERE url = ?";
    private static final String URLS = "SELECT url FROM article_url WHERE article_id = ? ORDER BY seen_at, url";

    private final Connection connection;

    ArticleDuplicates(Connection connection) {
        this.connection = connection;
    }

    /** The id of a stored article, published within a week of this one, that tells the same story. */
    Optional<String> sameStory(Article article) throws SQLException {
        String fingerprint = TextFingerprint.of(article.text());
        try (PreparedStatement statement = connection.prepareStatement(NEARBY)) {
            statement.setString(1, article.id());
            statement.setString(2, article.published().minusDays(WINDOW_DAYS).toString());
            statement.setString(3, article.published().plusDays(WINDOW_DAYS).toString());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (TextFingerprint.distance(fingerprint, rows.getString("fingerprint")) <= TextFingerprint.NEAR_BITS
                            && TextFingerprint.jaccard(article.text(), rows.getString("text")) >= TextFingerprint.SAME_STORY_OVERLAP) {
                        return Optional.of(rows.getString("id"));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Stores the fingerprint of a newly written article and the URL it came from. */
    void record(Article article, String now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SET_FINGERPRINT)) {
            statement.setString(1, TextFingerprint.of(article.text()));
            statement.setString(2, article.id());
            statement.executeUpdate();
        }
        if (article.url().isPresent()) addUrl(article.url().get(), article.id(), now);
    }

    void addUrl(String url, String articleId, String now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ADD_URL)) {
            statement.setString(1, url);
            statement.setString(2, articleId);
            statement.setString(3, now);
            statement.executeUpdate();
        }
    }

    Optional<String> articleWithUrl(String url) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(BY_URL)) {
            statement.setString(1, url);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    List<String> urlsOf(String articleId) throws SQLException {
        List<String> urls = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(URLS)) {
            statement.setString(1, articleId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) urls.add(rows.getString(1));
            }
        }
        return urls;
    }
}
