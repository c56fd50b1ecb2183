package org.vigil.store;

import java.util.List;
import java.util.Optional;
import org.vigil.extract.IncidentMention;
import org.vigil.ingest.Article;

/** Keeps articles and the incident mentions found in them, and returns incidents matching a query. */
public interface IncidentStore extends AutoCloseable {

    /**
     * Saves an article and its mentions in one transaction. The same id with the same text changes
     * nothing; the same id with other text replaces the article and all its mentions. A new article
     * telling a stored story again (another URL, wire copy with small edits) only adds its URL to the
     * stored article and is {@link SaveOutcome#UNCHANGED}. Each mention joins the stored incident it
     * reports, or starts a new one.
     *
     * @throws IllegalArgumentException when a mention belongs to another article or its evidence lies outside the text
     */
    SaveOutcome save(Article article, List<IncidentMention> mentions);

    /** Incidents matching the query, newest date first (undated last), then by id; one page as the query's limit and offset say. */
    List<StoredIncident> incidents(IncidentQuery query);

    /** How many incidents match the query's filters, ignoring its limit and offset. */
    int countIncidents(IncidentQuery query);

    /** Each mention of the incident with its article and the reason it was merged into it; empty when there is no such incident. */
    Optional<IncidentExplanation> explain(long incidentId);

    /** The id of the article found under this URL (its own, or one where the same story was found again). */
    Optional<String> articleWithUrl(String url);

    /** The article stored under this id, exactly as it was saved. */
    Optional<Article> article(String id);

    int articleCount();

    /** One page of the incidents a search matches, in its order, and how many match in all. */
    IncidentPage search(IncidentSearch search);

    /** Totals, counts by month and type, the {@code top} leading groups and countries, and map cells of the incidents a search matches; its page is ignored. */
    IncidentStats stats(IncidentSearch search, int top);

    /** One incident with every article statement it rests on and every figure reported for it. */
    Optional<IncidentDetail> incident(long id);

    /** What one article states: each of its mentions with the incident it belongs to, in the article's order. */
    List<IncidentSource> mentionsOfArticle(String articleId);

    @Override
    void close();

    /**
     * Tells whoever listens to this store's changes (alerts) how these incidents stand now, on the connection of
     * a transaction open beside the store (a correction saved by the review store), so that what the listener
     * writes commits or rolls back with that change; {@code cause} ("correction by alice") is what updates may
     * name. A store without listeners does nothing.
     */
    default void changedWithin(java.sql.Connection connection, java.util.Collection<Long> incidentIds, String cause) throws java.sql.SQLException {
    }
}
