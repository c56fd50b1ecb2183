package org.vigil.alert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL of the {@code outbox} table. A worker leases a due row before sending it, so two workers on
 * one database never send the same row at once; a lease that runs out (the worker died) frees the row
 * for another attempt with the same idempotency key.
 */
final class OutboxTable {
    private static final String COLUMNS = "id, notification_id, target_id, idempotency_key, status, attempts, due_at, last_error, digest";
    private static final String INSERT = """
            INSERT INTO outbox (notification_id, target_id, idempotency_key, status, attempts, due_at, digest, created_at)
            VALUES (?, ?, ?, 'pending', 0, ?, ?, ?)
            ON CONFLICT (notification_id, target_id) DO NOTHING""";
    private static final String DUE = "SELECT " + COLUMNS + " FROM outbox WHERE status = 'pending' AND due_at <= ? "
            + "AND (lease_until IS NULL OR lease_until < ?) ORDER BY due_at, id LIMIT ?";
    private static final String LEASE = "UPDATE outbox SET lease_until = ? WHERE id = ? AND status = 'pending' AND (lease_until IS NULL OR lease_until < ?)";
    private static final String DELIVERED = "UPDATE outbox SET status = 'delivered', delivered_at = ?, lease_until = NULL, attempts = attempts + 1, last_error = NULL "
            + "WHERE id = ? AND status = 'pending'";
    private static final String FAILED = "UPDATE outbox SET status = ?, attempts = ?, due_at = ?, last_error = ?, lease_until = NULL WHERE id = ? AND status = 'pending'";
    private static final String OF_OWNER = "SELECT o.id, o.notification_id, o.target_id, o.idempotency_key, o.status, o.attempts, o.due_at, o.last_error, o.digest "
            + "FROM outbox o JOIN notification n ON n.id = o.notification_id WHERE n.owner = ? AND (? = '' OR o.status = ?) ORDER BY o.id DESC LIMIT ?";
    private static final String RETRY = "UPDATE outbox SET status = 'pending', attempts = 0, due_at = ?, last_error = NULL, lease_until = NULL "
            + "WHERE id = ? AND status = 'parked' AND notification_id IN (SELECT id FROM notification WHERE owner = ?)";
    private static final String COUNT = "SELECT COUNT(*) FROM outbox WHERE status = ?";

    private OutboxTable() {
    }

    /** A pending delivery due at the end of the digest's window from {@code now} (at once for no digest). */
    static void enqueue(Connection c, long notificationId, long targetId, DeliveryTarget.Digest digest, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
            s.setLong(1, notificationId);
            s.setLong(2, targetId);
            s.setString(3, UUID.randomUUID().toString());
            s.setLong(4, digest.dueAfter(now.toEpochMilli()));
            s.setString(5, digest.code());
            s.setString(6, now.toString());
            s.executeUpdate();
        }
    }

    static List<Delivery> due(Connection c, long nowMs, int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(DUE)) {
            s.setLong(1, nowMs);
            s.setLong(2, nowMs);
            s.setInt(3, limit);
            return read(s);
        }
    }

    static boolean lease(Connection c, long id, long untilMs, long nowMs) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(LEASE)) {
            s.setLong(1, untilMs);
            s.setLong(2, id);
            s.setLong(3, nowMs);
            return s.executeUpdate() == 1;
        }
    }

    static void delivered(Connection c, long id, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(DELIVERED)) {
            s.setString(1, now.toString());
            s.setLong(2, id);
            s.executeUpdate();
        }
    }

    static void failed(Connection c, long id, int attempts, long nextDue, String error, boolean park) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(FAILED)) {
            s.setString(1, park ? "parked" : "pending");
            s.setInt(2, attempts);
            s.setLong(3, nextDue);
            s.setString(4, error.length() > 500 ? error.substring(0, 500) : error);
            s.setLong(5, id);
            s.executeUpdate();
        }
    }

    static List<Delivery> ofOwner(Connection c, String owner, Optional<Delivery.Status> status, int limit) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(OF_OWNER)) {
            String code = status.map(Delivery.Status::code).orElse("");
            s.setString(1, owner);
            s.setString(2, code);
            s.setString(3, code);
            s.setInt(4, limit);
            return read(s);
        }
    }

    static boolean retry(Connection c, String owner, long id, long nowMs) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(RETRY)) {
            s.setLong(1, nowMs);
            s.setLong(2, id);
            s.setString(3, owner);
            return s.executeUpdate() == 1;
        }
    }

    static int count(Connection c, Delivery.Status status) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(COUNT)) {
            s.setString(1, status.code());
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static List<Delivery> read(PreparedStatement s) throws SQLException {
        List<Delivery> list = new ArrayList<>();
        try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                list.add(new Delivery(rows.getLong("id"), rows.getLong("notification_id"), rows.getLong("target_id"), rows.getString("idempotency_key"),
                        Delivery.Status.valueOf(rows.getString("status").toUpperCase(Locale.ROOT)), rows.getInt("attempts"), rows.getLong("due_at"),
                        Optional.ofNullable(rows.getString("last_error")), DeliveryTarget.Digest.ofCode(rows.getString("digest"))));
            }
        }
        return list;
    }
}
