package org.vigil.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The feeds Vigil follows and the items already taken from each; {@code SqliteFeedList} keeps them in the store. */
public interface FeedList extends AutoCloseable {

    /** Adds a feed, or changes the interval of one already followed; returns it. */
    Feed add(String url, Duration interval);

    /** Stops following the feed with this URL or id; false when there is none. */
    boolean remove(String urlOrId);

    List<Feed> feeds();

    Optional<Feed> feed(String urlOrId);

    /** Records a poll: when, what it did, and the validators and title of a 200 answer (empty keeps the old ones). */
    void polled(long feedId, Instant at, String status, Optional<String> etag, Optional<String> lastModified, Optional<String> title);

    /** Whether the item was already taken from this feed. */
    boolean seen(long feedId, String link);

    void markSeen(long feedId, String link, Instant at);

    @Override
    void close();
}
