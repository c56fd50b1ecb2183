package org.vigil.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.ingest.FeedPoller;
import org.vigil.ingest.FeedReader;
import org.vigil.ingest.FetchPolicy;
import org.vigil.ingest.PageFetcher;
import org.vigil.ingest.WebArticleReader;
import org.vigil.store.IncidentStore;
import org.vigil.store.SqliteFeedList;
import org.vigil.store.SqliteIncidentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigil follow}: polls the followed feeds as they fall due, fetching, extracting and storing each new article. */
@Command(name = "follow", mixinStandardHelpOptions = true,
        description = {"Poll the feeds added with 'vigil feeds add', each at its own interval, with ETag and Last-Modified;",
                "fetch every new item's page (robots.txt obeyed, a pause between requests to one host), extract its",
                "incidents and store them, merged with what is already known. Runs until stopped, or once with --once."})
final class FollowCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--once", description = "Poll the feeds that are due once, then stop.")
    boolean once;

    @Option(names = "--allow-private", description = "Allow feeds and pages on loopback or private networks (intranet sources, tests).")
    boolean allowPrivate;

    @Option(names = "--db", paramLabel = "FILE", description = "SQLite store (default: ${DEFAULT-VALUE}).")
    Path db = SqliteIncidentStore.defaultLocation();

    private final Components components;

    FollowCommand(Components components) {
        this.components = components;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (SqliteFeedList feeds = SqliteFeedList.open(db);
                IncidentStore store = WatchCommand.matching(SqliteIncidentStore.open(db, components.merger()))) {
            if (feeds.feeds().isEmpty()) {
                err.println("error: no feeds to follow; add one with 'vigil feeds add URL'");
                return 2;
            }
            FeedPoller poller = new FeedPoller(feeds, new PageFetcher(FetchPolicy.defaults().withAllowPrivate(allowPrivate)),
                    new FeedReader(), new WebArticleReader(new org.vigil.ingest.LanguageGuard()), Clock.systemUTC());
            FeedPoller.Sink sink = (article, warnings) -> {
                warnings.forEach(w -> err.println("warning: " + w));
                store.save(article, components.extractor().extract(article));
            };
            boolean failed = false;
            do {
                List<FeedPoller.PollReport> reports = poller.pollDue(sink);
                for (FeedPoller.PollReport r : reports) {
                    out.println(Instant.now() + " " + r.feedUrl() + ": " + r.status());
                    r.errors().forEach(e -> err.println("error: " + e));
                    failed |= !r.errors().isEmpty();
                }
                out.flush();
                if (!once) Thread.sleep(waitMillis(poller));
            } while (!once);
            return failed ? 1 : 0;
        }
    }

    /** Until the next feed falls due, at least a second and at most a minute (feeds added meanwhile are picked up). */
    private static long waitMillis(FeedPoller poller) {
        long until = poller.nextDue().map(t -> Duration.between(Instant.now(), t).toMillis()).orElse(60_000L);
        return Math.max(1000, Math.min(60_000, until));
    }
}
