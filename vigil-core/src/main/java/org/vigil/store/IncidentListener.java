package org.vigil.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Told, inside the transaction that changed them, which incidents an ingest or a correction changed,
 * so that what it writes (alerts to an outbox) commits or rolls back with the change itself.
 */
@FunctionalInterface
public interface IncidentListener {

    /** Listens to nothing; a store without listeners reads nothing more on save. */
    IncidentListener NONE = (connection, changes) -> { };

    /**
     * Called once per changed article or corrected incident, before commit, on the connection of the
     * transaction. Throwing rolls the change back.
     *
     * @param changes the incidents as they now stand, their values as the incident's columns hold them (analysts'
     *                corrections included); incidents that no longer exist, or that {@link #withdrawn} reports, are not listed
     */
    void changed(Connection connection, List<ChangedIncident> changes) throws SQLException;

    /**
     * As {@link #changed(Connection, List)}, for a change with a cause alerts may name ("correction by alice");
     * by default the cause is dropped.
     */
    default void changed(Connection connection, List<ChangedIncident> changes, String cause) throws SQLException {
        changed(connection, changes);
    }

    /**
     * Called, like {@link #changed}, when corrections say that stored incidents are no incidents: they stay
     * in the table, but whoever was told of them should hear they are withdrawn. Does nothing by default.
     */
    default void withdrawn(Connection connection, List<Long> incidentIds) throws SQLException {
    }
}
