package org.vigil.ingest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.outbound.PinnedHttp;
import org.vigil.outbound.PinnedTarget;
import org.vigil.outbound.Resolver;

/**
 * A fetcher whose input is a URL (with the ETag and Last-Modified of an earlier fetch) and whose output
 * is a {@link FetchResult}: the page's bytes, "not modified", or a failure naming the problem. It follows
 * redirects itself so that every hop is checked against the {@link FetchPolicy}: address, robots.txt,
 * time-out, size cap, content type. Each hop's host is resolved once and the request goes to the
 * addresses that were checked ({@link PinnedHttp}), never to a second lookup that could answer otherwise.
 * Bad input never throws.
 */
public final class PageFetcher {
    /** Content types Vigil can read: pages, plain text and feeds. */
    private static final Set<String> READABLE = Set.of("text/html", "application/xhtml+xml", "text/plain", "application/rss+xml",
            "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml", "application/feed+json");
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8";

    private final FetchPolicy policy;
    private final AddressGuard guard;
    private final PinnedHttp http = new PinnedHttp(Optional.empty());
    private final PinnedHttp.Limits limits;
    private final Map<String, RobotsRules> robots = new HashMap<>();
    private final Map<String, Instant> nextRequest = new HashMap<>();

    public PageFetcher(FetchPolicy policy) {
        this(policy, Resolver.SYSTEM);
    }

    /** A fetcher that looks host names up with {@code resolver}, once per request. */
    public PageFetcher(FetchPolicy policy, Resolver resolver) {
        this.policy = policy;
        this.guard = new AddressGuard(policy.allowPrivate(), resolver);
        this.limits = new PinnedHttp.Limits(policy.connectTimeout(), policy.requestTimeout(), policy.maxBytes());
    }

    public FetchPolicy policy() {
        return policy;
    }

    /** Fetches {@code url}, a string as the user or a feed gave it. */
    public FetchResult fetch(String url) {
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (java.net.URISyntaxException e) {
            return new FetchResult.Failed(URI.create("about:invalid"), "'" + url + "' is not a valid URL: " + e.getReason());
        }
        return fetch(uri, Optional.empty(), Optional.empty());
    }

    /** Fetches {@code uri}; with an ETag or Last-Modified from an earlier fetch the request is conditional and may answer {@link FetchResult.NotModified}. */
    public FetchResult fetch(URI uri, Optional<String> etag, Optional<String> lastModified) {
        Set<URI> seen = new HashSet<>();
        URI current = uri;
        for (int hop = 0; ; hop++) {
            if (!seen.add(current)) {
                return new FetchResult.Failed(uri, "redirects in a loop (back to " + current + ")");
            }
            AddressGuard.Checked checked = guard.check(current);
            if (checked instanceof AddressGuard.Refused refused) {
                return new FetchResult.Failed(uri, (hop == 0 ? "" : "redirects to " + current + ", which ") + refused.problem());
            }
            PinnedTarget target = ((AddressGuard.Allowed) checked).target();
            if (policy.obeyRobots() && !robotsFor(target).allows(pathOf(current))) {
                return new FetchResult.Failed(uri, "is disallowed for Vigil by " + robotsUri(current));
            }
            Response response = get(target, hop == 0 ? etag : Optional.empty(), hop == 0 ? lastModified : Optional.empty());
            if (response.problem().isPresent()) return new FetchResult.Failed(uri, response.problem().get());
            int status = response.status();
            if (status == 304) return new FetchResult.NotModified(uri);
            if (status >= 300 && status < 400) {
                Optional<String> location = response.header("location");
                if (location.isEmpty()) return new FetchResult.Failed(uri, "answered HTTP " + status + " without a Location to redirect to");
                if (hop >= policy.maxRedirects()) {
                    return new FetchResult.Failed(uri, "redirects more than " + policy.maxRedirects() + " times");
                }
                try {
                    current = current.resolve(location.get().strip());
                } catch (IllegalArgumentException e) {
                    return new FetchResult.Failed(uri, "redirects to an invalid URL '" + location.get() + "'");
                }
                continue;
            }
            if (status != 200) return new FetchResult.Failed(uri, "answered HTTP " + status + describe(status));
            String contentType = response.header("content-type").orElse("application/octet-stream");
            String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (!READABLE.contains(mediaType)) {
                return new FetchResult.Failed(uri, "has content type " + mediaType + ", not a web page, text or feed");
            }
            return new FetchResult.Fetched(uri, current, mediaType, charsetOf(contentType), response.body(),
                    response.header("etag"), response.header("last-modified"));
        }
    }

