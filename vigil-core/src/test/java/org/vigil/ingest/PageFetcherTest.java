package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigil.outbound.Resolver;
import org.vigil.outbound.ScriptedResolver;

// Issue 7: pages behind feed items, fetched with time-outs, a size cap, a redirect limit and robots.txt.
class PageFetcherTest {
    private static final String PAGE = "<html><head><title>Blast</title></head><body><p>A bomb exploded.</p></body></html>";

    private TestSite site;
    private final FetchPolicy local = FetchPolicy.defaults().withAllowPrivate(true).withHostDelay(Duration.ZERO)
            .withRequestTimeout(Duration.ofSeconds(2));

    @BeforeEach
    void start() throws Exception {
        site = new TestSite();
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void fetchesAPageWithItsTypeCharsetAndValidators() {
        site.on("/a", e -> {
            e.getResponseHeaders().set("ETag", "\"v1\"");
            e.getResponseHeaders().set("Last-Modified", "Fri, 22 Mar 2024 18:00:00 GMT");
            TestSite.send(e, 200, "text/html; charset=UTF-8", PAGE);
        });

        FetchResult result = new PageFetcher(local).fetch(site.url("/a"));

        assertThat(result).isInstanceOf(FetchResult.Fetched.class);
        FetchResult.Fetched page = (FetchResult.Fetched) result;
        assertThat(page.mediaType()).isEqualTo("text/html");
        assertThat(page.charset()).contains("UTF-8");
        assertThat(page.etag()).contains("\"v1\"");
        assertThat(page.lastModified()).contains("Fri, 22 Mar 2024 18:00:00 GMT");
        assertThat(page.text().text()).isEqualTo(PAGE);
        assertThat(site.requestsFor("/a").get(0).header("User-Agent")).startsWith("Vigil/");
    }

    @Test
    void sendsTheValidatorsAndReportsNotModified() {
        site.on("/feed", e -> {
            if ("\"v1\"".equals(e.getRequestHeaders().getFirst("If-None-Match"))) e.sendResponseHeaders(304, -1);
            else TestSite.send(e, 200, "application/rss+xml", "<rss/>");
        });

        FetchResult result = new PageFetcher(local).fetch(URI.create(site.url("/feed")), Optional.of("\"v1\""),
                Optional.of("Fri, 22 Mar 2024 18:00:00 GMT"));

        assertThat(result).isInstanceOf(FetchResult.NotModified.class);
        assertThat(site.requestsFor("/feed").get(0).header("If-Modified-Since")).isEqualTo("Fri, 22 Mar 2024 18:00:00 GMT");
    }

    @Test
    void refusesLoopbackUnlessPrivateAddressesAreAllowed() {
        site.page("/a", "text/html", PAGE);

        FetchResult result = new PageFetcher(FetchPolicy.defaults()).fetch(site.url("/a"));

        assertThat(((FetchResult.Failed) result).message()).isEqualTo(site.url("/a")
                + ": resolves to the loopback address 127.0.0.1; pass --allow-private to fetch from loopback or private networks");
        assertThat(site.requests).isEmpty();
    }

    @Test
    void refusesAPrivateAddressReachedByARedirect() {
        site.on("/a", e -> TestSite.redirect(e, "http://10.0.0.1/admin"));

        FetchResult result = new PageFetcher(local.withAllowPrivate(false)).fetch(site.url("/a"));

        assertThat(result).isInstanceOf(FetchResult.Failed.class);
                assertThat(new AddressGuard(false, Resolver.SYSTEM).problem(URI.create("http://10.0.0.1/admin")))
                .contains("resolves to a private address 10.0.0.1; pass --allow-private to fetch from loopback or private networks");
        assertThat(new AddressGuard(false, Resolver.SYSTEM).problem(URI.create("http://169.254.169.254/latest/meta-data")))
                .contains("resolves to a link-local address 169.254.169.254; pass --allow-private to fetch from loopback or private networks");
        assertThat(new AddressGuard(false, Resolver.SYSTEM).problem(URI.create("file:///etc/passwd"))).contains("is not an http or https address");
    }

    @Test
    void connectsToTheAddressItCheckedAndNamesTheHostInTheRequest() {
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        site.page("/a", "text/html", PAGE);
        // Asked twice, the name would lead to 127.0.0.2, where nothing listens.
        ScriptedResolver dns = new ScriptedResolver(Map.of("news.example.test", List.of("127.0.0.1", "127.0.0.2")));
        String url = site.url("/a").replace("127.0.0.1", "news.example.test");

        FetchResult result = new PageFetcher(local, dns).fetch(url);

        assertThat(result).isInstanceOf(FetchResult.Fetched.class);
        assertThat(dns.calls()).as("one lookup for robots.txt and the page").isEqualTo(1);
        String host = url.substring("http://".length(), url.indexOf("/a"));
        assertThat(site.requestsFor("/robots.txt")).singleElement().satisfies(r -> assertThat(r.header("Host")).isEqualTo(host));
        assertThat(site.requestsFor("/a")).singleElement().satisfies(r -> assertThat(r.header("Host")).isEqualTo(host));
    }

    @Test
    void nameThatTurnsToLoopbackAfterTheCheckNeverReachesIt() {
        site.page("/robots.txt", "text/plain", "User-agent: *\nAllow: /\n");
        site.page("/a", "text/html", PAGE);
        // DNS rebinding: a public address (TEST-NET-1, unreachable here) when checked, loopback on any later lookup.
        ScriptedResolver dns = new ScriptedResolver(Map.of("rebind.example.test", List.of("192.0.2.10", "127.0.0.1")));
        FetchPolicy publicOnly = new FetchPolicy(Duration.ofMillis(300), Duration.ofSeconds(2), 1_000_000, 5, false, FetchPolicy.USER_AGENT,
                Duration.ZERO, true);

        FetchResult result = new PageFetcher(publicOnly, dns).fetch(site.url("/a").replace("127.0.0.1", "rebind.example.test"));

        assertThat(result).isInstanceOf(FetchResult.Failed.class);
        assertThat(dns.calls()).isEqualTo(1);
        assertThat(site.requests).isEmpty();
    }

    @Test
    void eachRedirectIsLookedUpOnceAndReachedUnderItsOwnName() {
        String port = ":" + site.port();
        site.on("/a", e -> TestSite.redirect(e, "http://next.example.test" + port + "/b"));
        site.page("/b", "text/html", PAGE);
        ScriptedResolver dns = new ScriptedResolver(Map.of("start.example.test", List.of("127.0.0.1", "127.0.0.2"),
                "next.example.test", List.of("127.0.0.1", "127.0.0.2")));

        FetchResult result = new PageFetcher(local, dns).fetch("http://start.example.test" + port + "/a");

        assertThat(result).isInstanceOf(FetchResult.Fetched.class);
        assertThat(dns.calls("start.example.test")).isEqualTo(1);
        assertThat(dns.calls("next.example.test")).isEqualTo(1);
        assertThat(site.requestsFor("/b")).singleElement().satisfies(r -> assertThat(r.header("Host")).isEqualTo("next.example.test" + port));
    }

    @Test
    void givesUpOnAServerThatAnswersTooSlowly() {
        site.on("/slow", e -> {
            e.getResponseHeaders().set("Content-Type", "text/html");
            e.sendResponseHeaders(200, 0);
            try (OutputStream out = e.getResponseBody()) {
                for (int i = 0; i < 50; i++) {
                    out.write("<p>drip</p>".getBytes());
                    out.flush();
                    Thread.sleep(200);
                }
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        });

        long start = System.nanoTime();
        FetchResult result = new PageFetcher(local.withRequestTimeout(Duration.ofMillis(700))).fetch(site.url("/slow"));

        assertThat(((FetchResult.Failed) result).problem()).isEqualTo("did not answer in full within 700 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void refusesABodyLargerThanTheSizeCapWithoutReadingItAll() {
        site.on("/huge", e -> {
            e.getResponseHeaders().set("Content-Type", "text/html");
            e.sendResponseHeaders(200, 0);
            byte[] chunk = new byte[64 * 1024];
            java.util.Arrays.fill(chunk, (byte) 'x');
            try (OutputStream out = e.getResponseBody()) {
                for (int i = 0; i < 1600; i++) out.write(chunk);
            }
        });
        site.page("/declared", "text/html", "x".repeat(2000));

        PageFetcher fetcher = new PageFetcher(local.withMaxBytes(1000));

        assertThat(((FetchResult.Failed) fetcher.fetch(site.url("/huge"))).problem()).isEqualTo("is larger than the size cap of 1000 bytes");
        assertThat(((FetchResult.Failed) fetcher.fetch(site.url("/declared"))).problem()).isEqualTo("is larger than the size cap of 1000 bytes");
    }

    @Test
    void stopsARedirectLoop() {
        site.on("/a", e -> TestSite.redirect(e, "/b"));
        site.on("/b", e -> TestSite.redirect(e, "/a"));

        FetchResult result = new PageFetcher(local).fetch(site.url("/a"));

        assertThat(((FetchResult.Failed) result).problem()).isEqualTo("redirects in a loop (back to " + site.url("/a") + ")");
    }

    @Test
    void followsRedirectsUpToTheLimitAndNoFurther() {
        for (int i = 0; i < 8; i++) {
            String next = "/r" + (i + 1);
            site.on("/r" + i, e -> TestSite.redirect(e, next));
        }
        site.page("/r8", "text/html", PAGE);

        PageFetcher fetcher = new PageFetcher(local);

        assertThat(((FetchResult.Fetched) fetcher.fetch(site.url("/r3"))).finalUri()).hasToString(site.url("/r8"));
        assertThat(((FetchResult.Failed) fetcher.fetch(site.url("/r2"))).problem()).isEqualTo("redirects more than 5 times");
    }

    @Test
    void readsAPageWhoseDeclaredCharsetIsWrong() {
        site.on("/latin", e -> TestSite.send(e, 200, "text/html; charset=utf-8",
                "<p>Caf\u00e9 bomb in Li\u00e8ge</p>".getBytes(Charset.forName("windows-1252"))));
        site.on("/utf8", e -> TestSite.send(e, 200, "text/html; charset=iso-8859-1", "<p>Caf\u00e9 bomb</p>"));

        PageFetcher fetcher = new PageFetcher(local);
        PageText latin = ((FetchResult.Fetched) fetcher.fetch(site.url("/latin"))).text();
        PageText utf8 = ((FetchResult.Fetched) fetcher.fetch(site.url("/utf8"))).text();

        assertThat(latin.text()).isEqualTo("<p>Caf\u00e9 bomb in Li\u00e8ge</p>");
        assertThat(latin.warning()).contains("is not valid utf-8 as its header declares; is not valid UTF-8; read it as Windows-1252");
        assertThat(utf8.text()).isEqualTo("<p>Caf\u00e9 bomb</p>");
        assertThat(utf8.warning()).contains("declares charset iso-8859-1 but is UTF-8; read it as UTF-8");
    }

    @Test
    void refusesContentThatIsNotAPageTextOrFeed() {
        site.on("/photo", e -> TestSite.send(e, 200, "image/jpeg", new byte[] {1, 2, 3}));

        FetchResult result = new PageFetcher(local).fetch(site.url("/photo"));

        assertThat(((FetchResult.Failed) result).problem()).isEqualTo("has content type image/jpeg, not a web page, text or feed");
    }

    @Test
    void reportsTheHttpStatusOfAMissingPage() {
        FetchResult result = new PageFetcher(local).fetch(site.url("/gone"));

        assertThat(((FetchResult.Failed) result).problem()).isEqualTo("answered HTTP 404 (no such page)");
    }

    @Test
    void obeysRobotsTxtAndAsksForItOncePerHost() {
        site.page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n\nUser-agent: OtherBot\nDisallow: /\n");
        site.page("/private/a", "text/html", PAGE);
        site.page("/public/a", "text/html", PAGE);

        PageFetcher fetcher = new PageFetcher(local);

        assertThat(((FetchResult.Failed) fetcher.fetch(site.url("/private/a"))).problem())
                .isEqualTo("is disallowed for Vigil by " + site.url("/robots.txt"));
        assertThat(fetcher.fetch(site.url("/public/a"))).isInstanceOf(FetchResult.Fetched.class);
        assertThat(site.requestsFor("/robots.txt")).hasSize(1);
        assertThat(site.requestsFor("/private/a")).isEmpty();
    }

    @Test
    void waitsThePolitenessDelayBetweenTwoRequestsToOneHost() {
        site.page("/a", "text/html", PAGE);
        PageFetcher fetcher = new PageFetcher(local.withHostDelay(Duration.ofMillis(400)));

        fetcher.fetch(site.url("/a"));
        fetcher.fetch(site.url("/a"));

        var times = site.requestsFor("/a");
        assertThat(Duration.ofNanos(times.get(1).nanos() - times.get(0).nanos())).isGreaterThanOrEqualTo(Duration.ofMillis(380));
    }

    @Test
    void rejectsAnInvalidUrlWithAClearMessage() {
        FetchResult result = new PageFetcher(local).fetch("http://exa mple.com/");

        assertThat(((FetchResult.Failed) result).problem()).startsWith("'http://exa mple.com/' is not a valid URL");
    }
}
