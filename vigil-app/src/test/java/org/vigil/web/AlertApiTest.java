package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.web.ReviewClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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
import org.vigil.review.PasswordHasher;
import org.vigil.review.Review;
import org.vigil.review.Role;
import org.vigil.review.SqliteReviewStore;

/**
 * The alert API and the Alerts page over real HTTP, on the whole site with accounts: each account sees
 * only its own alerts, a logged-out visitor is refused, and every write needs the session's CSRF token.
 */
class AlertApiTest {
    static final String TEXT = "A bomb exploded at a cafe in Paris, killing 3 people.";
    static final String PASSWORD = "correct horse battery";
    static final String HOOK = "{\"kind\":\"webhook\",\"address\":\"http://127.0.0.1:8080/hook\",\"secret\":\"0123456789abcdef\"}";

    @TempDir
    Path dir;
    TestSite site;
    ReviewClient ana;
    ReviewClient ben;
    ReviewClient visitor;

    @BeforeEach
    void start() {
        open(dir, AlertSettings.defaults());
    }

    /** A site over {@code folder} with accounts ana and ben (analysts) and root (admin); ana, ben and a visitor ask it. */
    void open(Path folder, AlertSettings settings) {
        site = new TestSite(folder, settings);
        try (SqliteReviewStore store = SqliteReviewStore.open(folder.resolve("vigil.db"))) {
            Review review = Review.over(store, site.store, new PasswordHasher(1024, 1, 1), Clock.systemUTC());
            review.accounts().add(Optional.empty(), "ana", Role.ANALYST, PASSWORD);
            review.accounts().add(Optional.empty(), "ben", Role.ANALYST, PASSWORD);
            review.accounts().add(Optional.empty(), "root", Role.ADMIN, PASSWORD);
        }
        ana = ReviewClient.loggedIn(site.base(), "ana", PASSWORD);
        ben = ReviewClient.loggedIn(site.base(), "ben", PASSWORD);
        visitor = new ReviewClient(site.base());
    }

    @AfterEach
    void stop() {
        site.close();
    }

    HttpResponse<String> send(ReviewClient who, String method, String path, String json) {
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder(java.net.URI.create(site.base() + path))
                .header("Content-Type", "application/json").method(method, java.net.http.HttpRequest.BodyPublishers.ofString(json == null ? "" : json));
        if (!who.csrf().isEmpty()) b.header("X-CSRF-Token", who.csrf());
        return who.exchange(b);
    }

    void ingestParis() {
        Article a = new Article("paris-cafe", Optional.empty(), "Cafe bombing", LocalDate.of(2024, 3, 9), "en", TEXT, Article.paragraphsOf(TEXT), "Example");
        site.store.save(a, List.of(new IncidentMention("paris-cafe", IncidentType.BOMBING, IncidentStatus.COMPLETED,
                Optional.of(PartialDate.ofDay(LocalDate.of(2024, 3, 8))), Optional.of("Paris"), Optional.of("FR"),
                Optional.of(new IncidentMention.Coordinates(48.8534, 2.3488)), Optional.empty(),
                OptionalInt.of(3), OptionalInt.empty(), Optional.empty(), Certainty.STATED, new Span(0, TEXT.length()), TEXT, 0.9)));
    }

