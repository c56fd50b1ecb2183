package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The read queries behind the web UI: sorted pages with full-text search, dashboard counts, one
 * incident with its sources and figure history, and the mentions of one article. SQL is SQLite's.
 */
final class IncidentReads {

    /**
     * An incident matches text when the title or text of an article that mentions it has the words. Its
     * evidence sentences lie inside that text, so this also finds every incident whose evidence has them
     * (mention_search stays for searches limited to evidence).
     */
    private static final String TEXT_MATCHES = "SELECT rowid FROM article_search WHERE article_search MATCH ? ORDER BY rowid";

    /**
     * Incidents with their first mention and article, the incident row's merged values over the mention
     * ({@link MergedIncidentValues}); {@link IncidentColumns} chose which and in what order.
     */
    private static final String PAGE = """
            SELECT i.id AS incident_id,
                   (SELECT COUNT(*) FROM mention c WHERE c.incident_id = i.id) AS mention_count,
                   m.article_id, m.added_by, %1$s, a.title AS article_title, a.url AS article_url, %3$s
            FROM incident i
            JOIN mention m ON m.id = (SELECT MIN(earliest.id) FROM mention earliest WHERE earliest.incident_id = i.id)
            JOIN article a ON a.id = m.article_id
            WHERE i.id IN (%2$s)
            """;

    private static final String SOURCES = """
            SELECT m.id AS mention_id, m.incident_id, m.article_id, m.added_by, %s,
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

    /** One page of a search's incidents, chosen and counted over the columns in memory, then read from SQLite. */
    IncidentPage search(IncidentSearch search, IncidentColumns columns) throws SQLException {
        Optional<RowFilter> filter = filter(search, columns);
        if (filter.isEmpty()) return new IncidentPage(List.of(), 0);
        IncidentQuery query = search.query();
        IncidentColumns.Page page = columns.page(filter.get(), search.sort(), search.descending(), query.offset(), query.limit());
        return new IncidentPage(listed(page.ids()), page.total());
    }

    /** The incidents with these ids, in this order; an id deleted meanwhile is left out. */
    private List<ListedIncident> listed(long[] ids) throws SQLException {
        if (ids.length == 0) return List.of();
        Map<Long, ListedIncident> byId = new HashMap<>();
        String list = Arrays.stream(ids).mapToObj(Long::toString).collect(Collectors.joining(","));
        try (PreparedStatement statement = connection.prepareStatement(PAGE.formatted(MentionRows.SELECT_COLUMNS, list, MergedIncidentValues.SELECT));
             ResultSet r = statement.executeQuery()) {
            while (r.next()) byId.put(r.getLong("incident_id"), listed(r));
        }
        List<ListedIncident> rows = new ArrayList<>();
        for (long id : ids) {
            ListedIncident row = byId.get(id);
            if (row != null) rows.add(row);
        }
        return rows;
    }

    Optional<ListedIncident> incident(long id) throws SQLException {
        List<ListedIncident> rows = listed(new long[] {id});
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** SQLite's data_version: changes whenever another connection commits a change to the database. */
    long dataVersion() throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet r = statement.executeQuery("PRAGMA data_version")) {
            r.next();
            return r.getLong(1);
        }
    }

    /** Totals, months, leading groups and countries and map cells of a search's incidents, counted over the columns in memory. */
    IncidentStats stats(IncidentSearch search, int top, IncidentColumns columns) throws SQLException {
        Optional<RowFilter> filter = filter(search, columns);
        if (filter.isEmpty()) return new IncidentStats(0, 0, 0, List.of(), List.of(), List.of(), List.of());
        return ColumnStats.of(columns, filter.get(), top);
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

    /** The filter of a search's query and text; empty when the text has no word to look for, which nothing matches. */
    private Optional<RowFilter> filter(IncidentSearch search, IncidentColumns columns) throws SQLException {
        if (search.text().isEmpty()) return Optional.of(columns.filter(search.query(), Optional.empty()));
        Optional<String> match = FullTextQuery.of(search.text().get());
        if (match.isEmpty()) return Optional.empty();
        long[] articles = new long[256];
        int n = 0;
        try (PreparedStatement statement = connection.prepareStatement(TEXT_MATCHES)) {
            statement.setString(1, match.get());
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    if (n == articles.length) articles = Arrays.copyOf(articles, n * 2);
                    articles[n++] = r.getLong(1);
                }
            }
        }
        return Optional.of(columns.filter(search.query(), Optional.of(columns.rowsMentionedBy(Arrays.copyOf(articles, n)))));
    }

    private List<IncidentSource> sources(String condition, String order, Object key) throws SQLException {
        List<IncidentSource> sources = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SOURCES.formatted(MentionRows.SELECT_COLUMNS, condition, order))) {
            statement.setObject(1, key);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    sources.add(new IncidentSource(r.getLong("mention_id"), r.getLong("incident_id"), MentionRows.read(r),
                            r.getString("article_title"), Optional.ofNullable(r.getString("article_url")),
                            LocalDate.parse(r.getString("published")), r.getString("source"), Optional.ofNullable(r.getString("added_by"))));
                }
            }
        }
        return sources;
    }

    private static ListedIncident listed(ResultSet r) throws SQLException {
        StoredIncident incident = new StoredIncident(r.getLong("incident_id"), MergedIncidentValues.over(MentionRows.read(r), r),
                r.getString("article_title"), Optional.ofNullable(r.getString("article_url")), Optional.ofNullable(r.getString("added_by")));
        return new ListedIncident(incident, optionalInt(r, "incident_killed"), optionalInt(r, "incident_injured"), r.getInt("mention_count"));
    }

    private static OptionalInt optionalInt(ResultSet r, String column) throws SQLException {
        int value = r.getInt(column);
        return r.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
