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
import java.util.stream.Collectors;
import org.vigil.extract.IncidentMention;
import org.vigil.extract.IncidentType;
import org.vigil.ingest.Article;
import org.vigil.resolve.IncidentMerger;
import org.vigil.resolve.MergeCandidate;
import org.vigil.resolve.MergeDecision;
import org.vigil.resolve.ReportedMention;

/**
 * Saves one mention into the incident it reports: runs the blocking query (same type family, dates
 * within {@link #WINDOW_DAYS} days, same or unknown country, not judged "not an incident"), lets the
 * {@link IncidentMerger} decide over the candidates as analysts corrected them, then inserts the mention
 * and its figures as extracted and refreshes the incident's canonical columns ({@link IncidentSummary}).
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
              AND i.rejected = 0
              AND (? IS NULL OR i.country IS NULL OR i.country = ?%s)
              AND %s
              AND EXISTS (SELECT 1 FROM mention m JOIN article a ON a.id = m.article_id
                          WHERE m.incident_id = i.id AND a.published >= ? AND a.published <= ?)
            """;
    private static final String UNDATED = "i.date_start IS NULL";
    private static final String DATED = "i.date_start >= ? AND i.date_start <= ? AND i.date_end >= ?";

    /** How far back a stored article may lie for its incident to be a candidate: the date window plus the undated week. */
    private static final int ARTICLE_SPAN_DAYS = 60;

    private final Connection connection;
    private final IncidentMerger merger;
    private final IncidentSummary summary;
    private final IncidentRows incidentRows;

    IncidentMerging(Connection connection, IncidentMerger merger) {
        this.connection = connection;
        this.merger = merger;
        this.summary = new IncidentSummary(connection);
        this.incidentRows = new IncidentRows(connection);
    }

    /**
     * Saves {@code m} of {@code article} into a stored incident or a new one; returns the decision. The
     * mention row keeps {@code m} as extracted; merging sees it as the analysts corrected it, and a mention
     * they judged "not an incident" joins nothing (its own incident is left out of lists and counts).
     */
    MergeDecision save(Article article, int ordinal, IncidentMention m, String now, CorrectionsInForce corrections) throws SQLException {
        IncidentMention seen = corrections.apply(m);
        MergeDecision decision;
        if (corrections.rejected(m)) {
            decision = new MergeDecision.Start("judged not an incident by an analyst: joins no incident");
        } else {
            ReportedMention incoming = new ReportedMention(seen, article.published(), article.source(), article.title(), article.text());
            List<MergeCandidate> candidates = new ArrayList<>();
            List<Long> ids = block(seen, article.published(), merger.countriesNamedBy(incoming));
            List<IncidentSummary.Standing> standing = summary.of(ids);
            for (int i = 0; i < ids.size(); i++) {
                if (!standing.get(i).mentions().isEmpty()) candidates.add(new MergeCandidate(ids.get(i), standing.get(i).mentions()));
            }
            decision = merger.decide(incoming, candidates);
        }
        long incidentId = decision instanceof MergeDecision.Join join ? join.incidentId() : incidentRows.insertIncident(seen, now);
        incidentRows.insertMention(article.id(), article.published(), ordinal, incidentId, decision.reason(), Optional.empty(), m);
        // V2's triggers set the figures and place from the rows as extracted; a joined or corrected incident needs its own.
        if (decision instanceof MergeDecision.Join || corrections.corrects(m)) summary.refresh(incidentId);
        return decision;
    }

    /** Recomputes the canonical columns of an incident from the mentions it has now, with corrections in force. */
    void refresh(long incidentId) throws SQLException {
        summary.refresh(incidentId);
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
}
