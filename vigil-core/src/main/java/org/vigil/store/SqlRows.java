package org.vigil.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads the key an {@code INSERT ... RETURNING id} gives back. */
final class SqlRows {
    private SqlRows() {
    }

    static long returnedId(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) throw new IllegalStateException("INSERT ... RETURNING id returned no row");
            return rows.getLong(1);
        }
    }
}
