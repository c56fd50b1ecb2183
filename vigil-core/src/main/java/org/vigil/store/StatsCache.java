package org.vigil.store;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Remembers the stats of recent searches while the database is unchanged: dashboards ask the same
 * counts again and again, and each count walks every incident's columns. The version is SQLite's
 * {@code data_version} (other connections' commits) with this connection's total changes, so an
 * answer is never stale.
 */
final class StatsCache {
    private static final int SIZE = 64;

    private record Key(IncidentSearch search, int top) { }

    private final Map<Key, IncidentStats> entries = new LinkedHashMap<>(SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, IncidentStats> eldest) {
            return size() > SIZE;
        }
    };
    private String version = "";

    /** The stats remembered for this search at this version; forgets everything when the version moved. */
    Optional<IncidentStats> get(IncidentSearch search, int top, String currentVersion) {
        if (!currentVersion.equals(version)) {
            entries.clear();
            version = currentVersion;
        }
        return Optional.ofNullable(entries.get(new Key(normalized(search), top)));
    }

    void put(IncidentSearch search, int top, IncidentStats stats) {
        entries.put(new Key(normalized(search), top), stats);
    }

    /** Stats ignore order and page, so searches differing only in those share an entry. */
    private static IncidentSearch normalized(IncidentSearch search) {
        return new IncidentSearch(search.query().withLimit(0).withOffset(0), search.text(), IncidentSort.DATE, true);
    }
}
