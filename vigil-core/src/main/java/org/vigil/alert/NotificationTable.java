package org.vigil.alert;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The SQL of the {@code notification} table, the in-app list every delivery refers to. */
final class NotificationTable {
    private static final String COLUMNS = "id, owner, kind, incident_id, article_id, title, body, changes, watchlists, created_at, read_at";
    private static final String INSERT = """
            INSERT INTO notification (owner, kind, incident_id, article_id, title, body, changes, watchlists, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""";
    private static final String OF_OWNER = "SELECT " + COLUMNS + " FROM notification WHERE owner = ? AND id > ? ORDER BY id DESC LIMIT ?";
    private static final String AFTER = "SELECT " + COLUMNS + " FROM notification WHERE id > ? ORDER BY id LIMIT ?";
    private static final String ONE = "SELECT " + COLUMNS + " FROM notification WHERE id = ?";
    private static final String LAST_ID = "SELECT COALESCE(MAX(id), 0) FROM notification";
    private static final String MARK_READ = "UPDATE notification SET read_at = ? WHERE owner = ? AND id = ? AND read_at IS NULL";
    private static final String UNREAD = "SELECT COUNT(*) FROM notification WHERE owner = ? AND read_at IS NULL";

    private NotificationTable() {
    }

    static long insert(Connection c, String owner, Notification.Kind kind, OptionalLong incidentId, Optional<String> articleId, String title,
                       String body, List<String> changes, List<String> watchlists, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
            s.setString(1, owner);
            s.setString(2, kind.code());
            if (incidentId.isPresent()) s.setLong(3, incidentId.getAsLong());
            else s.setNull(3, Types.BIGINT);
            s.setString(4, articleId.orElse(null));
            s.setString(5, title);
            s.setString(6, body);
            s.setString(7, json(changes));
            s.setString(8, json(watchlists));
            s.setString(9, now.toString());
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** The owner's notifications with an id above {@code afterId}, newest first, at most {@code limit}. */
    static List<Notification> ofOwner(Connection c, String owner, long afterId, int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(OF_OWNER)) {
            s.setString(1, owner);
            s.setLong(2, afterId);
            s.setInt(3, limit);
            return read(s);
        }
    }

    /** Every user's notifications above {@code afterId}, oldest first: what a live stream has not sent yet. */
    static List<Notification> after(Connection c, long afterId, int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(AFTER)) {
            s.setLong(1, afterId);
            s.setInt(2, limit);
            return read(s);
        }
    }

    static Optional<Notification> one(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(ONE)) {
            s.setLong(1, id);
            return read(s).stream().findFirst();
        }
    }

    static long lastId(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(LAST_ID); ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static boolean markRead(Connection c, String owner, long id, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(MARK_READ)) {
            s.setString(1, now.toString());
            s.setString(2, owner);
            s.setLong(3, id);
            return s.executeUpdate() == 1;
        }
    }

    static int unread(Connection c, String owner) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(UNREAD)) {
            s.setString(1, owner);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static List<Notification> read(PreparedStatement s) throws SQLException {
        List<Notification> list = new ArrayList<>();
        try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                long incident = rows.getLong("incident_id");
                OptionalLong incidentId = rows.wasNull() ? OptionalLong.empty() : OptionalLong.of(incident);
                list.add(new Notification(rows.getLong("id"), rows.getString("owner"), Notification.Kind.of(rows.getString("kind")), incidentId,
                        Optional.ofNullable(rows.getString("article_id")), rows.getString("title"), rows.getString("body"),
                        strings(rows.getString("changes")), strings(rows.getString("watchlists")), Instant.parse(rows.getString("created_at")),
                        rows.getString("read_at") != null));
            }
        }
        return list;
    }

    private static String json(List<String> values) {
        try {
            return CriteriaJson.MAPPER.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + values, e);
        }
    }

    private static List<String> strings(String json) {
        try {
            return CriteriaJson.MAPPER.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored notification list is not a JSON array: " + json, e);
        }
    }
}