    /** An answer, or the problem that kept it from arriving. */
    private record Response(PinnedHttp.Response answer, Optional<String> problem) {
        int status() {
            return answer.status();
        }

        byte[] body() {
            return answer.body();
        }

        Optional<String> header(String name) {
            return answer.header(name);
        }

        static Response failed(String problem) {
            return new Response(new PinnedHttp.Response(0, Map.of(), new byte[0]), Optional.of(problem));
        }
    }

    private Response get(PinnedTarget target, Optional<String> etag, Optional<String> lastModified) {
        waitForHost(target.uri());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("User-Agent", policy.userAgent());
        headers.put("Accept", ACCEPT);
        etag.ifPresent(e -> headers.put("If-None-Match", e));
        lastModified.ifPresent(m -> headers.put("If-Modified-Since", m));
        try {
            return new Response(http.get(target, headers, limits), Optional.empty());
        } catch (IOException | IllegalArgumentException e) {
            return Response.failed(reason(e));
        }
    }

    private String reason(Exception cause) {
        if (cause instanceof PinnedHttp.TooLarge) return "is larger than the size cap of " + policy.maxBytes() + " bytes";
        if (cause instanceof PinnedHttp.ConnectTimedOut) return "could not be connected to within " + seconds(policy.connectTimeout());
        if (cause instanceof PinnedHttp.TimedOut t) {
            return "did not answer " + (t.answered() ? "in full " : "") + "within " + seconds(policy.requestTimeout());
        }
        if (cause instanceof ConnectException) return "refused the connection";
        return "could not be fetched: " + (cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private static String describe(int status) {
        return switch (status) {
            case 401, 403 -> " (access refused)";
            case 404, 410 -> " (no such page)";
            case 429 -> " (too many requests; try again later)";
            default -> status >= 500 ? " (server error)" : "";
        };
    }

    /** Waits until the host's politeness delay since the last request to it has passed. */
    private void waitForHost(URI uri) {
        String host = hostKey(uri);
        Instant now = Instant.now();
        Instant allowed;
        synchronized (nextRequest) {
            allowed = nextRequest.getOrDefault(host, now);
            Instant start = allowed.isAfter(now) ? allowed : now;
            nextRequest.put(host, start.plus(policy.hostDelay()));
        }
        long waitMillis = Duration.between(now, allowed).toMillis();
        if (waitMillis > 0) {
            try {
                Thread.sleep(waitMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The host's robots.txt rules, fetched once from the addresses the page's own check approved
     * (RFC 9309: missing means allow all; unreachable or 5xx means disallow all).
     */
    private RobotsRules robotsFor(PinnedTarget page) {
        String key = hostKey(page.uri());
        synchronized (robots) {
            RobotsRules cached = robots.get(key);
            if (cached != null) return cached;
        }
        Response response = get(page.at(robotsUri(page.uri())), Optional.empty(), Optional.empty());
        RobotsRules rules;
        if (response.problem().isPresent()) {
            rules = response.problem().get().startsWith("is larger") ? RobotsRules.allowAll() : RobotsRules.disallowAll();
        } else if (response.status() == 200) {
            rules = RobotsRules.parse(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8), policy.userAgent());
        } else if (response.status() >= 400 && response.status() < 500 || response.status() >= 300 && response.status() < 400) {
            rules = RobotsRules.allowAll();
        } else {
            rules = RobotsRules.disallowAll();
        }
        synchronized (robots) {
            robots.put(key, rules);
        }
        return rules;
    }

    private static URI robotsUri(URI uri) {
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority() + "/robots.txt");
    }

    private static String hostKey(URI uri) {
        return (uri.getScheme() + "://" + uri.getRawAuthority()).toLowerCase(Locale.ROOT);
    }

    private static String pathOf(URI uri) {
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    private static Optional<String> charsetOf(String contentType) {
        for (String part : contentType.split(";")) {
            String p = part.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("charset=")) return Optional.of(p.substring(8).replace("\"", "").strip());
        }
        return Optional.empty();
    }
}
