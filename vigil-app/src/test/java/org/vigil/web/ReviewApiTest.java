package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.web.ReviewClient.json;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.review.PasswordHasher;
import org.vigil.review.Review;
import org.vigil.review.Role;
import org.vigil.review.SqliteReviewStore;

/** The review API over real HTTP: every permission, CSRF, rate limits, clear errors, and corrections reaching the incident. Issue 5. */
class ReviewApiTest {
    static final String PASSWORD = "correct horse battery";

    @TempDir
    static Path dir;
    static TestSite site;
    static ReviewClient admin;
    static ReviewClient analyst;
    static ReviewClient other;
    static ReviewClient reader;
    static ReviewClient visitor;

    @BeforeAll
    static void start() {
        site = new TestSite(dir);
        try (SqliteReviewStore store = SqliteReviewStore.open(dir.resolve("vigil.db"))) {
            Review review = Review.over(store, site.store, new PasswordHasher(1024, 1, 1), Clock.systemUTC());
            review.accounts().add(Optional.empty(), "root", Role.ADMIN, PASSWORD);
            review.accounts().add(Optional.empty(), "alice", Role.ANALYST, PASSWORD);
            review.accounts().add(Optional.empty(), "bob", Role.ANALYST, PASSWORD);
            review.accounts().add(Optional.empty(), "rita", Role.READER, PASSWORD);
            review.accounts().add(Optional.empty(), "busy", Role.READER, PASSWORD);
        }
        admin = ReviewClient.loggedIn(site.base(), "root", PASSWORD);
        analyst = ReviewClient.loggedIn(site.base(), "alice", PASSWORD);
        other = ReviewClient.loggedIn(site.base(), "bob", PASSWORD);
        reader = ReviewClient.loggedIn(site.base(), "rita", PASSWORD);
        visitor = new ReviewClient(site.base());
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    private static Map<String, Object> comment(String target, String body) {
        return Map.of("target", target, "body", body);
    }

    @Test
    void aLoggedOutVisitorCanReadButNotWrite() {
        assertThat(visitor.get("/api/articles/kabul/review").statusCode()).isEqualTo(200);
        assertThat(visitor.get("/api/comments?target=article:kabul").statusCode()).isEqualTo(200);
        HttpResponse<String> r = visitor.send("POST", "/api/comments", comment("article:kabul", "hello"));
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(json(r).path("message").asText()).isEqualTo("Log in to comment");
        assertThat(visitor.send("PUT", "/api/articles/kabul/rating", Map.of("stars", 3)).statusCode()).isEqualTo(401);
    }

    @Test
    void aReaderCannotCorrect() {
        HttpResponse<String> r = reader.send("POST", "/api/incidents/" + site.incidentOf("kabul") + "/corrections", Map.of("field", "killed", "value", "12"));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(json(r).path("message").asText()).isEqualTo("Only an analyst or an admin may correct extracted data; rita is a reader");
    }

    @Test
    void aReaderCannotGradeSources() {
        assertThat(reader.send("PUT", "/api/sources/grade", Map.of("outlet", "Example News", "grade", "A")).statusCode()).isEqualTo(403);
    }

    @Test
    void anAnalystCannotDeleteAnothersCommentButAnAdminCan() {
        long id = json(analyst.send("POST", "/api/comments", comment("article:madrid", "Two arrests, not three."))).path("id").asLong();
        HttpResponse<String> refused = other.send("DELETE", "/api/comments/" + id, Map.of());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).path("message").asText()).isEqualTo("Only its author alice or an admin may delete comment " + id);
        assertThat(other.send("PATCH", "/api/comments/" + id, Map.of("body", "edited")).statusCode()).isEqualTo(403);
        assertThat(admin.send("DELETE", "/api/comments/" + id, Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void anAuthorEditsAndDeletesTheirOwnCommentAndRepliesThread() {
        long id = json(reader.send("POST", "/api/comments", comment("incident:" + site.incidentOf("paris"), "Which venue?"))).path("id").asLong();
        HttpResponse<String> reply = analyst.send("POST", "/api/comments",
                Map.of("target", "incident:" + site.incidentOf("paris"), "parent", id, "body", "The Bataclan."));
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(json(reader.send("PATCH", "/api/comments/" + id, Map.of("body", "Which concert hall?"))).path("edited").isNull()).isFalse();
        HttpResponse<String> list = visitor.get("/api/comments?target=incident:" + site.incidentOf("paris"));
        assertThat(json(list).path("comments").get(0).path("replies").get(0).path("body").asText()).isEqualTo("The Bataclan.");
        assertThat(reader.send("DELETE", "/api/comments/" + id, Map.of()).statusCode()).isEqualTo(200);
    }

    @Test
    void aWriteWithoutTheCsrfTokenIsRefused() {
        HttpResponse<String> r = analyst.sendWithToken("POST", "/api/comments", comment("article:kabul", "no token"), "");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(json(r).path("message").asText()).isEqualTo("This request lacks the page's security token (CSRF): reload the page and try again");
        assertThat(analyst.sendWithToken("POST", "/api/comments", comment("article:kabul", "bad token"), "forged").statusCode()).isEqualTo(403);
    }

    @Test
    void aRatingOfSevenIsABadRequest() {
        HttpResponse<String> r = reader.send("PUT", "/api/articles/kabul/rating", Map.of("stars", 7));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).path("problems").get(0).asText()).isEqualTo("A rating must be a whole number of stars from 1 to 5; got 7");
    }

