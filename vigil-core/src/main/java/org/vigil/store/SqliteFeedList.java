package org.vigil.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.ingest.Feed;
import org.vigil.ingest.FeedList;

/** A {@link FeedList} in the Vigil database: tables {@code feed} and {@code feed_item} of migration V3. */
public final class SqliteFeedList implements FeedList {
    private static final String SELECT = "SELECT * FROM feed ";
    private static final String INSERT = """
            INSERT INTO feed (url, interval_seconds, added_at) VALUES (?, ?, ?)
            ON CONFLICT (url) DO UPDATE SET interval_seconds = excluded.interval_seconds
            """;
    private static final String POLLED = """
            UPDATE feed SET polled_at = ?, last_status = ?, etag = COALESCE(?, etag),
                   last_modified = COALESCE(?, last_modified), title = COALESCE(?, title)
            WHERE id = ?
            """;

    private final Path file;
    private final Connection connection;
    private final Clock clock;

    private SqliteFeedList(Path file, Connection connection, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.clock = clock;
    }

    public static SqliteFeedList open(Path file) {
        return open(file, Clock.systemUTC());
    }

    public static SqliteFeedList open(Path file, Clock clock) {
        return new SqliteFeedList(file.toAbsolutePath(), DatabaseFile.open(file), clock);
    }

    @Override
    public synchronized Feed add(String url, Duration interval) {
        new Feed(0, url, interval, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
            statement.setString(1, url);
            statement.setLong(2, interval.toSeconds());
            statement.setString(3, clock.instant().toString());
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failed("add feed " + url, e);
        }
        return feed(url).orElseThrow();
    }

    @Override
    public synchronized boolean remove(String urlOrId) {
        Optional<Feed> feed = feed(urlOrId);
        if (feed.isEmpty()) return false;
        try {
            update("DELETE FROM feed_item WHERE feed_id = ?", feed.get().id());
            update("DELETE FROM feed WHERE id = ?", feed.get().id());
            return true;
        } catch (SQLException e) {
            throw failed("remove feed " + urlOrId, e);
        }
    }

    @Override
    public synchronized List<Feed> feeds() {
        return query(SELECT + "ORDER BY id", null);
    }

    @Override
    public synchronized Optional<Feed> feed(String urlOrId) {
        List<Feed> byUrl = query(SELECT + "WHERE url = ?", urlOrId);
        if (!byUrl.isEmpty()) return Optional.of(byUrl.get(0));
        if (urlOrId.matches("\\d{1,18}")) return query(SELECT + "WHERE id = ?", urlOrId).stream().findFirst();
        return Optional.empty();
    }

    @Override
    public synchronized void polled(long feedId, Instant at, String status, Optional<String> etag, Optional<String> lastModified,
            Optional<String> title) {
        try (PreparedStatement statement = connection.prepareStatement(POLLED)) {
            statement.setString(1, at.toString());
            statement.setString(2, status);
            statement.setString(3, etag.orElse(null));
            statement.setString(4, lastModified.orElse(null));
            statement.setString(5, title.orElse(null));
            statement.setLong(6, feedId);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failed("record a poll of feed " + feedId, e);
        }
    }

    @Override
    public synchronized boolean seen(long feedId, String link) {
        try (PreparedStatement statement = connection.prepareStatement("SELECT 1 FROM feed_item WHERE feed_id = ? AND link = ?")) {
            statement.setLong(1, feedId);
            statement.setString(2, link);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        } catch (SQLException e) {
            throw failed("read the items of feed " + feedId, e);
        }
    }

    @Override
    public synchronized void markSeen(long feedId, String link, Instant at) {
        try (PreparedStatement statement = connection.prepareStatement(
                "INSERT INTO feed_item (feed_id, link, seen_at) VALUES (?, ?, ?) ON CONFLICT (feed_id, link) DO NOTHING")) {
            statement.setLong(1, feedId);
            statement.setString(2, link);
            statement.setString(3, at.toString());
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failed("record an item of feed " + feedId, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failed("close the database", e);
        }
    }

    private List<Feed> query(String sql, String parameter) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter != null) statement.setString(1, parameter);
            List<Feed> feeds = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    feeds.add(new Feed(rows.getLong("id"), rows.getString("url"), Duration.ofSeconds(rows.getLong("interval_seconds")),
                            Optional.ofNullable(rows.getString("etag")), Optional.ofNullable(rows.getString("last_modified")),
                            Optional.ofNullable(rows.getString("title")),
                            Optional.ofNullable(rows.getString("polled_at")).map(Instant::parse),
                            Optional.ofNullable(rows.getString("last_status"))));
                }
            }
            return feeds;
        } catch (SQLException e) {
            throw failed("read feeds", e);
        }
    }

    private void update(String sql, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.executeUpdate();
        }
    }

    private StoreException failed(String action, SQLException e) {
        return new StoreException("Vigil database " + file + " could not " + action + ": " + e.getMessage(), e);
    }
}
