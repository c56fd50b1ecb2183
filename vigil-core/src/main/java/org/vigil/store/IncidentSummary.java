package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.vigil.extract.IncidentMention;
import org.vigil.extract.IncidentType;
import org.vigil.nlp.PartialDate;
import org.vigil.resolve.CanonicalIncident;
import org.vigil.resolve.FigureReport;
import org.vigil.resolve.ReportedMention;

/**
 * What an incident stands on and shows: its mentions with the analysts' corrections in force applied
 * (those judged "not an incident" left out), the figures they report, and the canonical values they give,
 * where a field an analyst corrected shows the newest correction whatever the other sources say.
 * {@link #refresh} writes those values into the incident row, which filters, sorting, counts and exports
 * read; mention and figure rows keep what was extracted.
 */
final class IncidentSummary {
    private static final String MENTIONS_OF_INCIDENT = "SELECT m.id AS mention_id, m.article_id, " + MentionRows.SELECT_COLUMNS
            + ", a.published AS article_published, a.source AS article_source, a.title AS article_title, a.text AS article_text\n"
            + "FROM mention m JOIN article a ON a.id = m.article_id WHERE m.incident_id = ? ORDER BY m.id";

    private static final String UPDATE_INCIDENT = """
            UPDATE incident SET type = ?, date_start = ?, date_end = ?, country = ?, perpetrator = ?, perpetrator_key = ?, place = ?,
                                rejected = 0
            WHERE id = ?
            """;

    private static final String REJECT = "UPDATE incident SET rejected = 1 WHERE id = ? AND rejected = 0";

    /**
     * The summary columns V2's triggers fill from single rows (largest figure, earliest coordinates);
     * for a merged or corrected incident they must agree with what it shows: its headline figures and
     * the coordinates of its canonical place. Written after the triggers have run.
     */
    private static final String UPDATE_SUMMARY = "UPDATE incident SET killed = ?, injured = ?, latitude = ?, longitude = ? WHERE id = ?";

    /**
     * An incident's mentions as corrected and still standing, with their articles' dates and outlets (oldest
     * first), and the figures they report; {@code extracted} is how many mentions it has in all.
     */
    record Standing(List<ReportedMention> mentions, List<FigureReport> figures, int extracted, CorrectionsInForce corrections) {
        /** True when analysts judged every mention of the incident "not an incident". */
        boolean rejected() {
            return mentions.isEmpty() && extracted > 0;
        }

        List<IncidentMention> corrected() {
            return mentions.stream().map(ReportedMention::mention).toList();
        }

        /** The canonical values of the standing mentions, with each field an analyst corrected set to the newest correction. */
        CanonicalIncident canonical() {
            CanonicalIncident c = CanonicalIncident.of(corrected());
            if (corrections.isEmpty()) return c;
            List<IncidentMention> m = corrected();
            Optional<Optional<String>> place = corrections.newest(m, "place");
            Optional<Optional<IncidentMention.Coordinates>> position = corrections.newest(m, CorrectionsInForce.COORDINATES)
                    .map(v -> v.flatMap(CorrectionsInForce::coordinates));
            return new CanonicalIncident(
                    corrections.newest(m, "type").flatMap(v -> v.flatMap(IncidentType::fromCode)).orElse(c.type()),
                    corrections.newest(m, "date").map(v -> v.flatMap(PartialDate::parse)).orElse(c.date()),
                    place.orElse(c.place()),
                    position.orElse(place.isPresent() ? Optional.empty() : c.coordinates()),
                    corrections.newest(m, "country").orElse(c.country()),
                    corrections.newest(m, "perpetrator").orElse(c.perpetrator()));
        }

        /** The headline figure of one kind: the newest correction of it, else the latest from the most reliable reports. */
        OptionalInt headline(String kind) {
            Optional<Optional<String>> corrected = corrections.newest(corrected(), kind);
            if (corrected.isPresent()) return corrected.get().map(v -> OptionalInt.of(Integer.parseInt(v))).orElse(OptionalInt.empty());
            return FigureReport.headline(figures.stream().filter(f -> f.kind().equals(kind)).toList())
                    .map(f -> OptionalInt.of(f.value())).orElse(OptionalInt.empty());
        }
    }

    private final Connection connection;

    IncidentSummary(Connection connection) {
        this.connection = connection;
    }

    /** What the incident stands on now; no mentions at all when it does not exist. */
    Standing of(long incidentId) throws SQLException {
        Stored stored = stored(incidentId);
        return standing(stored, CorrectionsInForce.read(connection, stored.articleIds()));
    }

