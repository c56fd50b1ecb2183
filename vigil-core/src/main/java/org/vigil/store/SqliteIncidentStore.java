package org.vigil.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
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
 * ({@link IncidentMerging}). This class holds the lock, the transactions and the listener and names the
 * file when SQLite fails; {@link ArticleWrites} saves, {@link IncidentListing}, {@link IncidentDetails}
 * and {@link IncidentReads} read, and {@link CurrentColumns} keeps the web UI's columns current.
 */
public final class SqliteIncidentStore implements IncidentStore {

    private static final String SELECT_ARTICLE = "SELECT * FROM article WHERE id = ?";

    private static final String COUNT_ARTICLES = "SELECT COUNT(*) FROM article";

    private final Path file;
    private final Connection connection;
    private final ArticleWrites writes;
    private final IncidentListing listing;
    private final IncidentDetails details;
    private final ArticleDuplicates duplicates;
    private final IncidentReads reads;
    private final CurrentColumns columns;

    private SqliteIncidentStore(Path file, Connection connection, Clock clock, IncidentMerger merger) {
        this.file = file;
        this.connection = connection;
        this.duplicates = new ArticleDuplicates(connection);
        this.writes = new ArticleWrites(connection, clock, new IncidentMerging(connection, merger), duplicates);
        this.details = new IncidentDetails(connection, duplicates);
        this.listing = new IncidentListing(connection, details);
        this.reads = new IncidentReads(connection);
        this.columns = new CurrentColumns(connection, reads);
    }

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
        String hash = ArticleWrites.hash(article, mentions);
        columns.saved();
        return inTransaction(() -> writes.save(article, mentions, hash, listener));
    }

    @Override
    public synchronized List<StoredIncident> incidents(IncidentQuery query) {
        try {
            return listing.incidents(query);
        } catch (SQLException e) {
            throw failed("read incidents for " + query, e);
        }
    }

    @Override
    public synchronized int countIncidents(IncidentQuery query) {
        try {
            return listing.count(query);
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
            return columns.search(search);
        } catch (SQLException e) {
            throw failed("search incidents for " + search, e);
        }
    }

    @Override
    public synchronized IncidentStats stats(IncidentSearch search, int top) {
        try {
            return columns.stats(search, top);
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
