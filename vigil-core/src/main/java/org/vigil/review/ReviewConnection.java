package org.vigil.review;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.vigil.store.StoreException;
import org.vigil.store.Transaction;

/**
 * The review store's own connection to the Vigil database file: it runs one statement, or work in one
 * transaction, and turns a failure into a {@link StoreException} naming the file and what failed.
 * {@link SqliteReviewStore} calls it one thread at a time.
 */
final class ReviewConnection {
    private final Path file;
    private final Connection connection;

    private ReviewConnection(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Connects to the database in {@code path} (absolute, its schema already up to date) for review work. */
    static ReviewConnection open(Path path) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(10_000);
        // Changes read before they write (a correction reads the incident it changes): take the write lock at BEGIN.
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + path);
        try {
            return new ReviewConnection(path, source.getConnection());
        } catch (SQLException e) {
            throw new StoreException("Vigil database " + path + " could not be opened for review: " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} in one transaction, or inside the one already open on this connection. */
    <T> T inTransaction(ReviewStore.Within<T> work) {
        try {
            if (!connection.getAutoCommit()) return work.run(connection);
            return Transaction.run(connection, () -> work.run(connection));
        } catch (SQLException e) {
            throw failed("save a review change", e);
        }
    }

    /** Runs {@code work} on the connection as it stands; {@code action} says what failed if it throws. */
    <T> T run(String action, ReviewStore.Within<T> work) {
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw failed(action, e);
        }
    }

    /** Every row {@code sql} selects with these parameters, each read by {@code row}. */
    <T> List<T> query(String sql, ReviewRows.Reader<T> row, Object... parameters) {
        try (PreparedStatement statement = prepare(sql, parameters); ResultSet r = statement.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (r.next()) out.add(row.read(r));
            return out;
        } catch (SQLException e) {
            throw failed("read " + firstWords(sql), e);
        }
    }

    void update(String sql, Object... parameters) {
        try (PreparedStatement statement = prepare(sql, parameters)) {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failed("write " + firstWords(sql), e);
        }
    }

    /** Runs an {@code INSERT ... RETURNING id} and gives the id. */
    long insert(String sql, Object... parameters) {
        return query(sql, r -> r.getLong(1), parameters).get(0);
    }

    static <T> Optional<T> first(List<T> rows) {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failed("close", e);
        }
    }

    private PreparedStatement prepare(String sql, Object... parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) statement.setObject(i + 1, parameters[i]);
        return statement;
    }

    private static String firstWords(String sql) {
        return sql.length() <= 60 ? sql : sql.substring(0, 60) + "...";
    }

    private StoreException failed(String action, SQLException e) {
        return new StoreException("Vigil database " + file + " could not " + action + ": " + e.getMessage(), e);
    }
}
