package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.web.ReviewClient.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.review.PasswordHasher;
import org.vigil.review.Review;
import org.vigil.review.Role;
import org.vigil.review.SqliteReviewStore;

/**
 * Over real HTTP, what an analyst corrects is what the incident list, its filters and sorting, the dashboard's
 * counts and map, the CSV download and the pages show: a corrected toll and country, an incident judged "not an
 * incident", and an incident added from a note because extraction missed it. Issue 5.
 */
class CorrectedListsApiTest {
    static final String PASSWORD = "correct horse battery";

    @TempDir
    Path dir;
    TestSite site;
    ReviewClient analyst;
    ReviewClient visitor;

    @BeforeEach
    void start() {
        site = new TestSite(dir);
        try (SqliteReviewStore store = SqliteReviewStore.open(dir.resolve("vigil.db"))) {
            Review.over(store, site.store, new PasswordHasher(1024, 1, 1), Clock.systemUTC()).accounts().add(Optional.empty(), "alice", Role.ANALYST, PASSWORD);
        }
        analyst = ReviewClient.loggedIn(site.base(), "alice", PASSWORD);
        visitor = new ReviewClient(site.base());
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private void correct(long incident, String field, String value) {
        HttpResponse<String> r = analyst.send("POST", "/api/incidents/" + incident + "/corrections", Map.of("field", field, "value", value));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    }

    private JsonNode api(String path) {
        HttpResponse<String> r = visitor.get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        return json(r);
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.path("incidents").forEach(i -> ids.add(i.path("id").asLong()));
        return ids;
    }

    @Test
    void aCorrectedTollAndCountryChangeWhatFiltersSortingCountsAndTheCsvReturn() {
        long kabul = site.incidentOf("kabul");
        correct(kabul, "killed", "120");
        correct(kabul, "country", "PK");

        assertThat(ids(api("/api/incidents?sort=killed&dir=desc")).get(0)).as("120 now sorts above Paris's 89").isEqualTo(kabul);
        assertThat(api("/api/incidents?country=AF").path("total").asInt()).isZero();
        JsonNode pakistan = api("/api/incidents?country=PK");
        assertThat(ids(pakistan)).containsExactly(kabul);
        assertThat(pakistan.path("incidents").get(0).path("killed").asInt()).isEqualTo(120);
        JsonNode stats = api("/api/stats");
        assertThat(stats.path("killed").asLong()).isEqualTo(120 + 89);
        assertThat(stats.path("countries").findValuesAsText("code")).contains("PK").doesNotContain("AF");
        assertThat(visitor.get("/incidents.csv?country=PK").body()).contains(",PK,").contains(",120,");
        assertThat(visitor.get("/incidents?country=PK").body()).contains("Wedding hall bombing in Kabul");
    }

    @Test
    void anIncidentJudgedNotAnIncidentDropsOutOfTheListCountsAndCsvButKeepsItsPage() {
        long madrid = site.incidentOf("madrid");
        assertThat(api("/api/incidents").path("total").asInt()).isEqualTo(3);

        correct(madrid, "not_incident", "yes");

        assertThat(api("/api/incidents").path("total").asInt()).isEqualTo(2);
        assertThat(ids(api("/api/incidents"))).doesNotContain(madrid);
        assertThat(api("/api/stats").path("incidents").asInt()).isEqualTo(2);
        assertThat(api("/api/incidents?q=arrested").path("total").asInt()).isZero();
        assertThat(visitor.get("/incidents").body()).doesNotContain("Arrests in Madrid");
        assertThat(visitor.get("/incidents.csv").body()).doesNotContain("madrid");
        assertThat(visitor.get("/incidents/" + madrid).body()).contains("Judged not an incident by alice");
    }

    @Test
    void aMissedIncidentNoteAppearsInTheListSearchMapAndCountsAsAddedByItsAnalyst() {
        String passage = "Police said 20 people were injured.";
        int start = TestSite.KABUL.indexOf(passage);
        HttpResponse<String> note = analyst.send("POST", "/api/articles/kabul/notes", Map.of("start", start, "end", start + passage.length(),
                "quote", passage, "body", "a second attack the extractor missed", "field", "missed_incident", "value", "armed_assault"));
        assertThat(note.statusCode()).as(note.body()).isEqualTo(200);

        JsonNode assaults = api("/api/incidents?type=armed_assault&country=AF");
        assertThat(assaults.path("total").asInt()).as("no country yet").isZero();
        JsonNode added = api("/api/incidents?type=armed_assault&q=police").path("incidents").get(0);
        assertThat(added.path("addedBy").asText()).isEqualTo("alice");
        assertThat(added.path("article").path("id").asText()).isEqualTo("kabul");
        assertThat(added.path("evidence").path("text").asText()).isEqualTo(passage);
        long id = added.path("id").asLong();

        correct(id, "country", "AF");
        correct(id, "place", "Jalalabad");

        assertThat(ids(api("/api/incidents?type=armed_assault&country=AF"))).containsExactly(id);
        JsonNode stats = api("/api/stats?country=AF");
        assertThat(stats.path("incidents").asInt()).isEqualTo(2);
        assertThat(stats.path("cells")).as("Kabul and, located by the gazetteer, Jalalabad").hasSize(2);
        assertThat(visitor.get("/incidents?country=AF").body()).contains("added by analyst alice");
        assertThat(visitor.get("/incidents/" + id).body()).contains("Added by analyst alice: extraction missed this incident")
                .contains("added by analyst alice").contains("Jalalabad");
    }
}
