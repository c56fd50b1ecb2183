package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.vigil.extract.IncidentMention;
import org.vigil.resolve.CanonicalIncident;

/** Inserts the rows of a new incident and of a mention with its figures, as extracted (or as an analyst added it). */
final class IncidentRows {
    private static final String INSERT_INCIDENT = """
            INSERT INTO incident (type, date_start, date_end, country, perpetrator, perpetrator_key, place, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            RETURNING id
            """;

    private static final String INSERT_MENTION = "INSERT INTO mention (incident_id, article_id, ordinal, merge_reason, added_by, "
            + MentionRows.COLUMNS + ")\n"
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)\n"
            + "RETURNING id";

    private static final String INSERT_FIGURE = """
            INSERT INTO figure (incident_id, mention_id, kind, value, reported_at)
            VALUES (?, ?, ?, ?, ?)
            """;

    private final Connection connection;

    IncidentRows(Connection connection) {
        this.connection = connection;
    }

    /** A new incident with the values of one mention; returns its id. */
    long insertIncident(IncidentMention m, String now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT_INCIDENT)) {
            IncidentSummary.bindIncident(statement, CanonicalIncident.of(List.of(m)));
            statement.setString(8, now);
            return SqlRows.returnedId(statement);
        }
    }

    /**
     * The mention of an article published on {@code published} in an incident, with why it joined and, for an
     * incident extraction missed, the analyst who added it; a figure row for each casualty figure it states.
     */
    void insertMention(String articleId, LocalDate published, int ordinal, long incidentId, String reason, Optional<String> addedBy,
                       IncidentMention m) throws SQLException {
        long mentionId;
        try (PreparedStatement statement = connection.prepareStatement(INSERT_MENTION)) {
            statement.setLong(1, incidentId);
            statement.setString(2, articleId);
            statement.setInt(3, ordinal);
            statement.setString(4, reason);
            statement.setString(5, addedBy.orElse(null));
            MentionRows.bind(statement, 6, m);
            mentionId = SqlRows.returnedId(statement);
        }
        try (PreparedStatement statement = connection.prepareStatement(INSERT_FIGURE)) {
            if (m.killed().isPresent()) insertFigure(statement, incidentId, mentionId, "killed", m.killed().getAsInt(), published);
            if (m.injured().isPresent()) insertFigure(statement, incidentId, mentionId, "injured", m.injured().getAsInt(), published);
        }
    }

    private static void insertFigure(PreparedStatement statement, long incidentId, long mentionId, String kind, int value, LocalDate published)
            throws SQLException {
        statement.setLong(1, incidentId);
        statement.setLong(2, mentionId);
        statement.setString(3, kind);
        statement.setInt(4, value);
        statement.setString(5, published.toString());
        statement.executeUpdate();
    }
}
