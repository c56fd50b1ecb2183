package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.SqliteFeedList;

// Issue 7: the polling loop 'vigil follow' runs in the foreground and 'vigil serve' in a background thread.
class FeedFollowerTest {
    @TempDir
    Path dir;

    private TestSite site;
    private SqliteFeedList feeds;
    private final List<Article> taken = new CopyOnWriteArrayList<>();
    private final List<String> told = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws Exception {
        site = new TestSite();
        feeds = SqliteFeedList.open(dir.resolve("vigil.db"));
        StringBuilder items = new StringBuilder();
        for (String p : List.of("/a1", "/a2", "/a3")) {
            items.append("<item><title>").append(p).append("</title><link>").append(site.url(p)).append("</link></item>");
            site.page(p, "text/html; charset=utf-8", "<html><head><title>Story " + p + "</title></head><body><article><p>"
                    + "Gunmen opened fire on a market in Kano on Friday, killing 12 people, police said. Item " + p + ".</p></article></body></html>");
        }
        site.page("/rss", "application/rss+xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><link>x</link>"
                + "<description>d</description>" + items + "</channel></rss>");
        feeds.add(site.url("/rss"), Duration.ofMinutes(10));
    }

    @AfterEach
    void stop() {
        feeds.close();
        site.close();
    }

    private FeedFollower follower(FeedPoller.Sink sink) {
        FetchPolicy policy = FetchPolicy.defaults().withAllowPrivate(true).withHostDelay(Duration.ZERO);
        FeedPoller poller = new FeedPoller(feeds, new PageFetcher(policy), new FeedReader(), new WebArticleReader(new LanguageGuard()),
                Clock.systemUTC());
        return new FeedFollower(poller, sink, new FeedFollower.Listener() {
            @Override
            public void polled(List<FeedPoller.PollReport> reports) {
                reports.forEach(r -> told.add(r.status()));
            }

            @Override
            public void failed(RuntimeException problem) {
                told.add("failed: " + problem.getMessage());
            }
        }, Clock.systemUTC());
    }

    @Test
    void pollsOnceInTheCallersThread() {
        List<FeedPoller.PollReport> reports = follower((article, warnings) -> taken.add(article)).pollOnce();

        assertThat(reports).extracting(FeedPoller.PollReport::status).containsExactly("3 new items, 3 stored");
        assertThat(told).containsExactly("3 new items, 3 stored");
        assertThat(taken).hasSize(3);
    }

    @Test
    void pollsInABackgroundThreadAndStopsAtOnceWhenClosedWhileWaiting() throws Exception {
        CountDownLatch stored = new CountDownLatch(3);
        FeedFollower follower = follower((article, warnings) -> {
            taken.add(article);
            stored.countDown();
        }).start("test-polling");
        assertThat(stored.await(30, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(200);

        long start = System.nanoTime();
        follower.close();

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
        assertThat(follower.running()).isFalse();
        assertThat(site.requestsFor("/rss")).hasSize(1);
    }

    @Test
    void stopsBetweenTwoItemsWhenClosedDuringAPollAndLeavesTheRestForLater() throws Exception {
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch closing = new CountDownLatch(1);
        FeedFollower follower = follower((article, warnings) -> {
            taken.add(article);
            first.countDown();
            try {
                closing.await(10, TimeUnit.SECONDS);
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }).start("test-polling");
        assertThat(first.await(30, TimeUnit.SECONDS)).isTrue();

        Thread closer = new Thread(follower::close);
        closer.start();
        closing.countDown();
        closer.join(10_000);

        assertThat(follower.running()).isFalse();
        assertThat(taken).hasSize(1);
        assertThat(told).containsExactly("1 new item, 1 stored");
        assertThat(feeds.seen(1, site.url("/a2"))).isFalse();
    }

    @Test
    void reportsARoundThatFailsAsAWholeAndKeepsRunning() throws Exception {
        feeds.close();
        FeedFollower follower = follower((article, warnings) -> taken.add(article)).start("test-polling");
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (told.isEmpty() && System.nanoTime() < deadline) Thread.sleep(20);

        assertThat(told).singleElement().asString().startsWith("failed: ");
        assertThat(follower.running()).isTrue();
        follower.close();
        assertThat(follower.running()).isFalse();
        feeds = SqliteFeedList.open(dir.resolve("vigil.db"));
    }
}
