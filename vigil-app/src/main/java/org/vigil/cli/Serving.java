package org.vigil.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.util.Optional;
import org.vigil.alert.AlertSettings;
import org.vigil.ingest.FeedFollower;
import org.vigil.ingest.FetchPolicy;
import org.vigil.store.SqliteFeedList;
import org.vigil.store.SqliteIncidentStore;
import org.vigil.web.Routes;

/**
 * A running Vigil server: the web UI and API over a store and, unless switched off, the polling of the
 * followed feeds in a background thread, saving through the same store so that new articles reach the
 * pages, the live alert stream and the watchlists exactly as ingested ones do. Closing it stops the
 * polling first (between two items), then the web server; the store stays open for its owner to close.
 */
final class Serving implements AutoCloseable {
    /** Name of the polling thread, for thread dumps and tests. */
    static final String POLLING_THREAD = "vigil-feed-polling";

    private final Javalin app;
    private final Optional<FeedFollower> follower;
    private final Optional<SqliteFeedList> feeds;

    private Serving(Javalin app, Optional<FeedFollower> follower, Optional<SqliteFeedList> feeds) {
        this.app = app;
        this.follower = follower;
        this.feeds = feeds;
    }

    /**
     * Starts serving {@code store} on {@code bind:port} and, when {@code polling} is present, polling the feeds
     * of the store's file with that fetch policy; throws when the port cannot be had (nothing is left running).
     */
    static Serving start(SqliteIncidentStore store, Components components, AlertSettings alertSettings, String bind, int port,
                         Optional<FetchPolicy> polling, PrintWriter out, PrintWriter err) {
        Javalin app = Routes.create(store, components.gazetteer(), components.actors(), components.annotator(), alertSettings);
        try {
            app.start(bind, port);
        } catch (RuntimeException e) {
            app.stop();
            throw e;
        }
        if (polling.isEmpty()) return new Serving(app, Optional.empty(), Optional.empty());
        SqliteFeedList feeds = SqliteFeedList.open(store.file());
        // Serving goes on whatever a poll meets; errors are printed, the exit status stays the server's.
        FeedFollower follower = FeedFollowing.follower(feeds, store, components.extractor(), polling.get(), out, err, () -> { })
                .start(POLLING_THREAD);
        return new Serving(app, Optional.of(follower), Optional.of(feeds));
    }

    int port() {
        return app.port();
    }

    /** Whether feeds are being polled (false with {@code --no-poll}, and once closed). */
    boolean polling() {
        return follower.map(FeedFollower::running).orElse(false);
    }

    @Override
    public void close() {
        follower.ifPresent(FeedFollower::close);
        feeds.ifPresent(SqliteFeedList::close);
        app.stop();
    }
}
