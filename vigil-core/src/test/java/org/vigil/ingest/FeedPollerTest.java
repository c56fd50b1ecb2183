package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.SqliteFeedList;

// Issue 7: follow feeds with ETag/Last-Modified, per-feed intervals, fetching each new item's page.
class FeedPollerTest {
    @TempDir
    Path dir;

    private TestSite site;
    private SqliteFeedList feeds;
    private final List<Article> taken = new ArrayList<>();
    private final AtomicReference<String> feedBody = new AtomicReference<>();
    private final MutableClock clock = new MutableClock();

    @BeforeEach
    void start() throws Exception {
        site = new TestSite();
        feeds = SqliteFeedList.open(dir.resolve("vigil.db"), clock);
        site.on("/rss", e -> {
            String etag = "\"" + Integer.toHexString(feedBody.get().hashCode()) + "\"";
            if (etag.equals(e.getRequestHeaders().getFirst("If-None-Match"))) {
                e.sendResponseHeaders(304, -1);
                return;
            }
            e.getResponseHeaders().set("ETag", etag);
            TestSite.send(e, 200, "application/rss+xml; charset=utf-8", feedBody.get());
        });
        site.page("/a1", "text/html; charset=utf-8", page("Gunmen attack concert hall",
                "Gunmen opened fire on concertgoers at Crocus City Hall in Krasnogorsk on Friday evening, killing at least 40 people, officials said."));
        site.page("/a2", "text/html; charset=utf-8", page("Toll rises to 60",
                "At least 60 people were killed when gunmen stormed a concert hall outside Moscow on Friday, officials said on Saturday."));
    }

    @AfterEach
    void stop() {
        feeds.close();
        site.close();
    }

    private static String page(String title, String body) {
        return "<html><head><title>" + title + "</title><meta property=\"article:published_time\" content=\"2024-03-22T20:00:00Z\"></head>"
                + "<body><article><h1>" + title + "</h1><p>" + body + "</p><p>" + body.replace("Friday", "the evening") + "</p></article></body></html>";
    }

    private String rss(String... paths) {
        StringBuilder items = new StringBuilder();
        for (String p : paths) items.append("<item><title>").append(p).append("</title><link>").append(site.url(p)).append("</link></item>");
        return "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Test wire</title><link>x</link><description>d</description>"
                + items + "</channel></rss>";
    }

    private FeedPoller poller() {
        FetchPolicy policy = FetchPolicy.defaults().withAllowPrivate(true).withHostDelay(Duration.ZERO);
        return new FeedPoller(feeds, new PageFetcher(policy), new FeedReader(), new WebArticleReader(new LanguageGuard()), clock);
    }

    @Test
    void takesNewItemsOnlyAndAsksConditionallyWhenTheFeedIsUnchanged() {
        feeds.add(site.url("/rss"), Duration.ofMinutes(10));
        feedBody.set(rss("/a1"));
        FeedPoller poller = poller();

        FeedPoller.PollReport first = poller.pollDue((article, warnings) -> taken.add(article)).get(0);
        clock.advance(Duration.ofMinutes(11));
        FeedPoller.PollReport unchanged = poller.pollDue((article, warnings) -> taken.add(article)).get(0);
        feedBody.set(rss("/a2", "/a1"));
        clock.advance(Duration.ofMinutes(11));
        FeedPoller.PollReport changed = poller.pollDue((article, warnings) -> taken.add(article)).get(0);

        assertThat(first.status()).isEqualTo("1 new item, 1 stored");
        assertThat(unchanged.status()).isEqualTo("not modified");
        assertThat(changed.status()).isEqualTo("1 new item, 1 stored");
        assertThat(taken).extracting(Article::title).containsExactly("Gunmen attack concert hall", "Toll rises to 60");
        assertThat(taken.get(0).url()).contains(site.url("/a1"));
        assertThat(site.requestsFor("/a1")).hasSize(1);
        assertThat(site.requestsFor("/rss").get(1).header("If-None-Match")).isNotNull();
        assertThat(feeds.feeds().get(0).title()).contains("Test wire");
    }

    @Test
    void pollsAFeedOnlyWhenItsIntervalHasPassed() {
        feeds.add(site.url("/rss"), Duration.ofMinutes(10));
        feedBody.set(rss("/a1"));
        FeedPoller poller = poller();

        poller.pollDue((article, warnings) -> taken.add(article));
        clock.advance(Duration.ofMinutes(5));

        assertThat(poller.pollDue((article, warnings) -> taken.add(article))).isEmpty();
        assertThat(poller.nextDue()).contains(clock.start.plus(Duration.ofMinutes(10)));
        assertThat(site.requestsFor("/rss")).hasSize(1);
    }

    @Test
    void reportsABadItemAndGoesOnWithTheRest() {
        feeds.add(site.url("/rss"), Duration.ofMinutes(10));
        feedBody.set(rss("/missing", "/a1"));

        FeedPoller.PollReport report = poller().pollDue((article, warnings) -> taken.add(article)).get(0);

        assertThat(report.status()).isEqualTo("2 new items, 1 stored, 1 failed");
        assertThat(report.errors()).containsExactly(site.url("/missing") + ": answered HTTP 404 (no such page)");
        assertThat(taken).hasSize(1);
    }

    @Test
    void reportsAFeedThatIsNotAFeed() {
        feeds.add(site.url("/a1"), Duration.ofMinutes(10));

        FeedPoller.PollReport report = poller().pollDue((article, warnings) -> taken.add(article)).get(0);

        assertThat(report.status()).isEqualTo("failed");
        assertThat(report.errors().get(0)).startsWith(site.url("/a1") + " is not an RSS or Atom feed");
        assertThat(feeds.feeds().get(0).lastStatus().orElseThrow()).startsWith("failed: ");
    }

    /** A clock the test moves by hand. */
    static final class MutableClock extends Clock {
        final Instant start = Instant.parse("2024-03-22T20:00:00Z");
        private Instant now = start;

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
