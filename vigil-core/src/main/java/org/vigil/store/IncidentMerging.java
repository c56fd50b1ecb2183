package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.vigil.extract.Certainty;
import org.vigil.extract.IncidentMention;
import org.vigil.extract.IncidentType;
import org.vigil.ingest.Article;
import org.vigil.resolve.CanonicalIncident;
import org.vigil.resolve.FigureReport;
import org.vigil.resolve.IncidentMerger;
import org.vigil.resolve.MergeCandidate;
import org.vigil.resolve.MergeDecision;
import org.vigil.resolve.ReportedMention;

/**
 * Saves one mention into the incident it reports: runs the blocking query (same type family, dates
 * within {@link #WINDOW_DAYS} days, same or unknown country), lets the {@link IncidentMerger} decide,
 * then inserts the mention and its figures and refreshes the incident's canonical columns (type, date,
 * country, group, place, coordinates and headline figures).
 */
final class IncidentMerging {
    /** Reports of one event date it up to a few days apart: overnight attacks, late reports, time zones. */
    static final int WINDOW_DAYS = 3;
    /** An undated mention is placed in the week before its article appeared. */
    static final int UNDATED_DAYS = 7;

    /**
     * Candidates of one type family: undated incidents, and dated ones whose dates overlap the window.
     * Two branches rather than an OR, so that the (type, date_start) index narrows the dated one.
     */
    private static final String BLOCK_BRANCH = """
            SELECT i.id FROM incident i
            WHERE i.type IN (%s)
              AND (? IS NULL OR i.country IS NULL OR i.country = ?%s)
              AND %s
              AND EXISTS (SELECT 1 FROM mention m JOIN article a ON a.id = m.article_id
                          WHERE m.incident_id = i.id AND a.published >= ? AND a.published <= ?)
            """;
    private static final String UNDATED = "i.date_start IS NULL";
    private static final String DATED = "i.date_start >= ? AND i.date_start <= ? AND i.date_end >= ?";

    private static final String MENTIONS_OF_INCIDENT = "SELECT m.id AS mention_id, m.article_id, " + MentionRows.SELECT_COLUMNS
            + ", a.published AS article_published, a.source AS article_source, a.title AS article_title, a.text AS article_text\n"
            + "FROM mention m JOIN article a ON a.id = m.article_id WHERE m.incident_id = ? ORDER BY m.id";

    private static final String INSERT_INCIDENT = """
            INSERT INTO incident (type, date_start, date_end, country, perpetrator, perpetrator_key, place, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            RETURNING id
            """;

    private static final String UPDATE_INCIDENT = """
            UPDATE incident SET type = ?, date_start = ?, date_end = ?, country = ?, perpetrator = ?, perpetrator_key = ?, place = ?
            WHERE id = ?
            """;

    /**
     * The summary columns V2's triggers fill from single rows (largest figure, earliest coordinates);
     * for a merged incident they must agree with what it shows: its headline figures and the
     * coordinates of its canonical place. Written after the triggers have run.
     */
    private static final String UPDATE_SUMMARY = "UPDATE incident SET killed = ?, injured = ?, latitude = ?, longitude = ? WHERE id = ?";

    private static final String FIGURES = """
            SELECT f.id, f.kind, f.value, f.reported_at, m.article_id, m.certainty, a.source
            FROM figure f JOIN mention m ON m.id = f.mention_id JOIN article a ON a.id = m.article_id
            WHERE f.incident_id = ?
            ORDER BY f.reported_at, f.id
            """;

