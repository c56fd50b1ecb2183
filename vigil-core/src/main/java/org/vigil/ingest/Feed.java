package org.vigil.ingest;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A feed Vigil follows: its address, how often to poll it, the validators of its last answer (for a
 * conditional request), its title once read, and when and how it was last polled.
 */
public record Feed(long id, String url, Duration interval, Optional<String> etag, Optional<String> lastModified,
                   Optional<String> title, Optional<Instant> polledAt, Optional<String> lastStatus) {
    /** No feed is polled more often than this, whatever it asks. */
    public static final Duration MIN_INTERVAL = Duration.ofMinutes(1);

    public Feed {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(lastModified, "lastModified");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(polledAt, "polledAt");
        Objects.requireNonNull(lastStatus, "lastStatus");
        if (interval.compareTo(MIN_INTERVAL) < 0) {
            throw new IllegalArgumentException("Feed " + url + " interval must be at least " + MIN_INTERVAL + ", got " + interval);
        }
    }

    /** When the feed should next be polled: now when never polled, a minute after a failed poll, else one interval after the last poll. */
    public Instant due() {
        boolean failed = lastStatus.map(s -> s.startsWith("failed")).orElse(false);
        return polledAt.map(t -> t.plus(failed ? MIN_INTERVAL : interval)).orElse(Instant.EPOCH);
    }
}
