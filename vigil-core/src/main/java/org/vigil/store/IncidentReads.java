package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.vigil.store.IncidentStats.MapCell;
import org.vigil.store.IncidentStats.MonthCount;
import org.vigil.store.IncidentStats.NameCount;

/**
 * The read queries behind the web UI: sorted pages with full-text search, dashboard counts, one
 * incident with its sources and figure history, and the mentions of one article. SQL is SQLite's.
 */
final class IncidentReads {

    /**
     * An incident matches text when the title or text of an article that mentions it has the words. Its
     * evidence sentences lie inside that text, so this also finds every incident whose evidence has them
     * (mention_search stays for searches limited to evidence). The matching ids are gathered once per
     * call into a temporary table, which every query of that call then reads.
     */
    private static final String TEXT_MATCHES = """
            INSERT OR IGNORE INTO temp.text_match (id)
            SELECT tm.incident_id
            FROM article_search s JOIN article ta ON ta.rowid = s.rowid JOIN mention tm ON tm.article_id = ta.id
            WHERE article_search MATCH ?""";
    private static final String TEXT = "i.id IN (SELECT id FROM temp.text_match)";

    /** The page is chosen from incident alone (indexes only), then joined with its first mention and article. */
    private static final String PAGE = """
            SELECT i.id AS incident_id, i.killed AS incident_killed, i.injured AS incident_injured,
                   (SELECT COUNT(*) FROM mention c WHERE c.incident_id = i.id) AS mention_count,
                   m.article_id, %1$s, a.title AS article_title, a.url AS article_url, %4$s
            FROM (SELECT i.* FROM incident i WHERE %2$s ORDER BY %3$s LIMIT ? OFFSET ?) i
            JOIN mention m ON m.id = (SELECT MIN(earliest.id) FROM mention earliest WHERE earliest.incident_id = i.id)
            JOIN article a ON a.id = m.article_id
            ORDER BY %3$s
            """;

    private static final String TOTALS = """
            SELECT COUNT(*), COALESCE(SUM(i.killed), 0), COALESCE(SUM(i.injured), 0) FROM incident i WHERE %s
            """;

    private static final String MONTHS = """
            SELECT substr(i.date_start, 1, 7) AS month, i.type, COUNT(*) AS n
            FROM incident i WHERE %s AND i.date_start IS NOT NULL
            GROUP BY substr(i.date_start, 1, 7), i.type ORDER BY substr(i.date_start, 1, 7), i.type
            """;

    private static final String GROUPS = """
            SELECT MIN(i.perpetrator) AS name, COUNT(*) AS n
            FROM incident i WHERE %s AND i.perpetrator_key IS NOT NULL AND i.perpetrator_key <> 'unknown'
            GROUP BY i.perpetrator_key ORDER BY n DESC, i.perpetrator_key LIMIT ?
            """;

    private static final String COUNTRIES = """
            SELECT i.country AS name, COUNT(*) AS n
            FROM incident i WHERE %s AND i.country IS NOT NULL
            GROUP BY i.country ORDER BY n DESC, i.country LIMIT ?
            """;

    /** One-degree cells; adding 90 and 180 first makes the integer cast a floor. */
    private static final String CELLS = """
            SELECT AVG(i.latitude) AS lat, AVG(i.longitude) AS lon, i.type, COUNT(*) AS n,
                   COALESCE(SUM(i.killed), 0) AS killed, COALESCE(SUM(i.injured), 0) AS injured
            FROM incident i WHERE %s AND i.latitude IS NOT NULL
            GROUP BY CAST(i.latitude + 90 AS INTEGER), CAST(i.longitude + 180 AS INTEGER), i.type
            """;

    private static final String SOURCES = """
            SELECT m.id AS mention_id, m.incident_id, m.article_id, %s,
                   a.title AS article_title, a.url AS article_url, a.published, a.source
            FROM mention m JOIN article a ON a.id = m.article_id
            WHERE %s
            ORDER BY %s
            """;

    private static final String FIGURES = """
            SELECT f.kind, f.value, f.reported_at, f.mention_id, m.article_id, a.title
            FROM figure f JOIN mention m ON m.id = f.mention_id JOIN article a ON a.id = m.article_id
            WHERE f.incident_id = ?
            ORDER BY f.reported_at, f.id
            """;

    private final Connection connection;

    IncidentReads(Connection connection) {
        this.connection = connection;
    }

