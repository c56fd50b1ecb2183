package org.vigil.web;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Counts requests per key (an account, an address) in one-minute windows and says when a key has used up its limit. */
final class RateLimiter {
    private static final long WINDOW_MILLIS = 60_000;

    private record Window(long start, int count) { }

    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    RateLimiter(Clock clock) {
        this.clock = clock;
    }

    /** True, counting the request, when the key has made fewer than {@code limit} requests in its current minute. */
    boolean allow(String key, int limit) {
        long now = clock.millis();
        if (windows.size() > 10_000) windows.values().removeIf(w -> now - w.start() >= WINDOW_MILLIS);
        Window w = windows.compute(key, (k, old) -> old == null || now - old.start() >= WINDOW_MILLIS ? new Window(now, 1)
                : new Window(old.start(), old.count() + 1));
        return w.count() <= limit;
    }

    /** Seconds until the key's current window ends. */
    long retryAfterSeconds(String key) {
        Window w = windows.get(key);
        return w == null ? 0 : Math.max(1, (w.start() + WINDOW_MILLIS - clock.millis() + 999) / 1000);
    }
}
