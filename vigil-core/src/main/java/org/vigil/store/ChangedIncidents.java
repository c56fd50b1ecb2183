package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.vigil.extract.IncidentMention.Coordinates;
import org.vigil.extract.IncidentStatus;
import org.vigil.extract.IncidentType;
import org.vigil.nlp.PartialDate;

/**
 * Reads incidents as {@link ChangedIncident}s on the connection of an open transaction, for an
 * {@link IncidentListener}: those of one article after it was saved, or any given ids after a correction.
 * They carry the values the incident's own columns hold ({@link IncidentSummary} writes them with the
 * analysts' corrections in force), read as lists read them ({@link MergedIncidentValues}), so an alert
 * reports what the incident page and lists show; an incident analysts judged no incident is withdrawn.
 */
public final class ChangedIncidents {

    private static final String OF_ARTICLE = "SELECT DISTINCT incident_id FROM mention WHERE article_id = ? ORDER BY incident_id";

    private static final String INCIDENT = """
            SELECT id, type, date_start, date_end, country, perpetrator, killed, injured, place, latitude, longitude FROM incident WHERE id = ?
            """;

    private static final String MENTIONS = """
            SELECT m.article_id, m.status, m.date_text, m.claimed, m.evidence_text, a.title, a.url, a.text
            FROM mention m JOIN article a ON a.id = m.article_id
            WHERE m.incident_id = ?
            ORDER BY a.published, m.id
            """;

    private static final String EXISTS = "SELECT 1 FROM incident WHERE id = ?";

    private ChangedIncidents() {
    }

    /**
     * Changed incidents as they stand now: those that stand, and the ids of those whose every mention analysts
     * judged "not an incident" (kept in the table, but withdrawn from whoever was told of them).
     */
    public record Changes(List<ChangedIncident> standing, List<Long> withdrawn) {
        public Changes {
            standing = List.copyOf(standing);
            withdrawn = List.copyOf(withdrawn);
        }

        /** Tells {@code listener} of these changes: the standing incidents as changed, then the withdrawn ones. */
        public void tell(IncidentListener listener, Connection connection, String cause) throws SQLException {
            listener.changed(connection, standing, cause);
            if (!withdrawn.isEmpty()) listener.withdrawn(connection, withdrawn);
        }
    }

    /** The incidents the article's mentions now belong to. */
    public static Changes ofArticle(Connection connection, String articleId) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(OF_ARTICLE)) {
            statement.setString(1, articleId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) ids.add(rows.getLong(1));
            }
        }
        return read(connection, ids);
    }

    /** The incidents with these ids that exist, in the given order. */
    public static Changes read(Connection connection, Collection<Long> ids) throws SQLException {
        List<ChangedIncident> standing = new ArrayList<>();
        List<Long> withdrawn = new ArrayList<>();
        IncidentSummary summary = new IncidentSummary(connection);
        try (PreparedStatement incident = connection.prepareStatement(INCIDENT);
             PreparedStatement mentions = connection.prepareStatement(MENTIONS)) {
            for (long id : new LinkedHashSet<>(ids)) {
                incident.setLong(1, id);
                try (ResultSet row = incident.executeQuery()) {
                    if (!row.next()) continue;
                    IncidentSummary.Standing now = summary.of(id);
                    if (now.rejected()) withdrawn.add(id);
                    else readOne(row, mentions, now).ifPresent(standing::add);
                }
            }
        }
        return new Changes(standing, withdrawn);
    }

    /** Every article statement the incident rests on, oldest article first, as extracted (for laying corrections over it). */
    public static List<IncidentSource> sources(Connection connection, long incidentId) throws SQLException {
        return new IncidentReads(connection).sourcesOfIncident(incidentId);
    }

    /** Whether an incident with this id still exists. */
    public static boolean exists(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(EXISTS)) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** The incident in {@code row}, its title, link and texts from its articles (earliest first), its values from its columns. */
    private static Optional<ChangedIncident> readOne(ResultSet row, PreparedStatement mentions, IncidentSummary.Standing now) throws SQLException {
        long id = row.getLong("id");
        IncidentType type = IncidentType.fromCode(row.getString("type"))
                .orElseThrow(() -> new IllegalStateException("Stored incident type is unknown for incident " + id));
        Set<String> articleIds = new LinkedHashSet<>();
        StringBuilder text = new StringBuilder();
        IncidentStatus status = null;
        String date = null;
        String title = null;
        String url = null;
        String evidence = null;
        mentions.setLong(1, id);
        try (ResultSet m = mentions.executeQuery()) {
            while (m.next()) {
                if (status == null) {
                    status = IncidentStatus.valueOf(m.getString("status"));
                    date = m.getString("date_text");
                    title = m.getString("title");
                    url = m.getString("url");
                    evidence = m.getString("evidence_text");
                }
                if (articleIds.add(m.getString("article_id"))) {
                    text.append(m.getString("title")).append('\n').append(m.getString("text")).append('\n');
                }
            }
        }
        if (status == null) return Optional.empty();
        double latitude = row.getDouble("latitude");
        boolean hasLatitude = !row.wasNull();
        double longitude = row.getDouble("longitude");
        Optional<Coordinates> coordinates = hasLatitude && !row.wasNull() ? Optional.of(new Coordinates(latitude, longitude)) : Optional.empty();
        Optional<String> start = Optional.ofNullable(row.getString("date_start"));
        Optional<String> end = Optional.ofNullable(row.getString("date_end"));
        Optional<PartialDate> first = PartialDate.parse(date);
        Optional<PartialDate> shown = start.isEmpty() || end.isEmpty() ? first
                : Optional.of(MergedIncidentValues.dateOf(LocalDate.parse(start.get()), LocalDate.parse(end.get()), first));
        // Claimed when any source still standing says so, as analysts corrected it.
        List<Boolean> said = now.corrected().stream().flatMap(m -> m.claimed().stream()).toList();
        Optional<Boolean> claimed = said.isEmpty() ? Optional.empty() : Optional.of(said.contains(true));
        return Optional.of(new ChangedIncident(id, type, status, shown.map(PartialDate::toString), Optional.ofNullable(row.getString("place")),
                Optional.ofNullable(row.getString("country")), coordinates, Optional.ofNullable(row.getString("perpetrator")),
                optionalInt(row, "killed"), optionalInt(row, "injured"), claimed, List.copyOf(articleIds),
                title, Optional.ofNullable(url), evidence, text.toString()));
    }

    private static OptionalInt optionalInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
