/**
 * Where articles and the incidents found in them live: {@link org.vigil.store.IncidentStore} saves an
 * article with its mentions in one transaction and answers filtered, paged queries over incidents;
 * {@link org.vigil.store.SqliteIncidentStore} keeps them in one SQLite file whose schema Flyway builds
 * from the portable migrations in {@code db/migration}, so the same schema can later live in
 * PostgreSQL. Tables: {@code article} (everything accepted, text kept once), {@code incident} (the
 * real-world occurrence), {@code mention} (what one article says about one incident) and
 * {@code figure} (every casualty figure reported, so a toll's history is kept). For the web UI,
 * {@link org.vigil.store.IncidentStore#search} pages, sorts and full-text searches incidents and
 * {@link org.vigil.store.IncidentStore#stats} counts them over {@code IncidentColumns}, the incidents'
 * filter, sort and count columns held in memory and patched from the {@code incident_change} log after
 * saves (merging included); SQLite answers the full-text match and the rows of the page, shown with the
 * incident row's merged values ({@code MergedIncidentValues}). The SQLite-only migrations in
 * {@code db/sqlite} add FTS5 indexes, summary columns kept by triggers (V2) and that change log (V6).
 * Since migration V3 a new article that repeats a stored story becomes another row of
 * {@code article_url}, each mention joins the incident the {@link org.vigil.resolve.IncidentMerger}
 * picks from a blocking query (its reason kept in {@code mention.merge_reason}), and
 * {@link org.vigil.store.SqliteFeedList} keeps the followed feeds ({@code feed}, {@code feed_item}).
 * Analysts' corrections (the {@code correction} table the review feature writes) are applied by the store
 * itself, so every reader agrees: {@link org.vigil.store.CorrectionsInForce} reads them, {@code IncidentSummary}
 * computes an incident's columns from its mentions as corrected (a field an analyst corrected shows the
 * newest correction; an incident whose every mention was judged "not an incident" is marked
 * {@code rejected} and left out of lists, counts and merging), and {@link org.vigil.store.AppliedCorrections}
 * writes them when a correction is saved, as the store does when it saves an article again. Mention and
 * figure rows keep what was extracted; incidents an analyst added because extraction missed them are
 * mentions marked {@code added_by} (migration V7).
 */
package org.vigil.store;
