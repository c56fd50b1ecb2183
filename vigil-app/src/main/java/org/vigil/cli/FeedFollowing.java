package org.vigil.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.vigil.extract.IncidentExtractor;
import org.vigil.ingest.FeedFollower;
import org.vigil.ingest.FeedList;
import org.vigil.ingest.FeedPoller;
import org.vigil.ingest.FeedReader;
import org.vigil.ingest.FetchPolicy;
import org.vigil.ingest.LanguageGuard;
import org.vigil.ingest.PageFetcher;
import org.vigil.ingest.WebArticleReader;
import org.vigil.store.IncidentStore;

/**
 * The feed polling {@code vigil follow} and {@code vigil serve} share: each new article of a followed
 * feed is extracted and saved through the given store, exactly as {@code vigil ingest} saves it (so
 * merged into the incidents it reports and matched against watchlists by the store's listener), and
 * every poll is reported, one line per feed.
 */
final class FeedFollowing {
    private FeedFollowing() {
    }

    /** A follower, not yet running, of the feeds in {@code feeds}; {@code failures} is set when any poll reports an error. */
    static FeedFollower follower(FeedList feeds, IncidentStore store, IncidentExtractor extractor, FetchPolicy policy,
                                 PrintWriter out, PrintWriter err, Runnable failures) {
        FeedPoller poller = new FeedPoller(feeds, new PageFetcher(policy), new FeedReader(),
                new WebArticleReader(new LanguageGuard()), Clock.systemUTC());
        FeedPoller.Sink sink = (article, warnings) -> {
            warnings.forEach(w -> err.println("warning: " + w));
            store.save(article, extractor.extract(article));
        };
        return new FeedFollower(poller, sink, new FeedFollower.Listener() {
            @Override
            public void polled(List<FeedPoller.PollReport> reports) {
                for (FeedPoller.PollReport r : reports) {
                    out.println(Instant.now() + " " + r.feedUrl() + ": " + r.status());
                    r.errors().forEach(e -> err.println("error: " + e));
                    if (!r.errors().isEmpty()) failures.run();
                }
                out.flush();
                err.flush();
            }

            @Override
            public void failed(RuntimeException problem) {
                err.println("error: polling the feeds failed (" + problem.getMessage() + "); trying again in a minute");
                err.flush();
                failures.run();
            }
        }, Clock.systemUTC());
    }
}