    private static final String INSERT_MENTION = "INSERT INTO mention (incident_id, article_id, ordinal, merge_reason, "
            + MentionRows.COLUMNS + ")\n"
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)\n"
            + "RETURNING id";

    private static final String INSERT_FIGURE = """
            INSERT INTO figure (incident_id, mention_id, kind, value, reported_at)
            VALUES (?, ?, ?, ?, ?)
            """;

    /** How far back a stored article may lie for its incident to be a candidate: the date window plus the undated week. */
    private static final int ARTICLE_SPAN_DAYS = 60;

    private final Connection connection;
    private final IncidentMerger merger;

    IncidentMerging(Connection connection, IncidentMerger merger) {
        this.connection = connection;
        this.merger = merger;
    }

    /** Saves {@code m} of {@code article} into a stored incident or a new one; returns the decision. */
    MergeDecision save(Article article, int ordinal, IncidentMention m, String now) throws SQLException {
        ReportedMention incoming = new ReportedMention(m, article.published(), article.source(), article.title(), article.text());
        List<MergeCandidate> candidates = new ArrayList<>();
        for (long id : block(m, article.published(), merger.countriesNamedBy(incoming))) candidates.add(new MergeCandidate(id, mentionsOf(id)));
        MergeDecision decision = merger.decide(incoming, candidates);
        long incidentId = decision instanceof MergeDecision.Join join ? join.incidentId() : insertIncident(m, now);
        long mentionId;
        try (PreparedStatement statement = connection.prepareStatement(INSERT_MENTION)) {
            statement.setLong(1, incidentId);
            statement.setString(2, article.id());
            statement.setInt(3, ordinal);
            statement.setString(4, decision.reason());
            MentionRows.bind(statement, 5, m);
            mentionId = SqlRows.returnedId(statement);
        }
        try (PreparedStatement statement = connection.prepareStatement(INSERT_FIGURE)) {
            if (m.killed().isPresent()) insertFigure(statement, incidentId, mentionId, "killed", m.killed().getAsInt(), article);
            if (m.injured().isPresent()) insertFigure(statement, incidentId, mentionId, "injured", m.injured().getAsInt(), article);
        }
        if (decision instanceof MergeDecision.Join) refresh(incidentId);
        return decision;
    }

    /** Recomputes the canonical columns of an incident from the mentions it has now. */
    void refresh(long incidentId) throws SQLException {
        List<IncidentMention> mentions = mentionsOf(incidentId).stream().map(ReportedMention::mention).toList();
        if (mentions.isEmpty()) return;
        CanonicalIncident c = CanonicalIncident.of(mentions);
        try (PreparedStatement statement = connection.prepareStatement(UPDATE_INCIDENT)) {
            bindIncident(statement, c.type(), c);
            statement.setLong(8, incidentId);
            statement.executeUpdate();
        }
        List<FigureReport> figures = figuresOf(incidentId);
        try (PreparedStatement statement = connection.prepareStatement(UPDATE_SUMMARY)) {
            setInt(statement, 1, headline(figures, "killed"));
            setInt(statement, 2, headline(figures, "injured"));
            statement.setObject(3, c.coordinates().map(IncidentMention.Coordinates::latitude).orElse(null));
            statement.setObject(4, c.coordinates().map(IncidentMention.Coordinates::longitude).orElse(null));
            statement.setLong(5, incidentId);
            statement.executeUpdate();
        }
    }

    /** Every figure reported for the incident, in the order they were reported. */
    List<FigureReport> figuresOf(long incidentId) throws SQLException {
        List<FigureReport> figures = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(FIGURES)) {
            statement.setLong(1, incidentId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    figures.add(new FigureReport(rows.getString("kind"), rows.getInt("value"), rows.getString("article_id"),
                            rows.getString("source"), LocalDate.parse(rows.getString("reported_at")),
                            Certainty.valueOf(rows.getString("certainty")), rows.getLong("id")));
                }
            }
        }
        return figures;
    }

    /** The headline value of one kind of figure (see {@link FigureReport#headline}). */
    static OptionalInt headline(List<FigureReport> figures, String kind) {
        return FigureReport.headline(figures.stream().filter(f -> f.kind().equals(kind)).toList())
                .map(f -> OptionalInt.of(f.value())).orElse(OptionalInt.empty());
    }

    private static void setInt(PreparedStatement statement, int index, OptionalInt value) throws SQLException {
        if (value.isPresent()) statement.setInt(index, value.getAsInt());
        else statement.setNull(index, java.sql.Types.INTEGER);
    }

    /** Ids of the stored incidents the mention may report, in its country or one of {@code namedCountries}. */
    private List<Long> block(IncidentMention m, LocalDate published, List<String> namedCountries) throws SQLException {
        LocalDate start = m.date().map(d -> d.start()).orElse(published.minusDays(UNDATED_DAYS)).minusDays(WINDOW_DAYS);
        LocalDate end = m.date().map(d -> d.end()).orElse(published).plusDays(WINDOW_DAYS);
        List<IncidentType> family = java.util.Arrays.stream(IncidentType.values()).filter(t -> t.family() == m.type().family()).toList();
        String placeholders = family.stream().map(t -> "?").collect(Collectors.joining(", "));
        String country = m.country().map(c -> c.toUpperCase(Locale.ROOT)).orElse(null);
        // A dated mention may be reported long after; an undated one only matches incidents reported around its article.
        LocalDate from = m.date().isPresent() ? start : published.minusDays(UNDATED_DAYS + WINDOW_DAYS);
        String publishedFrom = m.date().isPresent() ? start.toString() : from.toString();
        String publishedTo = m.date().isPresent() ? end.plusDays(ARTICLE_SPAN_DAYS).toString() : published.plusDays(WINDOW_DAYS).toString();
        java.util.TreeSet<Long> ids = new java.util.TreeSet<>();
        for (boolean dated : new boolean[] {false, true}) {
            String named = namedCountries.isEmpty() ? "" : " OR i.country IN (" + namedCountries.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
            String sql = BLOCK_BRANCH.formatted(placeholders, named, dated ? DATED : UNDATED);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int i = 1;
                for (IncidentType t : family) statement.setString(i++, t.code());
                statement.setString(i++, country);
                statement.setString(i++, country);
                for (String c : namedCountries) statement.setString(i++, c);
                if (dated) {
                    // No incident spans more than a year, so this lower bound loses none and bounds the index scan.
                    statement.setString(i++, start.minusDays(366).toString());
                    statement.setString(i++, end.toString());
                    statement.setString(i++, start.toString());
                }
                statement.setString(i++, publishedFrom);
                statement.setString(i, publishedTo);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) ids.add(rows.getLong(1));
                }
            }
        }
        return new ArrayList<>(ids);
    }

    List<ReportedMention> mentionsOf(long incidentId) throws SQLException {
        Map<Long, ReportedMention> mentions = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(MENTIONS_OF_INCIDENT)) {
            statement.setLong(1, incidentId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    mentions.put(rows.getLong("mention_id"), new ReportedMention(MentionRows.read(rows),
                            LocalDate.parse(rows.getString("article_published")), rows.getString("article_source"),
                            rows.getString("article_title"), rows.getString("article_text")));
                }
            }
        }
        return List.copyOf(mentions.values());
    }

    private long insertIncident(IncidentMention m, String now) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(INSERT_INCIDENT)) {
            bindIncident(statement, m.type(), CanonicalIncident.of(List.of(m)));
            statement.setString(8, now);
            return SqlRows.returnedId(statement);
        }
    }

    private static void bindIncident(PreparedStatement statement, IncidentType type, CanonicalIncident c) throws SQLException {
        statement.setString(1, type.code());
        statement.setString(2, c.date().map(d -> d.start().toString()).orElse(null));
        statement.setString(3, c.date().map(d -> d.end().toString()).orElse(null));
        statement.setString(4, c.country().map(x -> x.toUpperCase(Locale.ROOT)).orElse(null));
        statement.setString(5, c.perpetrator().orElse(null));
        statement.setString(6, c.perpetrator().map(p -> p.toLowerCase(Locale.ROOT)).orElse(null));
        statement.setString(7, c.place().orElse(null));
    }

    private static void insertFigure(PreparedStatement statement, long incidentId, long mentionId, String kind, int value, Article article)
            throws SQLException {
        statement.setLong(1, incidentId);
        statement.setLong(2, mentionId);
        statement.setString(3, kind);
        statement.setInt(4, value);
        statement.setString(5, article.published().toString());
        statement.executeUpdate();
    }
}
