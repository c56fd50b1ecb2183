package org.vigil.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.extract.IncidentMention;
import org.vigil.ingest.Article;
import org.vigil.resolve.IncidentMerger;

/**
 * An {@link IncidentStore} in one SQLite file: articles, incidents, their mentions and every reported
 * figure, in the schema of the migrations under {@code db/migration}. One connection serves all
 * calls, one at a time. A new article that tells a stored story again becomes another URL of it
 * ({@link ArticleDuplicates}); each new mention joins the incident it reports or starts one
 * ({@link IncidentMerging}).
 */
public final class SqliteIncidentStore implements IncidentStore {

    private static final String ARTICLE_HASH = "SELECT text_hash FROM article WHERE id = ?";

    private static final String INSERT_ARTICLE = """
            INSERT INTO article (url, title, published, language, text, text_hash, paragraphs, source, ingested_at, updated_at, id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private static final String UPDATE_ARTICLE = """
            UPDATE article
            SET url = ?, title = ?, published = ?, language = ?, text = ?, text_hash = ?, paragraphs = ?, source = ?, updated_at = ?
            WHERE id = ?
            """;

    private static final String INCIDENTS_OF_ARTICLE = "SELECT DISTINCT incident_id FROM mention WHERE article_id = ?";

    private static final String DELETE_FIGURES_OF_ARTICLE = """
            DELETE FROM figure
            WHERE mention_id IN (SELECT id FROM mention WHERE article_id = ?)
            """;

    private static final String DELETE_MENTIONS_OF_ARTICLE = "DELETE FROM mention WHERE article_id = ?";

    private static final String DELETE_INCIDENT_WITHOUT_MENTIONS = """
            DELETE FROM incident
            WHERE id = ? AND NOT EXISTS (SELECT 1 FROM mention WHERE mention.incident_id = incident.id)
            """;

    private static final String SELECT_ARTICLE = "SELECT * FROM article WHERE id = ?";

    private static final String COUNT_ARTICLES = "SELECT COUNT(*) FROM article";

    private final Path file;
    private final Connection connection;
    private final Clock clock;
    private final IncidentMerging merging;
    private final ArticleDuplicates duplicates;
    private final IncidentDetails details;
    private final IncidentReads reads;

    private SqliteIncidentStore(Path file, Connection connection, Clock clock, IncidentMerger merger) {
        this.file = file;
        this.connection = connection;
        this.clock = clock;
        this.merging = new IncidentMerging(connection, merger);
        this.duplicates = new ArticleDuplicates(connection);
        this.details = new IncidentDetails(connection, duplicates);
        this.reads = new IncidentReads(connection);
    }

    private final StatsCache statsCache = new StatsCache();
    /** Saves through this store; with data_version (other connections' commits) it tells when cached stats are stale. */
    private long saves;
    /** What the web UI's searches and stats read, as of {@link #columnsVersion}; loaded on first use. */
    private IncidentColumns columns;
    private String columnsVersion = "";

    /** Alerting hooks in here (see {@link #onChange}); NONE reads nothing more on save. */
    private volatile IncidentListener listener = IncidentListener.NONE;

    /** From now on, {@code listener} is told of the incidents each save changed, inside the save's transaction. */
    public synchronized void onChange(IncidentListener listener) {
        this.listener = java.util.Objects.requireNonNull(listener, "listener");
    }

    /** The database file this store keeps, so stores of other features can open it beside this one. */
    public Path file() {
        return file;
    }

    /** Opens (creating it and its folders when missing) the Vigil database in {@code file} and brings its schema up to date. */
    public static SqliteIncidentStore open(Path file) {
        return open(file, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, with the clock that stamps when articles and incidents were stored. */
    public static SqliteIncidentStore open(Path file, Clock clock) {
        return open(file, clock, IncidentMerger.lexical());
    }

    /** As {@link #open(Path)}, merging mentions of one incident with {@code merger}. */
    public static SqliteIncidentStore open(Path file, IncidentMerger merger) {
        return open(file, Clock.systemUTC(), merger);
    }

    public static SqliteIncidentStore open(Path file, Clock clock, IncidentMerger merger) {
        return new SqliteIncidentStore(file.toAbsolutePath(), DatabaseFile.open(file), clock, merger);
    }

    /** {@code $VIGIL_HOME/vigil.db} when {@code VIGIL_HOME} is set, else {@code ~/.vigil/vigil.db}. */
    public static Path defaultLocation() {
        return defaultLocation(System.getenv(), System.getProperty("user.home"));
    }

    static Path defaultLocation(Map<String, String> environment, String userHome) {
        String home = environment.get("VIGIL_HOME");
        Path folder = home == null || home.isBlank() ? Path.of(userHome, ".vigil") : Path.of(home);
        return folder.resolve("vigil.db");
    }

    @Override
    public synchronized SaveOutcome save(Article article, List<IncidentMention> mentions) {
        for (IncidentMention m : mentions) {
            if (!m.articleId().equals(article.id())) {
                throw new IllegalArgumentException("Mention of article " + m.articleId() + " cannot be saved with article " + article.id());
            }
            if (m.evidence().end() > article.text().length()) {
                throw new IllegalArgumentException("Evidence " + m.evidence() + " lies outside the " + article.text().length() + " characters of article " + article.id());
            }
        }
        // The hash covers the mentions too, so re-ingesting after an extractor improvement refreshes them.
        String hash = ArticleRows.textHash(article.text() + "\u0000" + mentions);
        saves++;
        return inTransaction(() -> {
            Optional<String> storedHash = textHash(article.id());
            if (storedHash.isPresent() && storedHash.get().equals(hash)) return SaveOutcome.UNCHANGED;
            String now = clock.instant().toString();
            if (storedHash.isEmpty()) {
                Optional<String> original = duplicates.sameStory(article);
                if (original.isPresent()) {
                    // The same story under another address: one article with several URLs, its incidents already counted.
                    if (article.url().isPresent()) duplicates.addUrl(article.url().get(), original.get(), now);
                    return SaveOutcome.UNCHANGED;
                }
                writeArticle(INSERT_ARTICLE, article, hash, now, true);
                duplicates.record(article, now);
            } else {
                writeArticle(UPDATE_ARTICLE, article, hash, now, false);
                deleteMentions(article.id());
            }
            // Analysts' corrections of this article reach its incidents again, and the incidents they added come back.
            CorrectionsInForce corrections = CorrectionsInForce.read(connection, List.of(article.id()));
            for (int i = 0; i < mentions.size(); i++) {
                merging.save(article, i, mentions.get(i), now, corrections);
            }
            if (!corrections.isEmpty()) AppliedCorrections.addMissed(connection, article.id(), corrections, now);
            if (listener != IncidentListener.NONE) ChangedIncidents.ofArticle(connection, article.id()).tell(listener, connection, "");
            return storedHash.isEmpty() ? SaveOutcome.ADDED : SaveOutcome.UPDATED;
        });
    }

    @Override
    public synchronized List<StoredIncident> incidents(IncidentQuery query) {
        IncidentFilter filter = IncidentFilter.of(query);
        try (PreparedStatement statement = connection.prepareStatement(filter.selectSql())) {
            int next = filter.bind(statement);
            statement.setInt(next++, query.limit());
            statement.setInt(next, query.offset());
            List<StoredIncident> incidents = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    incidents.add(new StoredIncident(rows.getLong("incident_id"), MentionRows.read(rows),
                            rows.getString("article_title"), Optional.ofNullable(rows.getString("article_url")),
                            Optional.ofNullable(rows.getString("added_by"))));
                }
            }
            List<StoredIncident> complete = new ArrayList<>();
            for (StoredIncident incident : incidents) complete.add(details.complete(incident));
            return complete;
        } catch (SQLException e) {
            throw failed("read incidents for " + query, e);
        }
    }

    @Override
    public synchronized int countIncidents(IncidentQuery query) {
        IncidentFilter filter = IncidentFilter.of(query);
        try (PreparedStatement statement = connection.prepareStatement(filter.countSql())) {
            filter.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw failed("count incidents for " + query, e);
        }
    }

    @Override
    public synchronized Optional<IncidentExplanation> explain(long incidentId) {
        try {
            return details.explain(incidentId);
        } catch (SQLException e) {
            throw failed("explain incident " + incidentId, e);
        }
    }

    @Override
    public synchronized Optional<String> articleWithUrl(String url) {
        try {
            return duplicates.articleWithUrl(url);
        } catch (SQLException e) {
            throw failed("look up the article of " + url, e);
        }
    }

    @Override
    public synchronized Optional<Article> article(String id) {
        try (PreparedStatement statement = connection.prepareStatement(SELECT_ARTICLE)) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(ArticleRows.read(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed("read article " + id, e);
        }
    }

    @Override
    public synchronized int articleCount() {
        try (PreparedStatement statement = connection.prepareStatement(COUNT_ARTICLES); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw failed("count articles", e);
        }
    }

    @Override
    public synchronized IncidentPage search(IncidentSearch search) {
        try {
            return reads.search(search, columns(version()));
        } catch (SQLException e) {
            throw failed("search incidents for " + search, e);
        }
    }

    @Override
    public synchronized IncidentStats stats(IncidentSearch search, int top) {
        try {
            String version = version();
            Optional<IncidentStats> cached = statsCache.get(search, top, version);
            if (cached.isPresent()) return cached.get();
            IncidentStats stats = reads.stats(search, top, columns(version));
            statsCache.put(search, top, stats);
            return stats;
        } catch (SQLException e) {
            throw failed("count incidents for " + search, e);
        }
    }

    @Override
    public synchronized Optional<IncidentDetail> incident(long id) {
        try {
            Optional<ListedIncident> incident = reads.incident(id);
            if (incident.isEmpty()) return Optional.empty();
            return Optional.of(new IncidentDetail(incident.get(), reads.sourcesOfIncident(id), reads.figures(id)));
        } catch (SQLException e) {
            throw failed("read incident " + id, e);
        }
    }

    @Override
    public synchronized List<IncidentSource> mentionsOfArticle(String articleId) {
        try {
            return reads.mentionsOfArticle(articleId);
        } catch (SQLException e) {
            throw failed("read the mentions of article " + articleId, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failed("close the database", e);
        }
    }

    /** Changes whenever this store saves or another connection commits. */
    private String version() throws SQLException {
        return reads.dataVersion() + ":" + saves;
    }

    /** The columns in memory as of this version; when the database changed, brought up to date in one read transaction. */
    private IncidentColumns columns(String version) throws SQLException {
        if (columns == null || !version.equals(columnsVersion)) {
            connection.setAutoCommit(false);
            try {
                columns = IncidentColumnsReader.current(connection, columns);
            } finally {
                connection.commit();
                connection.setAutoCommit(true);
            }
            columnsVersion = version;
        }
        return columns;
    }

    private Optional<String> textHash(String articleId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(ARTICLE_HASH)) {
            statement.setString(1, articleId);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    /** Both article statements take the same parameters, id last; only an insert sets {@code ingested_at}. */
    private void writeArticle(String sql, Article article, String hash, String now, boolean insert) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int i = 1;
            statement.setString(i++, article.url().orElse(null));
            statement.setString(i++, article.title());
            statement.setString(i++, article.published().toString());
            statement.setString(i++, article.language());
            statement.setString(i++, article.text());
            statement.setString(i++, hash);
            statement.setString(i++, ArticleRows.paragraphsJson(article.paragraphs()));
            statement.setString(i++, article.source());
            if (insert) statement.setString(i++, now);
            statement.setString(i++, now);
            statement.setString(i, article.id());
            statement.executeUpdate();
        }
    }

    private void deleteMentions(String articleId) throws SQLException {
        List<Long> incidentIds = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(INCIDENTS_OF_ARTICLE)) {
            statement.setString(1, articleId);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) incidentIds.add(rows.getLong(1));
            }
        }
        execute(DELETE_FIGURES_OF_ARTICLE, articleId);
        execute(DELETE_MENTIONS_OF_ARTICLE, articleId);
        try (PreparedStatement statement = connection.prepareStatement(DELETE_INCIDENT_WITHOUT_MENTIONS)) {
            for (long id : incidentIds) {
                statement.setLong(1, id);
                statement.executeUpdate();
            }
        }
        for (long id : incidentIds) merging.refresh(id);
    }

    private void execute(String sql, String parameter) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            statement.executeUpdate();
        }
    }

    /**
     * Tells the listener how these incidents stand now, on the caller's connection and inside its open transaction:
     * for changes saved beside the store, such as a correction saved by the review store on its own connection.
     * It takes no lock of this store, so a save in progress on another thread cannot hold it up.
     */
    @Override
    public void changedWithin(Connection connection, java.util.Collection<Long> incidentIds, String cause) throws SQLException {
        IncidentListener told = listener;
        if (told == IncidentListener.NONE || incidentIds.isEmpty()) return;
        ChangedIncidents.read(connection, incidentIds).tell(told, connection, cause);
    }

    private <T> T inTransaction(Transaction.Work<T> work) {
        try {
            return Transaction.run(connection, work);
        } catch (SQLException e) {
            throw failed("save an article", e);
        }
    }

    private StoreException failed(String action, SQLException e) {
        return new StoreException("Vigil database " + file + " could not " + action + ": " + e.getMessage(), e);
    }
}
