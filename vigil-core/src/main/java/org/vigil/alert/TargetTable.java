package org.vigil.alert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The SQL of the {@code delivery_target} table. */
final class TargetTable {
    private static final String COLUMNS = "id, owner, kind, address, secret, digest";
    private static final String INSERT = "INSERT INTO delivery_target (owner, kind, address, secret, digest, created_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id";
    private static final String DELETE = "DELETE FROM delivery_target WHERE id = ? AND owner = ?";
    private static final String OF_OWNER = "SELECT " + COLUMNS + " FROM delivery_target WHERE owner = ? ORDER BY id";
    private static final String ONE = "SELECT " + COLUMNS + " FROM delivery_target WHERE id = ?";
    private static final String CANCEL_PENDING = "UPDATE outbox SET status = 'cancelled' WHERE target_id = ? AND status = 'pending'";

    private TargetTable() {
    }

    static long insert(Connection c, DeliveryTarget t, String now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
            s.setString(1, t.owner());
            s.setString(2, t.kind().code());
            s.setString(3, t.address());
            s.setString(4, t.secret().orElse(null));
            s.setString(5, t.digest().code());
            s.setString(6, now);
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Removes the target and cancels what was still to be sent to it. */
    static boolean delete(Connection c, String owner, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(DELETE)) {
            s.setLong(1, id);
            s.setString(2, owner);
            if (s.executeUpdate() != 1) return false;
        }
        try (PreparedStatement s = c.prepareStatement(CANCEL_PENDING)) {
            s.setLong(1, id);
            s.executeUpdate();
        }
        return true;
    }

    static List<DeliveryTarget> ofOwner(Connection c, String owner) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(OF_OWNER)) {
            s.setString(1, owner);
            return read(s);
        }
    }

    static Optional<DeliveryTarget> one(Connection c, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(ONE)) {
            s.setLong(1, id);
            return read(s).stream().findFirst();
        }
    }

    private static List<DeliveryTarget> read(PreparedStatement s) throws SQLException {
        List<DeliveryTarget> list = new ArrayList<>();
        try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                list.add(new DeliveryTarget(rows.getLong("id"), rows.getString("owner"),
                        DeliveryTarget.Kind.valueOf(rows.getString("kind").toUpperCase(Locale.ROOT)), rows.getString("address"),
                        Optional.ofNullable(rows.getString("secret")), DeliveryTarget.Digest.valueOf(rows.getString("digest").toUpperCase(Locale.ROOT))));
            }
        }
        return list;
    }
}
