package org.vigil.review;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Told of a review row (a comment, a missed incident) on the connection of the transaction that saves it,
 * before commit, so that what it writes (alerts to followers) commits or rolls back with the row.
 */
@FunctionalInterface
public interface ReviewListener<T> {

    /** Throwing rolls the saved row back, and the one who saved it sees the error. */
    void saved(Connection connection, T saved) throws SQLException;

    /** Listens to nothing. */
    static <T> ReviewListener<T> none() {
        return (connection, saved) -> { };
    }
}