    @Test
    void ratingsShowTheAverageAndTheViewersOwnVote() {
        reader.send("PUT", "/api/articles/paris/rating", Map.of("stars", 2));
        reader.send("PUT", "/api/articles/paris/rating", Map.of("stars", 4));
        HttpResponse<String> r = other.send("PUT", "/api/articles/paris/rating", Map.of("stars", 5));
        assertThat(json(r).path("label").asText()).isEqualTo("4.5 · 2 votes");
        assertThat(json(reader.get("/api/articles/paris/review")).path("rating").path("yours").asInt()).isEqualTo(4);
    }

    @Test
    void anEmptyCommentIsABadRequest() {
        HttpResponse<String> r = reader.send("POST", "/api/comments", comment("article:kabul", "   "));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).path("message").asText()).isEqualTo("The comment is empty: write some text");
    }

    @Test
    void aNoteAnchoredOutsideTheTextIsABadRequest() {
        HttpResponse<String> r = reader.send("POST", "/api/articles/kabul/notes", Map.of("start", 5, "end", 5000, "body", "x"));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).path("message").asText())
                .isEqualTo("The selected passage 5-5000 lies outside the article's text of " + TestSite.KABUL.length() + " characters");
    }

    @Test
    void aCorrectionChangesTheIncidentTheApiShowsAndKeepsTheOriginal() {
        long id = site.incidentOf("kabul");
        HttpResponse<String> r = analyst.send("POST", "/api/incidents/" + id + "/corrections", Map.of("field", "killed", "value", "12"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(visitor.get("/api/incidents/" + id)).path("killed").asInt()).isEqualTo(12);
        var review = json(visitor.get("/api/incidents/" + id + "/review"));
        assertThat(review.path("corrections").get(0).path("original").asText()).isEqualTo("9");
        assertThat(review.path("corrections").get(0).path("author").asText()).isEqualTo("alice");
        assertThat(site.store.incident(id).orElseThrow().sources().get(0).mention().killed()).as("the mention as extracted").hasValue(9);
    }

    @Test
    void aNoteOnAPassageMayAddAMissedIncident() {
        int start = TestSite.KABUL.indexOf("Police said 20 people were injured.");
        HttpResponse<String> r = analyst.send("POST", "/api/articles/kabul/notes", Map.of("start", start, "end", start + 35,
                "quote", "Police said 20 people were injured.", "body", "separate incident?", "field", "missed_incident", "value", "arrest"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(json(r).path("correction").path("value").asText()).isEqualTo("arrest");
        assertThat(json(r).path("note").path("status").asText()).isEqualTo("attached");
    }

    @Test
    void aReadersNoteWithACorrectionIsRefusedWhole() {
        int before = json(visitor.get("/api/articles/madrid/review")).path("notes").size();
        HttpResponse<String> r = reader.send("POST", "/api/articles/madrid/notes", Map.of("start", 0, "end", 7, "body", "x",
                "field", "killed", "value", "1", "incident", site.incidentOf("madrid")));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(json(visitor.get("/api/articles/madrid/review")).path("notes").size()).isEqualTo(before);
    }

    @Test
    void aNoteWhoseCorrectionFailsIsNotSavedAndViceVersa() {
        var before = json(visitor.get("/api/articles/madrid/review"));
        long kabul = site.incidentOf("kabul");
        HttpResponse<String> wrongIncident = analyst.send("POST", "/api/articles/madrid/notes", Map.of("start", 0, "end", 7, "body", "toll?",
                "field", "killed", "value", "3", "incident", kabul));
        HttpResponse<String> emptyNote = analyst.send("POST", "/api/articles/madrid/notes", Map.of("start", 0, "end", 7, "body", " ",
                "field", "killed", "value", "3", "incident", site.incidentOf("madrid")));

        assertThat(wrongIncident.statusCode()).isEqualTo(400);
        assertThat(json(wrongIncident).path("message").asText()).isEqualTo("Incident " + kabul + " is not stated by article 'madrid'");
        assertThat(emptyNote.statusCode()).isEqualTo(400);
        var after = json(visitor.get("/api/articles/madrid/review"));
        assertThat(after.path("notes").size()).isEqualTo(before.path("notes").size());
        assertThat(after.path("corrections").size()).isEqualTo(before.path("corrections").size());
    }

    @Test
    void onlyAdminsReadTheAuditLog() {
        assertThat(analyst.get("/api/audit").statusCode()).isEqualTo(403);
        assertThat(visitor.get("/api/audit").statusCode()).isEqualTo(401);
        HttpResponse<String> r = admin.get("/api/audit");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).path("entries").size()).isGreaterThan(0);
    }

    @Test
    void aWrongPasswordIsUnauthorizedWithoutSayingWhichPartWasWrong() {
        HttpResponse<String> r = visitor.send("POST", "/api/login", Map.of("name", "alice", "password", "wrong password"));
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(json(r).path("message").asText()).isEqualTo("Wrong account name or password");
    }

    @Test
    void theSessionCookieIsHttpOnlyStrictAndSecureBehindHttps() {
        String body = "{\"name\":\"rita\",\"password\":\"" + PASSWORD + "\"}";
        HttpResponse<String> plain = visitor.exchange(HttpRequest.newBuilder(URI.create(site.base() + "/api/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        String cookie = plain.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("vigil_session=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
        HttpResponse<String> tls = visitor.exchange(HttpRequest.newBuilder(URI.create(site.base() + "/api/login"))
                .header("Content-Type", "application/json").header("X-Forwarded-Proto", "https").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(tls.headers().firstValue("Set-Cookie").orElseThrow()).containsIgnoringCase("Secure");
    }

    @Test
    void aLoginFormWithoutItsTokenIsRefused() {
        HttpResponse<String> r = visitor.exchange(HttpRequest.newBuilder(URI.create(site.base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=rita&password=correct+horse+battery")));
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    void tooManyWritesFromOneAccountAreRefusedWithRetryAfter() {
        ReviewClient busy = ReviewClient.loggedIn(site.base(), "busy", PASSWORD);
        HttpResponse<String> last = null;
        for (int i = 0; i < ReviewSettings.DEFAULTS.writesPerAccount() + 1; i++) {
            last = busy.send("PUT", "/api/articles/madrid/rating", Map.of("stars", 1 + i % 5));
        }
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        assertThat(json(last).path("message").asText()).startsWith("Account busy made more than 30 requests of this kind in a minute");
    }

    @Test
    void scriptAndHtmlInCommentsAndNotesComeOutInert() {
        reader.send("POST", "/api/comments", comment("article:paris", "<script>alert('c')</script><img src=x onerror=alert(1)><b>bold</b>"));
        int start = TestSite.PARIS.indexOf("<script>");
        reader.send("POST", "/api/articles/paris/notes", Map.of("start", start, "end", start + 25, "body", "<img src=x onerror=alert(2)>"));
        String page = visitor.get("/articles/paris").body();
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img").contains("<b>bold</b>")
                .contains("&lt;img src=x onerror=alert(2)&gt;").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        HttpResponse<String> api = visitor.get("/api/comments?target=article:paris");
        assertThat(api.body()).contains("\"html\":\"<b>bold</b>\"");
    }
}
