package org.vigil.alert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL of the {@code alert_state} table: what each user was last told about each incident. */
final class StateTable {
    private static final String COLUMNS = "owner, incident_id, event_id, fingerprint, article_id, snapshot";
    private static final String OF_INCIDENT = "SELECT " + COLUMNS + " FROM alert_state WHERE incident_id = ?";
    private static final String ORPHANS = "SELECT " + COLUMNS + " FROM alert_state s WHERE NOT EXISTS (SELECT 1 FROM incident i WHERE i.id = s.incident_id)";
    private static final String SAME_EVENT = "SELECT " + COLUMNS + " FROM alert_state WHERE owner = ? AND fingerprint = ? ORDER BY updated_at DESC LIMIT 1";
    private static final String UPSERT = """
            INSERT INTO alert_state (owner, incident_id, event_id, fingerprint, article_id, snapshot, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (owner, incident_id) DO UPDATE SET
                event_id = excluded.event_id, fingerprint = excluded.fingerprint, article_id = excluded.article_id,
                snapshot = excluded.snapshot, updated_at = excluded.updated_at""";
    private static final String DELETE = "DELETE FROM alert_state WHERE owner = ? AND incident_id = ?";

    /** One row: the base of the next update to {@code owner} about {@code incidentId}. */
    record AlertState(String owner, long incidentId, long eventId, Optional<String> fingerprint, String articleId, IncidentSnapshot snapshot) {
        AlertState withIncident(long id, String article) {
            return new AlertState(owner, id, eventId, fingerprint, article, snapshot);
        }

        AlertState withSnapshot(IncidentSnapshot now) {
            return new AlertState(owner, incidentId, eventId, now.fingerprint(), articleId, now);
        }
    }

    private StateTable() {
    }

    static Map<String, AlertState> ofIncident(Connection c, long incidentId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(OF_INCIDENT)) {
            s.setLong(1, incidentId);
            Map<String, AlertState> byOwner = new LinkedHashMap<>();
            for (AlertState state : read(s)) byOwner.put(state.owner(), state);
            return byOwner;
        }
    }

    /** States whose incident no longer exists: its article was read again or corrected away. */
    static List<AlertState> orphans(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(ORPHANS)) {
            return read(s);
        }
    }

    static Optional<AlertState> sameEvent(Connection c, String owner, String fingerprint) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SAME_EVENT)) {
            s.setString(1, owner);
            s.setString(2, fingerprint);
            return read(s).stream().findFirst();
        }
    }

    static void upsert(Connection c, AlertState state, String now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(UPSERT)) {
            s.setString(1, state.owner());
            s.setLong(2, state.incidentId());
            s.setLong(3, state.eventId());
            if (state.fingerprint().isPresent()) s.setString(4, state.fingerprint().get());
            else s.setNull(4, Types.VARCHAR);
            s.setString(5, state.articleId());
            s.setString(6, state.snapshot().json());
            s.setString(7, now);
            s.executeUpdate();
        }
    }

    static void delete(Connection c, String owner, long incidentId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(DELETE)) {
            s.setString(1, owner);
            s.setLong(2, incidentId);
            s.executeUpdate();
        }
    }

    private static List<AlertState> read(PreparedStatement s) throws SQLException {
        List<AlertState> list = new ArrayList<>();
        try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                list.add(new AlertState(rows.getString("owner"), rows.getLong("incident_id"), rows.getLong("event_id"),
                        Optional.ofNullable(rows.getString("fingerprint")), rows.getString("article_id"),
                        IncidentSnapshot.parse(rows.getString("snapshot"))));
            }
        }
        return list;
    }
}
