package org.vigil.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A stage whose input is the feeds of a {@link FeedList} that are due and whose output is their new
 * articles, handed to a {@link Sink} (which extracts and stores them), plus one {@link PollReport} per
 * feed. It asks conditionally (ETag, Last-Modified), fetches each new item's page through the
 * {@link PageFetcher} (which keeps the per-host delay and robots.txt), and remembers items already
 * taken. A bad feed or page is reported and skipped; polling goes on.
 */
public final class FeedPoller {
    /** At most this many new items are fetched from one feed per poll; the rest wait for the next. */
    public static final int MAX_ITEMS_PER_POLL = 50;

    /** Where new articles go: extraction and storing, in the command line. */
    @FunctionalInterface
    public interface Sink {
        /** Takes one article; a failure is thrown and reported with the item. */
        void take(Article article, List<String> warnings);
    }

    /** What one poll of one feed did. */
    public record PollReport(String feedUrl, String status, int newItems, int stored, List<String> errors) {
        public PollReport {
            Objects.requireNonNull(feedUrl, "feedUrl");
            Objects.requireNonNull(status, "status");
            errors = List.copyOf(errors);
        }
    }

    private final FeedList feeds;
    private final PageFetcher fetcher;
    private final FeedReader reader;
    private final WebArticleReader pages;
    private final Clock clock;

    public FeedPoller(FeedList feeds, PageFetcher fetcher, FeedReader reader, WebArticleReader pages, Clock clock) {
        this.feeds = feeds;
        this.fetcher = fetcher;
        this.reader = reader;
        this.pages = pages;
        this.clock = clock;
    }

    /** Polls every feed whose interval has passed since its last poll. */
    public List<PollReport> pollDue(Sink sink) {
        return pollDue(sink, () -> false);
    }

    /**
     * As {@link #pollDue(Sink)}, stopping early once {@code stop} says so: no further feed is asked and
     * no further item fetched (items left untaken wait for the next poll).
     */
    public List<PollReport> pollDue(Sink sink, BooleanSupplier stop) {
        Instant now = clock.instant();
        List<PollReport> reports = new ArrayList<>();
        for (Feed feed : feeds.feeds()) {
            if (stop.getAsBoolean()) break;
            if (!feed.due().isAfter(now)) reports.add(poll(feed, sink, stop));
        }
        return reports;
    }

    /** When the next feed falls due; empty when no feed is followed. */
    public Optional<Instant> nextDue() {
        return feeds.feeds().stream().map(Feed::due).min(Comparator.naturalOrder());
    }

    /** Polls one feed now. */
    public PollReport poll(Feed feed, Sink sink) {
        return poll(feed, sink, () -> false);
    }

    private PollReport poll(Feed feed, Sink sink, BooleanSupplier stop) {
        Instant now = clock.instant();
        FetchResult result = fetcher.fetch(java.net.URI.create(feed.url()), feed.etag(), feed.lastModified());
        if (result instanceof FetchResult.NotModified) {
            feeds.polled(feed.id(), now, "not modified", Optional.empty(), Optional.empty(), Optional.empty());
            return new PollReport(feed.url(), "not modified", 0, 0, List.of());
        }
        if (result instanceof FetchResult.Failed failed) {
            feeds.polled(feed.id(), now, "failed: " + failed.problem(), Optional.empty(), Optional.empty(), Optional.empty());
            return new PollReport(feed.url(), "failed", 0, 0, List.of(failed.message()));
        }
        FetchResult.Fetched page = (FetchResult.Fetched) result;
        FeedReader.ParsedFeed parsed;
        try {
            parsed = reader.read(page.body(), page.finalUri());
        } catch (InvalidFeed e) {
            feeds.polled(feed.id(), now, "failed: " + e.getMessage(), Optional.empty(), Optional.empty(), Optional.empty());
            return new PollReport(feed.url(), "failed", 0, 0, List.of(e.getMessage()));
        }
        List<String> errors = new ArrayList<>();
        int fresh = 0;
        int stored = 0;
        for (FeedItem item : parsed.items()) {
            if (feeds.seen(feed.id(), item.link())) continue;
            if (fresh == MAX_ITEMS_PER_POLL || stop.getAsBoolean()) break;
            fresh++;
            if (take(feed, item, sink, errors)) stored++;
        }
        String status = fresh + " new item" + (fresh == 1 ? "" : "s") + ", " + stored + " stored" + (errors.isEmpty() ? "" : ", " + errors.size() + " failed");
        feeds.polled(feed.id(), now, status, page.etag(), page.lastModified(), Optional.of(parsed.title()).filter(t -> !t.isBlank()));
        return new PollReport(feed.url(), status, fresh, stored, errors);
    }

    /** Fetches, reads and hands on one item; true when it was stored. A failed fetch is retried at the next poll. */
    private boolean take(Feed feed, FeedItem item, Sink sink, List<String> errors) {
        FetchResult result = fetcher.fetch(java.net.URI.create(item.link()), Optional.empty(), Optional.empty());
        if (result instanceof FetchResult.Failed failed) {
            errors.add(failed.message());
            return false;
        }
        if (!(result instanceof FetchResult.Fetched page)) return false;
        feeds.markSeen(feed.id(), item.link(), clock.instant());
        ReadResult read = pages.read(page, item.published(), LocalDate.ofInstant(clock.instant(), clock.getZone()));
        if (read instanceof ReadResult.Rejected rejected) {
            errors.add(rejected.message());
            return false;
        }
        ReadResult.Accepted accepted = (ReadResult.Accepted) read;
        try {
            sink.take(accepted.article(), accepted.warnings());
            return true;
        } catch (RuntimeException e) {
            errors.add(item.link() + ": could not be stored: " + e.getMessage());
            return false;
        }
    }
}
