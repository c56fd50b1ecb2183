package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.alert.AlertSettings;
import org.vigil.extract.Certainty;
import org.vigil.extract.IncidentMention;
import org.vigil.extract.IncidentStatus;
import org.vigil.extract.IncidentType;
import org.vigil.ingest.Article;
import org.vigil.nlp.PartialDate;
import org.vigil.nlp.Span;
import org.vigil.store.SqliteIncidentStore;

/**
 * The alert API over real HTTP. A sign-in filter is stood in for by a before-handler that copies the
 * test's {@code X-Test-User} header into the request attribute the accounts work will set.
 */
class AlertApiTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TEXT = "A bomb exploded at a cafe in Paris, killing 3 people.";

    @TempDir
    Path dir;
    SqliteIncidentStore store;
    Javalin app;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() {
        store = SqliteIncidentStore.open(dir.resolve("vigil.db"));
        app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.before(ctx -> {
                String user = ctx.header("X-Test-User");
                if (user != null) ctx.attribute(Owner.ATTRIBUTE, user);
            });
            AlertRoutes.register(config, store, TestSite.components().gazetteer(), TestSite.components().actors(), AlertSettings.defaults());
            ErrorMapping.register(config.routes);
        }).start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        app.stop();
        store.close();
    }

    HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) request.header("X-Test-User", user);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    void ingestParis() {
        Article a = new Article("paris", Optional.empty(), "Cafe bombing", LocalDate.of(2024, 3, 9), "en", TEXT, Article.paragraphsOf(TEXT), "Example");
        store.save(a, List.of(new IncidentMention("paris", IncidentType.BOMBING, IncidentStatus.COMPLETED, Optional.of(PartialDate.ofDay(LocalDate.of(2024, 3, 8))),
                Optional.of("Paris"), Optional.of("FR"), Optional.of(new IncidentMention.Coordinates(48.8534, 2.3488)), Optional.empty(),
                OptionalInt.of(3), OptionalInt.empty(), Optional.empty(), Certainty.STATED, new Span(0, TEXT.length()), TEXT, 0.9)));
    }

    @Test
    void createsAWatchlistWithNamesResolvedAndListsItForItsOwnerOnly() throws Exception {
        HttpResponse<String> created = send("ana", "POST", "/api/watchlists",
                "{\"name\":\"ISKP in Europe\",\"criteria\":{\"groups\":[\"ISKP\"],\"countries\":[\"France\"],\"regions\":[\"europe\"]}}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode w = JSON.readTree(created.body());
        assertThat(w.path("criteria").path("groups").get(0).asText()).isEqualTo("Islamic State Khorasan Province");
        assertThat(w.path("criteria").path("countries").get(0).asText()).isEqualTo("FR");
        assertThat(w.path("criteria").path("regions").get(0).asText()).isEqualTo("Europe");

        assertThat(JSON.readTree(send("ana", "GET", "/api/watchlists", null).body())).hasSize(1);
        assertThat(JSON.readTree(send("ben", "GET", "/api/watchlists", null).body())).isEmpty();
        assertThat(send("ben", "GET", "/api/watchlists/" + w.path("id").asLong(), null).statusCode()).isEqualTo(404);
        assertThat(send("ben", "DELETE", "/api/watchlists/" + w.path("id").asLong(), null).statusCode()).isEqualTo(404);
        assertThat(send("ana", "DELETE", "/api/watchlists/" + w.path("id").asLong(), null).statusCode()).isEqualTo(204);
    }

    @Test
    void withoutASignedInUserTheLocalUserIsAsked() throws Exception {
        send(null, "POST", "/api/watchlists", "{\"name\":\"all\"}");
        assertThat(JSON.readTree(send("local", "GET", "/api/watchlists", null).body())).hasSize(1);
    }

    @Test
    void refusedWatchlistNamesEveryProblem() throws Exception {
        HttpResponse<String> refused = send("ana", "POST", "/api/watchlists", "{\"name\":\"x\",\"criteria\":{\"types\":[\"picnic\"],\"minKilled\":\"ten\"}}");
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode body = JSON.readTree(refused.body());
        assertThat(body.path("problems")).hasSize(2);
        assertThat(body.path("problems").get(1).asText()).isEqualTo("minKilled must be a whole number 0 or more, got \"ten\"");
        assertThat(send("ana", "POST", "/api/watchlists", "not json").statusCode()).isEqualTo(400);
    }

    @Test
    void webhookToLoopbackIsRefusedWithoutTheAdministratorsPermission() throws Exception {
        HttpResponse<String> refused = send("ana", "POST", "/api/targets",
                "{\"kind\":\"webhook\",\"address\":\"http://127.0.0.1:8080/hook\",\"secret\":\"0123456789abcdef\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).path("message").asText()).startsWith("Webhook URL 'http://127.0.0.1:8080/hook' is refused");
    }

    @Test
    void matchingIngestShowsInTheListAndOnTheLiveStreamOfItsOwner() throws Exception {
        send("ana", "POST", "/api/watchlists", "{\"name\":\"france\",\"criteria\":{\"countries\":[\"FR\"]}}");
        HttpRequest streamRequest = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/notifications/stream"))
                .header("X-Test-User", "ana").header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> stream = http.send(streamRequest, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo("event: ready");
            ingestParis();
            String line;
            while ((line = lines.readLine()) != null && !line.equals("event: notification")) {
                // skip the rest of the ready event
            }
            assertThat(line).isEqualTo("event: notification");
            String data = lines.readLine();
            assertThat(data).startsWith("data: ").contains("\"title\":\"Bombing in Paris, FR on 2024-03-08: 3 killed\"");
        }
        JsonNode list = JSON.readTree(send("ana", "GET", "/api/notifications", null).body());
        assertThat(list.path("unread").asInt()).isEqualTo(1);
        assertThat(list.path("notifications").get(0).path("watchlists").get(0).asText()).isEqualTo("france");
        assertThat(JSON.readTree(send("ben", "GET", "/api/notifications", null).body()).path("notifications")).isEmpty();
        long id = list.path("notifications").get(0).path("id").asLong();
        assertThat(send("ben", "POST", "/api/notifications/" + id + "/read", null).statusCode()).isEqualTo(404);
        assertThat(send("ana", "POST", "/api/notifications/" + id + "/read", null).statusCode()).isEqualTo(204);
    }

    @Test
    void alertsPageListsWatchlistsAndAcceptsItsForms() throws Exception {
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/alerts/watchlists"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=Near+office&geofences=48.85%2C2.35%2C50%0Abox%3A40%2C-5%2C45%2C5&minKilled=&types=bombing"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(posted.statusCode()).isEqualTo(303);
        String page = send(null, "GET", "/alerts", null).body();
        assertThat(page).contains("Near office", "Types: bombing · In: 48.85,2.35,50 km, box:40,-5,45,5");
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/alerts/watchlists"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=&geofences=here")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("A watchlist needs a name");
    }
}
