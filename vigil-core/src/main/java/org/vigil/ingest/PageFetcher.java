package org.vigil.ingest;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A fetcher whose input is a URL (with the ETag and Last-Modified of an earlier fetch) and whose output
 * is a {@link FetchResult}: the page's bytes, "not modified", or a failure naming the problem. It follows
 * redirects itself so that every hop is checked against the {@link FetchPolicy}: address, robots.txt,
 * time-out, size cap, content type. Bad input never throws.
 */
public final class PageFetcher {
    /** Content types Vigil can read: pages, plain text and feeds. */
    private static final Set<String> READABLE = Set.of("text/html", "application/xhtml+xml", "text/plain", "application/rss+xml",
            "application/atom+xml", "application/xml", "text/xml", "application/rdf+xml", "application/feed+json");

    private final FetchPolicy policy;
    private final HttpClient client;
    private final AddressGuard guard;
    private final Map<String, RobotsRules> robots = new HashMap<>();
    private final Map<String, Instant> nextRequest = new HashMap<>();

    public PageFetcher(FetchPolicy policy) {
        this.policy = policy;
        this.guard = new AddressGuard(policy.allowPrivate());
        this.client = HttpClient.newBuilder()
                .connectTimeout(policy.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
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
            Optional<String> problem = guard.problem(current);
            if (problem.isPresent()) {
                return new FetchResult.Failed(uri, (hop == 0 ? "" : "redirects to " + current + ", which ") + problem.get());
            }
            if (policy.obeyRobots() && !robotsFor(current).allows(pathOf(current))) {
                return new FetchResult.Failed(uri, "is disallowed for Vigil by " + robotsUri(current));
            }
            Response response = get(current, hop == 0 ? etag : Optional.empty(), hop == 0 ? lastModified : Optional.empty());
            if (response.problem().isPresent()) return new FetchResult.Failed(uri, response.problem().get());
            int status = response.status();
            if (status == 304) return new FetchResult.NotModified(uri);
            if (status >= 300 && status < 400 && status != 304) {
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

    private record Response(int status, Map<String, List<String>> headers, byte[] body, Optional<String> problem) {
        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }

        static Response failed(String problem) {
            return new Response(0, Map.of(), new byte[0], Optional.of(problem));
        }
    }

    private Response get(URI uri, Optional<String> etag, Optional<String> lastModified) {
        waitForHost(uri);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(policy.requestTimeout())
                .header("User-Agent", policy.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8")
                .GET();
        etag.ifPresent(e -> request.header("If-None-Match", e));
        lastModified.ifPresent(m -> request.header("If-Modified-Since", m));
        CompletableFuture<HttpResponse<byte[]>> future =
                client.sendAsync(request.build(), info -> CappedBody.subscriber(info, policy.maxBytes()));
        try {
            HttpResponse<byte[]> response = future.get(policy.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return new Response(response.statusCode(), response.headers().map(), response.body(), Optional.empty());
        } catch (TimeoutException e) {
            future.cancel(true);
            return Response.failed("did not answer in full within " + seconds(policy.requestTimeout()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return Response.failed("fetch was interrupted");
        } catch (ExecutionException e) {
            return Response.failed(reason(e.getCause()));
        }
    }

    private String reason(Throwable cause) {
        if (cause instanceof CappedBody.TooLarge) return "is larger than the size cap of " + policy.maxBytes() + " bytes";
        if (cause instanceof HttpConnectTimeoutException) return "could not be connected to within " + seconds(policy.connectTimeout());
        if (cause instanceof HttpTimeoutException) return "did not answer within " + seconds(policy.requestTimeout());
        if (cause instanceof ConnectException) return "refused the connection";
        if (cause instanceof IOException io) return "could not be fetched: " + (io.getMessage() == null ? io.getClass().getSimpleName() : io.getMessage());
        return "could not be fetched: " + cause;
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

    /** The host's robots.txt rules, fetched once (RFC 9309: missing means allow all; unreachable or 5xx means disallow all). */
    private RobotsRules robotsFor(URI uri) {
        String key = hostKey(uri);
        synchronized (robots) {
            RobotsRules cached = robots.get(key);
            if (cached != null) return cached;
        }
        Response response = get(robotsUri(uri), Optional.empty(), Optional.empty());
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