    static String form(Map<String, String> fields) {
        return String.join("&", fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).toList());
    }

    @Test
    void aLoggedOutVisitorIsAskedToLogIn() {
        HttpResponse<String> api = visitor.get("/api/watchlists");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(json(api).path("message").asText()).isEqualTo("Log in to see and change your alerts");
        assertThat(visitor.get("/api/notifications").statusCode()).isEqualTo(401);
        assertThat(visitor.get("/api/notifications/stream").statusCode()).isEqualTo(401);
        assertThat(send(visitor, "POST", "/api/watchlists", "{\"name\":\"all\"}").statusCode()).isEqualTo(401);

        HttpResponse<String> page = visitor.get("/alerts");
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).hasValue("/login?next=/alerts");
        HttpResponse<String> posted = visitor.postForm("/alerts/watchlists", form(Map.of("name", "all")));
        assertThat(posted.statusCode()).isEqualTo(401);
        assertThat(posted.body()).contains("Log in to see and change your alerts");
    }

    @Test
    void createsAWatchlistWithNamesResolvedAndOnlyItsOwnerSeesOrDeletesIt() {
        HttpResponse<String> created = send(ana, "POST", "/api/watchlists",
                "{\"name\":\"ISKP in Europe\",\"criteria\":{\"groups\":[\"ISKP\"],\"countries\":[\"France\"],\"regions\":[\"europe\"]}}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode w = json(created);
        assertThat(w.path("criteria").path("groups").get(0).asText()).isEqualTo("Islamic State Khorasan Province");
        assertThat(w.path("criteria").path("countries").get(0).asText()).isEqualTo("FR");
        assertThat(w.path("criteria").path("regions").get(0).asText()).isEqualTo("Europe");
        String path = "/api/watchlists/" + w.path("id").asLong();

        assertThat(json(ana.get("/api/watchlists"))).hasSize(1);
        assertThat(json(ben.get("/api/watchlists"))).isEmpty();
        HttpResponse<String> seen = ben.get(path);
        assertThat(seen.statusCode()).isEqualTo(404);
        assertThat(json(seen).path("message").asText()).isEqualTo("You have nothing at " + path);
        assertThat(send(ben, "DELETE", path, null).statusCode()).isEqualTo(404);
        HttpResponse<String> deleted = ben.postForm(path.replace("/api", "/alerts") + "/delete", form(Map.of("csrf", ben.csrf())));
        assertThat(deleted.statusCode()).isEqualTo(404);
        assertThat(deleted.body()).contains("You have no watchlist " + w.path("id").asLong());
        assertThat(json(ana.get("/api/watchlists"))).hasSize(1);
        assertThat(send(ana, "DELETE", path, null).statusCode()).isEqualTo(204);
        assertThat(json(ana.get("/api/watchlists"))).isEmpty();
    }

    @Test
    void aWriteWithoutTheSessionsCsrfTokenIsForbidden() {
        HttpResponse<String> bare = ana.sendWithToken("POST", "/api/watchlists", Map.of("name", "all"), "");
        assertThat(bare.statusCode()).isEqualTo(403);
        assertThat(json(bare).path("message").asText()).isEqualTo("This request lacks the page's security token (CSRF): reload the page and try again");
        assertThat(ana.sendWithToken("POST", "/api/watchlists", Map.of("name", "all"), ben.csrf()).statusCode()).isEqualTo(403);
        assertThat(ana.postForm("/alerts/watchlists", form(Map.of("name", "all"))).statusCode()).isEqualTo(403);
        assertThat(json(ana.get("/api/watchlists"))).isEmpty();
    }

    @Test
    void refusedWatchlistNamesEveryProblem() {
        HttpResponse<String> refused = send(ana, "POST", "/api/watchlists", "{\"name\":\"x\",\"criteria\":{\"types\":[\"picnic\"],\"minKilled\":\"ten\"}}");
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode body = json(refused);
        assertThat(body.path("problems")).hasSize(2);
        assertThat(body.path("problems").get(1).asText()).isEqualTo("minKilled must be a whole number 0 or more, got \"ten\"");
        assertThat(send(ana, "POST", "/api/watchlists", "not json").statusCode()).isEqualTo(400);
    }

    @Test
    void webhookToLoopbackIsRefusedWhereTheMachineDoesNotAllowIt() {
        ReviewClient root = ReviewClient.loggedIn(site.base(), "root", PASSWORD);
        for (ReviewClient who : List.of(ana, root)) {
            HttpResponse<String> refused = send(who, "POST", "/api/targets", HOOK);
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(json(refused).path("message").asText()).startsWith("Webhook URL 'http://127.0.0.1:8080/hook' is refused");
        }
    }

    @Test
    void whereTheMachineAllowsPrivateWebhooksOnlyAnAdminMayAddOne() throws Exception {
        site.close();
        open(Files.createDirectories(dir.resolve("private")), AlertSettings.defaults().withPrivateWebhooks(true));
        HttpResponse<String> refused = send(ana, "POST", "/api/targets", HOOK);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).path("message").asText())
                .isEqualTo("Only an admin may add a webhook to an internal host or one that does not resolve ('http://127.0.0.1:8080/hook'); ana is an analyst");
        HttpResponse<String> page = ana.postForm("/alerts/targets", form(Map.of("csrf", ana.csrf(), "kind", "webhook",
                "address", "http://127.0.0.1:8080/hook", "secret", "0123456789abcdef")));
        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(json(ana.get("/api/targets"))).isEmpty();

        ReviewClient root = ReviewClient.loggedIn(site.base(), "root", PASSWORD);
        assertThat(send(root, "POST", "/api/targets", HOOK).statusCode()).isEqualTo(201);
        assertThat(json(root.get("/api/targets"))).hasSize(1);
    }

    @Test
    void matchingIngestShowsInTheListAndOnTheLiveStreamOfItsOwner() throws Exception {
        send(ana, "POST", "/api/watchlists", "{\"name\":\"france\",\"criteria\":{\"countries\":[\"FR\"]}}");
        HttpResponse<InputStream> stream = ana.stream("/api/notifications/stream");
        assertThat(stream.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/event-stream"));
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            assertThat(lines.readLine()).isEqualTo("event: ready");
            assertThat(lines.readLine()).startsWith("data: ").contains("\"user\":\"ana\"");
            ingestParis();
            String line;
            while ((line = lines.readLine()) != null && !line.equals("event: notification")) {
                // skip the rest of the ready event
            }
            assertThat(line).isEqualTo("event: notification");
            assertThat(lines.readLine()).startsWith("data: ").contains("\"title\":\"Bombing in Paris, FR on 2024-03-08: 3 killed\"");
        }
        JsonNode list = json(ana.get("/api/notifications"));
        assertThat(list.path("unread").asInt()).isEqualTo(1);
        assertThat(list.path("notifications").get(0).path("watchlists").get(0).asText()).isEqualTo("france");
        assertThat(json(ben.get("/api/notifications")).path("notifications")).isEmpty();
        long id = list.path("notifications").get(0).path("id").asLong();
        assertThat(send(ben, "POST", "/api/notifications/" + id + "/read", null).statusCode()).isEqualTo(404);
        assertThat(send(ana, "POST", "/api/notifications/" + id + "/read", null).statusCode()).isEqualTo(204);
    }

    @Test
    void alertsPageCarriesTheTokenInEveryFormAndAcceptsThem() {
        HttpResponse<String> posted = ana.postForm("/alerts/watchlists", "csrf=" + URLEncoder.encode(ana.csrf(), StandardCharsets.UTF_8)
                + "&name=Near+office&geofences=48.85%2C2.35%2C50%0Abox%3A40%2C-5%2C45%2C5&minKilled=&types=bombing");
        assertThat(posted.statusCode()).isEqualTo(303);
        String page = ana.get("/alerts").body();
        assertThat(page).contains("Alerts of <strong>ana</strong>", "Near office", "Types: bombing · In: 48.85,2.35,50 km, box:40,-5,45,5");
        int forms = page.split("<form method=\"post\"", -1).length - 1;
        int tokens = page.split("<input type=\"hidden\" name=\"csrf\" value=\"" + ana.csrf() + "\">", -1).length - 1;
        assertThat(forms).isGreaterThanOrEqualTo(4);
        assertThat(tokens).isEqualTo(forms);
        assertThat(ben.get("/alerts").body()).doesNotContain("Near office");

        HttpResponse<String> refused = ana.postForm("/alerts/watchlists", form(Map.of("csrf", ana.csrf(), "name", "", "geofences", "here")));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("A watchlist needs a name");
    }

    @Test
    void correctionAndCommentOverHttpReachTheAlertsOfOthers() {
        assertThat(send(ana, "POST", "/api/watchlists", "{\"name\":\"all\"}").statusCode()).isEqualTo(201);
        assertThat(send(ana, "POST", "/api/subscriptions", "{\"kind\":\"article_comments\",\"target\":\"paris-cafe\"}").statusCode()).isEqualTo(201);
        assertThat(send(ben, "POST", "/api/subscriptions", "{\"kind\":\"article_comments\",\"target\":\"paris-cafe\"}").statusCode()).isEqualTo(201);
        ingestParis();

        long incident = site.incidentOf("paris-cafe");
        assertThat(ben.send("POST", "/api/incidents/" + incident + "/corrections", Map.of("field", "killed", "value", "4")).statusCode()).isEqualTo(200);
        assertThat(ben.send("POST", "/api/comments", Map.of("target", "article:paris-cafe", "body", "Four, says the prefecture.")).statusCode())
                .isEqualTo(200);

        JsonNode told = json(ana.get("/api/notifications")).path("notifications");
        assertThat(told).extracting(n -> n.path("kind").asText()).containsExactly("comment", "update", "new");
        assertThat(told.get(1).path("changes").get(0).asText()).isEqualTo("Killed: 3 → 4 (correction by ben)");
        assertThat(json(ben.get("/api/notifications")).path("notifications")).isEmpty();
    }

    @Test
    void emailDigestIsChosenPerWatchlistAndSubscriptionWithTheSameErrorsOnPageAndApi() {
        HttpResponse<String> created = send(ana, "POST", "/api/watchlists", "{\"name\":\"france\",\"criteria\":{\"countries\":[\"FR\"]},\"emailDigest\":\"daily\"}");
        assertThat(json(created).path("emailDigest").asText()).isEqualTo("daily");
        String path = "/api/watchlists/" + json(created).path("id").asLong();
        assertThat(json(send(ana, "PUT", path, "{\"name\":\"France\",\"criteria\":{\"countries\":[\"FR\"]}}")).path("emailDigest").asText())
                .as("left out, it stays").isEqualTo("daily");
        assertThat(json(send(ana, "PUT", path, "{\"name\":\"France\",\"emailDigest\":\"instant\"}")).path("emailDigest").asText()).isEqualTo("instant");

        String expected = "E-mail digest must be instant, hourly or daily, or default to follow each address's setting; got 'weekly'";
        HttpResponse<String> refused = send(ana, "POST", "/api/watchlists", "{\"name\":\"x\",\"emailDigest\":\"weekly\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).path("problems").get(0).asText()).isEqualTo(expected);
        HttpResponse<String> page = ana.postForm(path.replace("/api", "/alerts") + "/digest", form(Map.of("csrf", ana.csrf(), "emailDigest", "weekly")));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains(Html.escape(expected));
        assertThat(ben.postForm(path.replace("/api", "/alerts") + "/digest", form(Map.of("csrf", ben.csrf(), "emailDigest", "daily"))).statusCode())
                .isEqualTo(404);

        HttpResponse<String> followed = send(ana, "POST", "/api/subscriptions", "{\"kind\":\"article_comments\",\"target\":\"paris-cafe\",\"emailDigest\":\"hourly\"}");
        assertThat(json(followed).path("emailDigest").asText()).isEqualTo("hourly");
        String subscription = "/api/subscriptions/" + json(followed).path("id").asLong();
        assertThat(json(send(ana, "PATCH", subscription, "{\"emailDigest\":\"default\"}")).path("emailDigest").asText()).isEqualTo("default");
        assertThat(json(send(ana, "PATCH", subscription, "{\"emailDigest\":\"weekly\"}")).path("problems").get(0).asText()).isEqualTo(expected);
        assertThat(send(ben, "PATCH", subscription, "{\"emailDigest\":\"daily\"}").statusCode()).isEqualTo(404);
    }

    @Test
    void missedIncidentReportedOverHttpReachesTheArticlesCommentFollowers() {
        ingestParis();
        assertThat(send(ana, "POST", "/api/subscriptions", "{\"kind\":\"article_comments\",\"target\":\"paris-cafe\"}").statusCode()).isEqualTo(201);
        String passage = "killing 3 people";
        int start = TEXT.indexOf(passage);

        HttpResponse<String> noted = ben.send("POST", "/api/articles/paris-cafe/notes", Map.of("start", start, "end", start + passage.length(),
                "quote", passage, "body", "A second device?", "field", "missed_incident", "value", "bombing"));
        assertThat(noted.statusCode()).as(noted.body()).isEqualTo(200);

        JsonNode told = json(ana.get("/api/notifications")).path("notifications");
        assertThat(told).hasSize(1);
        assertThat(told.get(0).path("title").asText()).isEqualTo("Missed incident reported by ben in article paris-cafe: bombing");
        assertThat(told.get(0).path("articleId").asText()).isEqualTo("paris-cafe");
    }
}
