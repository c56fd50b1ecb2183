package org.vigil.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The SQL condition and bound values that select the incidents an {@link IncidentQuery} asks for. */
record IncidentFilter(String condition, List<String> values) {

    private static final String SELECT = """
            SELECT i.id AS incident_id, m.article_id, m.added_by, %s,
                   a.title AS article_title, a.url AS article_url
            FROM incident i
            JOIN mention m ON m.id = (SELECT MIN(earliest.id) FROM mention earliest WHERE earliest.incident_id = i.id)
            JOIN article a ON a.id = m.article_id
            WHERE %s
            ORDER BY i.date_start DESC NULLS LAST, i.id
            LIMIT ? OFFSET ?
            """;

    private static final String COUNT = """
            SELECT COUNT(*)
            FROM incident i
            WHERE %s
            """;

    /** Incidents analysts judged "not an incident" stay stored but are never listed or counted. */
    private static final String ANY = "i.rejected = 0";
    private static final String TYPE = "i.type = ?";
    private static final String COUNTRY = "i.country = ?";
    private static final String PERPETRATOR = "i.perpetrator_key = ?";
    /** Overlap of [date_start, date_end] with [since, until]; a NULL (undated) bound never satisfies either. */
    private static final String SINCE = "i.date_end >= ?";
    private static final String UNTIL = "i.date_start <= ?";

    static IncidentFilter of(IncidentQuery query) {
        List<String> conditions = new ArrayList<>(List.of(ANY));
        List<String> values = new ArrayList<>();
        query.type().ifPresent(t -> add(conditions, values, TYPE, t.code()));
        query.country().ifPresent(c -> add(conditions, values, COUNTRY, c.toUpperCase(Locale.ROOT)));
        query.perpetrator().ifPresent(p -> add(conditions, values, PERPETRATOR, p.toLowerCase(Locale.ROOT)));
        query.since().ifPresent(d -> add(conditions, values, SINCE, d.toString()));
        query.until().ifPresent(d -> add(conditions, values, UNTIL, d.toString()));
        return new IncidentFilter(String.join(" AND ", conditions), List.copyOf(values));
    }

    private static void add(List<String> conditions, List<String> values, String condition, String value) {
        conditions.add(condition);
        values.add(value);
    }

    /** Selects one page of matching incidents with their first mention and article; its last two parameters are limit and offset. */
    String selectSql() {
        return SELECT.formatted(MentionRows.SELECT_COLUMNS, condition);
    }

    String countSql() {
        return COUNT.formatted(condition);
    }

    /** Binds the filter values from parameter 1 on; returns the index of the next free parameter. */
    int bind(PreparedStatement statement) throws SQLException {
        int i = 1;
        for (String value : values) statement.setString(i++, value);
        return i;
    }
}