    /** What each of these incidents stands on now, with one read of the corrections of all their articles (merging's candidates). */
    List<Standing> of(List<Long> incidentIds) throws SQLException {
        List<Stored> stored = new ArrayList<>();
        java.util.Set<String> articles = new java.util.LinkedHashSet<>();
        for (long id : incidentIds) {
            Stored s = stored(id);
            stored.add(s);
            articles.addAll(s.articleIds());
        }
        CorrectionsInForce corrections = CorrectionsInForce.read(connection, articles);
        List<Standing> standing = new ArrayList<>();
        for (Stored s : stored) standing.add(standing(s, corrections));
        return standing;
    }

    /** An incident's mentions as stored (extracted), oldest first, with their row ids. */
    private record Stored(List<ReportedMention> mentions, List<Long> mentionIds) {
        List<String> articleIds() {
            return mentions.stream().map(r -> r.mention().articleId()).toList();
        }
    }

    private Stored stored(long incidentId) throws SQLException {
        List<ReportedMention> stored = new ArrayList<>();
        List<Long> mentionIds = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(MENTIONS_OF_INCIDENT)) {
            statement.setLong(1, incidentId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    mentionIds.add(rows.getLong("mention_id"));
                    stored.add(new ReportedMention(MentionRows.read(rows), LocalDate.parse(rows.getString("article_published")),
                            rows.getString("article_source"), rows.getString("article_title"), rows.getString("article_text")));
                }
            }
        }
        return new Stored(stored, mentionIds);
    }

    private static Standing standing(Stored stored, CorrectionsInForce corrections) {
        List<ReportedMention> standing = new ArrayList<>();
        List<FigureReport> figures = new ArrayList<>();
        for (int i = 0; i < stored.mentions().size(); i++) {
            ReportedMention r = stored.mentions().get(i);
            if (corrections.rejected(r.mention())) continue;
            IncidentMention m = corrections.apply(r.mention());
            standing.add(new ReportedMention(m, r.published(), r.source(), r.title(), r.text()));
            // The figure rows hold what each mention reported; read from the corrected mention, they take its corrections.
            if (m.killed().isPresent()) figures.add(figure("killed", m.killed().getAsInt(), r, stored.mentionIds().get(i)));
            if (m.injured().isPresent()) figures.add(figure("injured", m.injured().getAsInt(), r, stored.mentionIds().get(i)));
        }
        figures.sort(java.util.Comparator.comparing(FigureReport::reported).thenComparingLong(FigureReport::order));
        return new Standing(standing, figures, stored.mentions().size(), corrections);
    }

    /** Recomputes the incident row from what it stands on now; an incident every mention of which was judged no incident is marked rejected. */
    void refresh(long incidentId) throws SQLException {
        Standing standing = of(incidentId);
        if (standing.extracted() == 0) return;
        if (standing.rejected()) {
            try (PreparedStatement statement = connection.prepareStatement(REJECT)) {
                statement.setLong(1, incidentId);
                statement.executeUpdate();
            }
            return;
        }
        CanonicalIncident c = standing.canonical();
        try (PreparedStatement statement = connection.prepareStatement(UPDATE_INCIDENT)) {
            bindIncident(statement, c);
            statement.setLong(8, incidentId);
            statement.executeUpdate();
        }
        try (PreparedStatement statement = connection.prepareStatement(UPDATE_SUMMARY)) {
            setInt(statement, 1, standing.headline("killed"));
            setInt(statement, 2, standing.headline("injured"));
            statement.setObject(3, c.coordinates().map(IncidentMention.Coordinates::latitude).orElse(null));
            statement.setObject(4, c.coordinates().map(IncidentMention.Coordinates::longitude).orElse(null));
            statement.setLong(5, incidentId);
            statement.executeUpdate();
        }
    }

    /** Binds type, date range, country, group, group key and place to parameters 1 to 7. */
    static void bindIncident(PreparedStatement statement, CanonicalIncident c) throws SQLException {
        statement.setString(1, c.type().code());
        statement.setString(2, c.date().map(d -> d.start().toString()).orElse(null));
        statement.setString(3, c.date().map(d -> d.end().toString()).orElse(null));
        statement.setString(4, c.country().map(x -> x.toUpperCase(Locale.ROOT)).orElse(null));
        statement.setString(5, c.perpetrator().orElse(null));
        statement.setString(6, c.perpetrator().map(p -> p.toLowerCase(Locale.ROOT)).orElse(null));
        statement.setString(7, c.place().orElse(null));
    }

    private static FigureReport figure(String kind, int value, ReportedMention r, long mentionId) {
        return new FigureReport(kind, value, r.mention().articleId(), r.source(), r.published(), r.mention().certainty(), mentionId);
    }

    private static void setInt(PreparedStatement statement, int index, OptionalInt value) throws SQLException {
        if (value.isPresent()) statement.setInt(index, value.getAsInt());
        else statement.setNull(index, java.sql.Types.INTEGER);
    }
}
