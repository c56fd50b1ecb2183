package org.vigil.ingest;

import java.time.Duration;
import java.util.Objects;

/**
 * How {@link PageFetcher} may fetch from the web: time-outs, the largest body it reads, how many
 * redirects it follows, whether loopback and private addresses are allowed, the name it gives itself,
 * the pause between two requests to one host, and whether robots.txt is obeyed.
 *
 * @param connectTimeout the longest wait for a connection
 * @param requestTimeout the longest wait for the whole response, body included
 * @param maxBytes the largest body read; a longer one is refused
 * @param maxRedirects the most redirects followed for one request
 * @param allowPrivate whether loopback, private, link-local and multicast addresses may be fetched (intranet sources, tests)
 * @param userAgent the User-Agent header, also the name looked up in robots.txt
 * @param hostDelay the least time between two requests to the same host
 * @param obeyRobots whether robots.txt is fetched and obeyed for every host
 */
public record FetchPolicy(Duration connectTimeout, Duration requestTimeout, long maxBytes, int maxRedirects,
                          boolean allowPrivate, String userAgent, Duration hostDelay, boolean obeyRobots) {

    public static final String USER_AGENT = "Vigil/0.1 (+https://github.com/vigil; incident research)";

    public FetchPolicy {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(userAgent, "userAgent");
        Objects.requireNonNull(hostDelay, "hostDelay");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative() || requestTimeout.isZero()) {
            throw new IllegalArgumentException("Fetch time-outs must be positive, got " + connectTimeout + " and " + requestTimeout);
        }
        if (maxBytes < 1) throw new IllegalArgumentException("Fetch size cap must be positive, got " + maxBytes);
        if (maxRedirects < 0) throw new IllegalArgumentException("Fetch redirect limit must not be negative, got " + maxRedirects);
        if (hostDelay.isNegative()) throw new IllegalArgumentException("Host delay must not be negative, got " + hostDelay);
        if (userAgent.isBlank()) throw new IllegalArgumentException("User agent must not be blank");
    }

    /** 10 s to connect, 30 s per response, 5 MB, 5 redirects, public addresses only, 2 s between requests to a host, robots.txt obeyed. */
    public static FetchPolicy defaults() {
        return new FetchPolicy(Duration.ofSeconds(10), Duration.ofSeconds(30), 5_000_000, 5, false, USER_AGENT,
                Duration.ofSeconds(2), true);
    }

    public FetchPolicy withAllowPrivate(boolean allow) {
        return new FetchPolicy(connectTimeout, requestTimeout, maxBytes, maxRedirects, allow, userAgent, hostDelay, obeyRobots);
    }

    public FetchPolicy withRequestTimeout(Duration timeout) {
        return new FetchPolicy(connectTimeout, timeout, maxBytes, maxRedirects, allowPrivate, userAgent, hostDelay, obeyRobots);
    }

    public FetchPolicy withMaxBytes(long bytes) {
        return new FetchPolicy(connectTimeout, requestTimeout, bytes, maxRedirects, allowPrivate, userAgent, hostDelay, obeyRobots);
    }

    public FetchPolicy withHostDelay(Duration delay) {
        return new FetchPolicy(connectTimeout, requestTimeout, maxBytes, maxRedirects, allowPrivate, userAgent, delay, obeyRobots);
    }
}
