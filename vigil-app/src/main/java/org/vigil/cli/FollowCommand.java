package org.vigil.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.vigil.ingest.FeedFollower;
import org.vigil.ingest.FetchPolicy;
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
                "incidents and store them, merged with what is already known and matched against watchlists.",
                "Runs until stopped, or once with --once. 'vigil serve' polls the same feeds while it serves."})
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
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (SqliteFeedList feeds = SqliteFeedList.open(db);
                IncidentStore store = WatchCommand.matching(SqliteIncidentStore.open(db, components.merger()))) {
            if (feeds.feeds().isEmpty()) {
                err.println("error: no feeds to follow; add one with 'vigil feeds add URL'");
                return 2;
            }
            AtomicBoolean failed = new AtomicBoolean();
            FeedFollower follower = FeedFollowing.follower(feeds, store, components.extractor(),
                    FetchPolicy.defaults().withAllowPrivate(allowPrivate), out, err, () -> failed.set(true));
            if (once) follower.pollOnce();
            else follower.run();
            return failed.get() ? 1 : 0;
        }
    }
}
