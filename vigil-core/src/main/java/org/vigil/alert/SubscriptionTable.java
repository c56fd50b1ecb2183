package org.vigil.alert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL of the {@code subscription} table. */
final class SubscriptionTable {
    private static final String INSERT = """
            INSERT INTO subscription (owner, kind, target, created_at) VALUES (?, ?, ?, ?)
            ON CONFLICT (owner, kind, target) DO NOTHING""";
    private static final String COLUMNS = "id, owner, kind, target, email_digest";
    private static final String SELECT_ONE = "SELECT " + COLUMNS + " FROM subscription WHERE owner = ? AND kind = ? AND target = ?";
    private static final String DELETE = "DELETE FROM subscription WHERE id = ? AND owner = ?";
    private static final String SET_DIGEST = "UPDATE subscription SET email_digest = ? WHERE id = ? AND owner = ?";
    private static final String OF_OWNER = "SELECT " + COLUMNS + " FROM subscription WHERE owner = ? ORDER BY id";
    private static final String SUBSCRIBERS = "SELECT owner, email_digest FROM subscription WHERE kind = ? AND target = ? ORDER BY owner";
    private static final String RETARGET = "UPDATE subscription SET target = ? WHERE kind = ? AND target = ? "
            + "AND NOT EXISTS (SELECT 1 FROM subscription s2 WHERE s2.owner = subscription.owner AND s2.kind = subscription.kind AND s2.target = ?)";

    private SubscriptionTable() {
    }

    /** The subscription, created unless it already existed. */
    static Subscription insert(Connection c, String owner, Subscription.Kind kind, String target, String now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
            s.setString(1, owner);
            s.setString(2, kind.code());
            s.setString(3, target);
            s.setString(4, now);
            s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement(SELECT_ONE)) {
            s.setString(1, owner);
            s.setString(2, kind.code());
            s.setString(3, target);
            return read(s).get(0);
        }
    }

    static boolean delete(Connection c, String owner, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(DELETE)) {
            s.setLong(1, id);
            s.setString(2, owner);
            return s.executeUpdate() == 1;
        }
    }

    static boolean setDigest(Connection c, String owner, long id, Optional<DeliveryTarget.Digest> digest) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SET_DIGEST)) {
            s.setString(1, digest.map(DeliveryTarget.Digest::code).orElse(null));
            s.setLong(2, id);
            s.setString(3, owner);
            return s.executeUpdate() == 1;
        }
    }

    static List<Subscription> ofOwner(Connection c, String owner) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(OF_OWNER)) {
            s.setString(1, owner);
            return read(s);
        }
    }

    /** The owners following the target, in name order, each with the e-mail digest they chose for it. */
    static Map<String, Optional<DeliveryTarget.Digest>> subscribers(Connection c, Subscription.Kind kind, String target) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(SUBSCRIBERS)) {
            s.setString(1, kind.code());
            s.setString(2, target);
            Map<String, Optional<DeliveryTarget.Digest>> owners = new LinkedHashMap<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) owners.put(rows.getString(1), digest(rows));
            }
            return owners;
        }
    }

    /** Points subscriptions to an incident that was replaced (its article read again) at the incident that took its place. */
    static void retarget(Connection c, long fromIncident, long toIncident) throws SQLException {
        for (Subscription.Kind kind : List.of(Subscription.Kind.INCIDENT, Subscription.Kind.INCIDENT_COMMENTS)) {
            try (PreparedStatement s = c.prepareStatement(RETARGET)) {
                s.setString(1, Long.toString(toIncident));
                s.setString(2, kind.code());
                s.setString(3, Long.toString(fromIncident));
                s.setString(4, Long.toString(toIncident));
                s.executeUpdate();
            }
        }
    }

    private static List<Subscription> read(PreparedStatement s) throws SQLException {
        List<Subscription> list = new ArrayList<>();
        try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                list.add(new Subscription(rows.getLong("id"), rows.getString("owner"), Subscription.Kind.of(rows.getString("kind")), rows.getString("target"),
                        digest(rows)));
            }
        }
        return list;
    }

    private static Optional<DeliveryTarget.Digest> digest(ResultSet rows) throws SQLException {
        return Optional.ofNullable(rows.getString("email_digest")).map(DeliveryTarget.Digest::ofCode);
    }
}
