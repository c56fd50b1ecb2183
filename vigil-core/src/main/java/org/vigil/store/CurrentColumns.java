package org.vigil.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Answers the web UI's searches and stats over the incidents' columns in memory, read again (patched
 * from the change log) whenever this store saved or another connection committed since; the store's
 * lock guards it.
 */
final class CurrentColumns {
    private final Connection connection;
    private final IncidentReads reads;
    private final StatsCache statsCache = new StatsCache();
    /** Saves through this store; with data_version (other connections' commits) it tells when cached stats are stale. */
    private long saves;
    /** What the web UI's searches and stats read, as of {@link #columnsVersion}; loaded on first use. */
    private IncidentColumns columns;
    private String columnsVersion = "";

    CurrentColumns(Connection connection, IncidentReads reads) {
        this.connection = connection;
        this.reads = reads;
    }

    /** Counts a save through this store, so the next search reads the columns again. */
    void saved() {
        saves++;
    }

    IncidentPage search(IncidentSearch search) throws SQLException {
        return reads.search(search, columns(version()));
    }

    /** The stats of a search, remembered while the database stays unchanged. */
    IncidentStats stats(IncidentSearch search, int top) throws SQLException {
        String version = version();
        Optional<IncidentStats> cached = statsCache.get(search, top, version);
        if (cached.isPresent()) return cached.get();
        IncidentStats stats = reads.stats(search, top, columns(version));
        statsCache.put(search, top, stats);
        return stats;
    }

    /** Changes whenever this store saves or another connection commits. */
    private String version() throws SQLException {
        return reads.dataVersion() + ":" + saves;
    }

    /** The columns in memory as of this version; when the database changed, brought up to date in one read transaction. */
    private IncidentColumns columns(String version) throws SQLException {
        if (columns == null || !version.equals(columnsVersion)) {
            connection.setAutoCommit(false);
            try {
                columns = IncidentColumnsReader.current(connection, columns);
            } finally {
                connection.commit();
                connection.setAutoCommit(true);
            }
            columnsVersion = version;
        }
        return columns;
    }
}
