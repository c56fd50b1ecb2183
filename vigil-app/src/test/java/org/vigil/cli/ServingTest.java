package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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
    private CrocusFeedSite feedSite;
    private SqliteIncidentStore store;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void loadOnce() {
        components = Run.components();
    }

    @BeforeEach
    void start() throws Exception {
        feedSite = CrocusFeedSite.start();
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
        feedSite.close();
    }

    private String url(String path) {
        return feedSite.url(path);
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
        int asked = feedSite.feedRequests();
        Thread.sleep(1500);

        assertThat(serving.polling()).isFalse();
        assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName).doesNotContain(Serving.POLLING_THREAD);
        assertThat(feedSite.feedRequests()).isEqualTo(asked);
    }

    @Test
    void servesWithoutPollingWhenToldNotTo() throws Exception {
        try (Serving serving = serve(Optional.empty())) {
            Thread.sleep(1500);

            assertThat(serving.polling()).isFalse();
            assertThat(get(serving, "/api/incidents").path("incidents")).isEmpty();
        }
        assertThat(feedSite.feedRequests()).isZero();
    }

    @Test
    void saysInItsHelpThatItPollsAndHowToStopIt() {
        Run help = Run.of(components, "serve", "--help");

        assertThat(help.out()).contains("--no-poll", "Do not poll the followed feeds", "'vigil feeds add' are polled");
    }
}
