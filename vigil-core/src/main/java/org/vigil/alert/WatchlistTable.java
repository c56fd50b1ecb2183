package org.vigil.alert;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of the {@code watchlist} table; every write moves {@code watch_revision} on, in the same transaction. */
final class WatchlistTable {
    private static final String COLUMNS = "id, owner, name, criteria, active, email_digest";
    private static final String INSERT = "INSERT INTO watchlist (owner, name, criteria, active, email_digest, created_at, updated_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id";
    private static final String UPDATE = "UPDATE watchlist SET name = ?, criteria = ?, active = ?, email_digest = ?, updated_at = ? WHERE id = ? AND owner = ?";
    private static final String DELETE = "DELETE FROM watchlist WHERE id = ? AND owner = ?";
    private static final String OF_OWNER = "SELECT " + COLUMNS + " FROM watchlist WHERE owner = ? ORDER BY name";
    private static final String ONE = "SELECT " + COLUMNS + " FROM watchlist WHERE id = ? AND owner = ?";
    private static final String BY_NAME = "SELECT " + COLUMNS + " FROM watchlist WHERE owner = ? AND name = ?";
    private static final String ACTIVE = "SELECT " + COLUMNS + " FROM watchlist WHERE active = 1 ORDER BY owner, id";
    private static final String REVISION = "SELECT revision FROM watch_revision WHERE id = 1";
    private static final String BUMP = "UPDATE watch_revision SET revision = revision + 1 WHERE id = 1";

    private WatchlistTable() {
    }

    static long insert(Connection c, Watchlist w, String now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(INSERT)) {
            s.setString(1, w.owner());
            s.setString(2, w.name());
            s.setString(3, CriteriaJson.text(w.criteria()));
            s.setInt(4, w.active() ? 1 : 0);
            s.setString(5, w.emailDigest().map(DeliveryTarget.Digest::code).orElse(null));
            s.setString(6, now);
            s.setString(7, now);
            long id;
            try (ResultSet rows = s.executeQuery()) {
                rows.next();
                id = rows.getLong(1);
            }
            bump(c);
            return id;
        }
    }

    static boolean update(Connection c, Watchlist w, String now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(UPDATE)) {
            s.setString(1, w.name());
            s.setString(2, CriteriaJson.text(w.criteria()));
            s.setInt(3, w.active() ? 1 : 0);
            s.setString(4, w.emailDigest().map(DeliveryTarget.Digest::code).orElse(null));
            s.setString(5, now);
            s.setLong(6, w.id());
            s.setString(7, w.owner());
            boolean changed = s.executeUpdate() == 1;
            if (changed) bump(c);
            return changed;
        }
    }

    static boolean delete(Connection c, String owner, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(DELETE)) {
            s.setLong(1, id);
            s.setString(2, owner);
            boolean changed = s.executeUpdate() == 1;
            if (changed) bump(c);
            return changed;
        }
    }

    static List<Watchlist> ofOwner(Connection c, String owner) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(OF_OWNER)) {
            s.setString(1, owner);
            return read(s);
        }
    }

    static Optional<Watchlist> one(Connection c, String owner, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(ONE)) {
            s.setLong(1, id);
            s.setString(2, owner);
            return read(s).stream().findFirst();
        }
    }

    static Optional<Watchlist> byName(Connection c, String owner, String name) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(BY_NAME)) {
            s.setString(1, owner);
            s.setString(2, name);
            return read(s).stream().findFirst();
        }
    }

    static List<Watchlist> active(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(ACTIVE)) {
            return read(s);
        }
    }

    static long revision(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(REVISION); ResultSet rows = s.executeQuery()) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private static void bump(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(BUMP)) {
            s.executeUpdate();
        }
    }

    private static List<Watchlist> read(PreparedStatement s) throws SQLException {
        List<Watchlist> list = new ArrayList<>();
        try (ResultSet rows = s.executeQuery()) {
            while (rows.next()) {
                list.add(new Watchlist(rows.getLong("id"), rows.getString("owner"), rows.getString("name"),
                        CriteriaJson.parse(rows.getString("criteria")), rows.getInt("active") == 1,
                        Optional.ofNullable(rows.getString("email_digest")).map(DeliveryTarget.Digest::ofCode)));
            }
        }
        return list;
    }
}