    IncidentPage search(IncidentSearch search) throws SQLException {
        IncidentFilter filter = filter(search);
        if (filter == null) return new IncidentPage(List.of(), 0);
        String direction = search.descending() ? "DESC" : "ASC";
        String order = search.sort().column() + " " + direction + " NULLS LAST, i.id " + direction;
        List<ListedIncident> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(PAGE.formatted(MentionRows.SELECT_COLUMNS, filter.condition(), order, IncidentColumns.SELECT))) {
            int next = filter.bind(statement);
            statement.setInt(next++, search.query().limit());
            statement.setInt(next, search.query().offset());
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) rows.add(listed(r));
            }
        }
        return new IncidentPage(rows, count(filter));
    }

    Optional<ListedIncident> incident(long id) throws SQLException {
        IncidentFilter filter = new IncidentFilter("i.id = " + id, List.of());
        try (PreparedStatement statement = connection.prepareStatement(PAGE.formatted(MentionRows.SELECT_COLUMNS, filter.condition(), "i.id", IncidentColumns.SELECT))) {
            statement.setInt(1, 1);
            statement.setInt(2, 0);
            try (ResultSet r = statement.executeQuery()) {
                return r.next() ? Optional.of(listed(r)) : Optional.empty();
            }
        }
    }

    /** SQLite's data_version: changes whenever another connection commits a change to the database. */
    long dataVersion() throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet r = statement.executeQuery("PRAGMA data_version")) {
            r.next();
            return r.getLong(1);
        }
    }

    IncidentStats stats(IncidentSearch search, int top) throws SQLException {
        IncidentFilter filter = filter(search);
        if (filter == null) return new IncidentStats(0, 0, 0, List.of(), List.of(), List.of(), List.of());
        int incidents;
        long killed;
        long injured;
        try (PreparedStatement statement = prepare(TOTALS, filter); ResultSet r = statement.executeQuery()) {
            r.next();
            incidents = r.getInt(1);
            killed = r.getLong(2);
            injured = r.getLong(3);
        }
        List<MonthCount> months = new ArrayList<>();
        try (PreparedStatement statement = prepare(MONTHS, filter); ResultSet r = statement.executeQuery()) {
            while (r.next()) months.add(new MonthCount(r.getString("month"), r.getString("type"), r.getInt("n")));
        }
        List<NameCount> groups = names(GROUPS, filter, top);
        List<NameCount> countries = names(COUNTRIES, filter, top);
        List<MapCell> cells = new ArrayList<>();
        try (PreparedStatement statement = prepare(CELLS, filter); ResultSet r = statement.executeQuery()) {
            while (r.next()) {
                cells.add(new MapCell(r.getDouble("lat"), r.getDouble("lon"), r.getString("type"), r.getInt("n"),
                        r.getLong("killed"), r.getLong("injured")));
            }
        }
        return new IncidentStats(incidents, killed, injured, months, groups, countries, cells);
    }

    List<IncidentSource> sourcesOfIncident(long incidentId) throws SQLException {
        return sources("m.incident_id = ?", "a.published, m.id", incidentId);
    }

    List<IncidentSource> mentionsOfArticle(String articleId) throws SQLException {
        return sources("m.article_id = ?", "m.ordinal, m.id", articleId);
    }

    List<ReportedFigure> figures(long incidentId) throws SQLException {
        List<ReportedFigure> figures = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(FIGURES)) {
            statement.setLong(1, incidentId);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    figures.add(new ReportedFigure(r.getString("kind"), r.getInt("value"), LocalDate.parse(r.getString("reported_at")),
                            r.getLong("mention_id"), r.getString("article_id"), r.getString("title")));
                }
            }
        }
        return figures;
    }

    /**
     * The filter of a search's query and text, with the text's matches gathered into {@code temp.text_match};
     * null when the text has no word to look for, which nothing matches.
     */
    private IncidentFilter filter(IncidentSearch search) throws SQLException {
        IncidentFilter base = IncidentFilter.of(search.query());
        if (search.text().isEmpty()) return base;
        Optional<String> match = FullTextQuery.of(search.text().get());
        if (match.isEmpty()) return null;
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMP TABLE IF NOT EXISTS text_match (id INTEGER PRIMARY KEY)");
            statement.execute("DELETE FROM temp.text_match");
        }
        try (PreparedStatement statement = connection.prepareStatement(TEXT_MATCHES)) {
            statement.setString(1, match.get());
            statement.executeUpdate();
        }
        return new IncidentFilter(base.condition() + " AND " + TEXT, base.values());
    }

    private int count(IncidentFilter filter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(filter.countSql())) {
            filter.bind(statement);
            try (ResultSet r = statement.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    private PreparedStatement prepare(String sql, IncidentFilter filter) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql.formatted(filter.condition()));
        filter.bind(statement);
        return statement;
    }

    private List<NameCount> names(String sql, IncidentFilter filter, int top) throws SQLException {
        List<NameCount> names = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(sql.formatted(filter.condition()))) {
            int next = filter.bind(statement);
            statement.setInt(next, top);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) names.add(new NameCount(r.getString("name"), r.getString("name"), r.getInt("n")));
            }
        }
        return names;
    }

    private List<IncidentSource> sources(String condition, String order, Object key) throws SQLException {
        List<IncidentSource> sources = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SOURCES.formatted(MentionRows.SELECT_COLUMNS, condition, order))) {
            statement.setObject(1, key);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    sources.add(new IncidentSource(r.getLong("mention_id"), r.getLong("incident_id"), MentionRows.read(r),
                            r.getString("article_title"), Optional.ofNullable(r.getString("article_url")),
                            LocalDate.parse(r.getString("published")), r.getString("source")));
                }
            }
        }
        return sources;
    }

    private static ListedIncident listed(ResultSet r) throws SQLException {
        StoredIncident incident = new StoredIncident(r.getLong("incident_id"), IncidentColumns.over(MentionRows.read(r), r),
                r.getString("article_title"), Optional.ofNullable(r.getString("article_url")));
        return new ListedIncident(incident, optionalInt(r, "incident_killed"), optionalInt(r, "incident_injured"), r.getInt("mention_count"));
    }

    private static OptionalInt optionalInt(ResultSet r, String column) throws SQLException {
        int value = r.getInt(column);
        return r.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
