package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigil.extract.IncidentMention;

/** Reads what a merged incident is made of: its sources, the history of each figure, its canonical values and its merge reasons. */
final class IncidentDetails {
    private static final String SOURCES = """
            SELECT a.id, a.title, a.source, a.published, a.url, MIN(m.id) AS first_mention
            FROM mention m JOIN article a ON a.id = m.article_id
            WHERE m.incident_id = ?
            GROUP BY a.id, a.title, a.source, a.published, a.url
            ORDER BY a.published, first_mention
            """;

    private static final String EXPLAIN = "SELECT m.article_id, m.merge_reason, " + MentionRows.SELECT_COLUMNS
            + ", a.title AS article_title, a.published AS article_published\n"
            + "FROM mention m JOIN article a ON a.id = m.article_id WHERE m.incident_id = ? ORDER BY m.id";

    private final Connection connection;
    private final ArticleDuplicates duplicates;
    private final IncidentSummary summary;

    IncidentDetails(Connection connection, ArticleDuplicates duplicates) {
        this.connection = connection;
        this.duplicates = duplicates;
        this.summary = new IncidentSummary(connection);
    }

    /**
     * The incident with its canonical values, headline figures, sources and figure history filled in, all
     * with the analysts' corrections in force (an incident judged "not an incident" keeps the row's values).
     */
    StoredIncident complete(StoredIncident row) throws SQLException {
        IncidentSummary.Standing standing = summary.of(row.id());
        if (standing.mentions().isEmpty()) return new StoredIncident(row.id(), row.mention(), row.articleTitle(), row.articleUrl(),
                sources(row.id()), standing.figures(), row.addedBy());
        IncidentMention shown = standing.canonical().over(standing.corrected().get(0), standing.headline("killed"), standing.headline("injured"));
        return new StoredIncident(row.id(), shown, row.articleTitle(), row.articleUrl(), sources(row.id()), standing.figures(), row.addedBy());
    }

    Optional<IncidentExplanation> explain(long incidentId) throws SQLException {
        List<IncidentExplanation.Entry> entries = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(EXPLAIN)) {
            statement.setLong(1, incidentId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String reason = rows.getString("merge_reason");
                    entries.add(new IncidentExplanation.Entry(MentionRows.read(rows), rows.getString("article_title"),
                            LocalDate.parse(rows.getString("article_published")),
                            reason == null ? "stored before merging existed: its own incident" : reason));
                }
            }
        }
        return entries.isEmpty() ? Optional.empty() : Optional.of(new IncidentExplanation(incidentId, entries));
    }

    private List<SourceArticle> sources(long incidentId) throws SQLException {
        List<SourceArticle> sources = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(SOURCES)) {
            statement.setLong(1, incidentId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String id = rows.getString("id");
                    List<String> urls = duplicates.urlsOf(id);
                    // Articles stored before article_url existed have only their own address.
                    if (urls.isEmpty() && rows.getString("url") != null) urls = List.of(rows.getString("url"));
                    sources.add(new SourceArticle(id, rows.getString("title"), rows.getString("source"),
                            LocalDate.parse(rows.getString("published")), urls));
                }
            }
        }
        return sources;
    }
}
