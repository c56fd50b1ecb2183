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
     * @param changes the incidents as they now stand; incidents that no longer exist are not listed
     */
    void changed(Connection connection, List<ChangedIncident> changes) throws SQLException;
}
