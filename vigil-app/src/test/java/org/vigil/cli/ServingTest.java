package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.alert.AlertSettings;
import org.vigil.alert.Alerts;
import org.vigil.alert.Notification;
import org.vigil.alert.WatchCriteria;
import org.vigil.ingest.FetchPolicy;
import org.vigil.store.SqliteFeedList;
import org.vigil.store.SqliteIncidentStore;

// Issue 7: 'vigil serve' polls the followed feeds in a background thread, as 'vigil follow' does.
class ServingTest {
    private static Components components;

    @TempDir
    Path dir;
    private HttpServer feedSite;
    private final AtomicInteger feedRequests = new AtomicInteger();
    private SqliteIncidentStore store;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void loadOnce() {
        components = new Components(List.of());
    }

    private static final Map<String, String> PAGES = Map.of(
            "/a1", page("Gunmen attack concert hall near Moscow", "2024-03-22",
                    "Gunmen in combat fatigues opened fire on concertgoers at Crocus City Hall in Krasnogorsk on Friday evening, "
                            + "killing at least 40 people, officials said."),
            "/a2", page("Concert hall attack toll rises", "2024-03-23",
                    "The number of people killed in the shooting at Crocus City Hall in Krasnogorsk rose to 115 on Saturday, officials said. "
                            + "Gunmen had opened fire on concertgoers on Friday evening, killing at least 115 people."));

    private static String page(String title, String date, String body) {
        return "<html><head><title>" + title + "</title><meta property=\"article:published_time\" content=\"" + date + "T12:00:00Z\"></head>"
                + "<body><article><h1>" + title + "</h1><p>" + body + "</p></article></body></html>";
    }

    @BeforeEach
    void start() throws Exception {
        feedSite = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        feedSite.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body;
            String type = "text/html; charset=utf-8";
            if (path.equals("/rss")) {
                feedRequests.incrementAndGet();
                body = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><link>x</link><description>d</description>"
                        + "<item><title>A1</title><link>" + url("/a1") + "</link></item>"
                        + "<item><title>A2</title><link>" + url("/a2") + "</link></item></channel></rss>";
                type = "application/rss+xml";
            } else {
                body = PAGES.get(path);
            }
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream body2 = exchange.getResponseBody()) {
                body2.write(bytes);
            }
        });
        feedSite.start();
        Path db = dir.resolve("vigil.db");
        // As 'vigil serve' opens it: the server itself hooks alerting in.
        store = SqliteIncidentStore.open(db, components.merger());
        try (SqliteFeedList feeds = SqliteFeedList.open(db)) {
            feeds.add(url("/rss"), Duration.ofMinutes(10));
        }
        try (Alerts alerts = alerts()) {
            alerts.createWatchlist("local", "Everything", WatchCriteria.EVERYTHING, true);
        }
    }

    @AfterEach
    void stop() {
        store.close();
        feedSite.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + feedSite.getAddress().getPort() + path;
    }

    private Alerts alerts() {
        return Alerts.open(dir.resolve("vigil.db"), AlertSettings.defaults(), Clock.systemUTC());
    }

    private Serving serve(Optional<FetchPolicy> polling) {
        return Serving.start(store, components, AlertSettings.defaults(), "127.0.0.1", 0, polling,
                new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static Optional<FetchPolicy> pollingLoopback() {
        return Optional.of(FetchPolicy.defaults().withAllowPrivate(true).withHostDelay(Duration.ZERO));
    }

    private JsonNode get(Serving serving, String path) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + serving.port() + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return new ObjectMapper().readTree(response.body());
    }

    /** The incidents the server lists, once both feed items are stored (at most a minute). */
    private JsonNode incidentsOnceBothStored(Serving serving) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!out.toString().contains(": 2 new items, 2 stored") && System.nanoTime() < deadline) Thread.sleep(100);
        assertThat(out.toString()).as(err.toString()).contains(url("/rss") + ": 2 new items, 2 stored");
        return get(serving, "/api/incidents").path("incidents");
    }

    @Test
    void pollsTheFollowedFeedsWhileServingAndShowsTheirArticlesAsOneIncident() throws Exception {
        JsonNode incidents;
        JsonNode crocus;
        try (Serving serving = serve(pollingLoopback())) {
            incidents = incidentsOnceBothStored(serving);
            crocus = get(serving, "/api/incidents/" + incidents.get(0).path("id").asText());
        }

        assertThat(incidents).hasSize(1);
        assertThat(crocus.path("sources")).hasSize(2);
        assertThat(crocus.path("killed").asInt()).isEqualTo(115);
    }

    @Test
    void alertsOnPolledArticlesAsOnIngestedOnes() throws Exception {
        try (Serving serving = serve(pollingLoopback())) {
            incidentsOnceBothStored(serving);
        }

        try (Alerts alerts = alerts()) {
            assertThat(alerts.notifications("local", 0, 10)).extracting(Notification::kind)
                    .containsExactlyInAnyOrder(Notification.Kind.NEW, Notification.Kind.UPDATE);
        }
    }

    @Test
    void stopsPollingWhenClosed() throws Exception {
        Serving serving = serve(pollingLoopback());
        incidentsOnceBothStored(serving);

        serving.close();
        int asked = feedRequests.get();
        Thread.sleep(1500);

        assertThat(serving.polling()).isFalse();
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName).doesNotContain(Serving.POLLING_THREAD);
        assertThat(feedRequests.get()).isEqualTo(asked);
    }

    @Test
    void servesWithoutPollingWhenToldNotTo() throws Exception {
        try (Serving serving = serve(Optional.empty())) {
            Thread.sleep(1500);

            assertThat(serving.polling()).isFalse();
            assertThat(get(serving, "/api/incidents").path("incidents")).isEmpty();
        }
        assertThat(feedRequests.get()).isZero();
    }

    @Test
    void saysInItsHelpThatItPollsAndHowToStopIt() {
        Run help = Run.of(components, "serve", "--help");

        assertThat(help.out()).contains("--no-poll", "Do not poll the followed feeds", "'vigil feeds add' are polled");
    }
}
