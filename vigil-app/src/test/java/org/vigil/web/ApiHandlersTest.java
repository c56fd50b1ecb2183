package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST API over real HTTP on a random port. */
class ApiHandlersTest {
    @TempDir
    static Path dir;
    static TestSite site;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void start() {
        site = new TestSite(dir);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static JsonNode json(String path, int status) throws Exception {
        HttpResponse<String> response = site.get(path);
        assertThat(response.statusCode()).as(path + " -> " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        return JSON.readTree(response.body());
    }

    static List<String> articles(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("incidents").forEach(i -> ids.add(i.path("article").path("id").asText()));
        return ids;
    }

    @Test
    void listsIncidentsNewestFirstWithTheTotal() throws Exception {
        JsonNode page = json("/api/incidents", 200);

        assertThat(page.path("total").asInt()).isEqualTo(3);
        assertThat(articles(page)).containsExactly("kabul", "madrid", "paris");
        JsonNode kabul = page.path("incidents").get(0);
        assertThat(kabul.path("type").asText()).isEqualTo("bombing");
        assertThat(kabul.path("killed").asInt()).isEqualTo(9);
        assertThat(kabul.path("certainty").asText()).isEqualTo("denied");
        assertThat(kabul.path("evidence").path("text").asText()).isEqualTo("A suicide bomber struck a wedding hall in Kabul on Friday, killing 9 people.");
    }

    @Test
    void filtersByGroupAliasCountryNameTypeAndDates() throws Exception {
        assertThat(articles(json("/api/incidents?group=ISIS", 200))).containsExactly("paris");
        assertThat(articles(json("/api/incidents?country=Spain", 200))).containsExactly("madrid");
        assertThat(articles(json("/api/incidents?type=bombing", 200))).containsExactly("kabul");
        assertThat(articles(json("/api/incidents?since=2016-01-01&until=2016-12-31", 200))).containsExactly("madrid");
    }

    @Test
    void searchesEvidenceAndArticleText() throws Exception {
        assertThat(articles(json("/api/incidents?q=wedding", 200))).containsExactly("kabul");
        assertThat(articles(json("/api/incidents?q=forum", 200))).containsExactly("paris");
    }

    @Test
    void sortsAndPages() throws Exception {
        JsonNode page = json("/api/incidents?sort=killed&dir=desc&size=1&page=2", 200);

        assertThat(articles(page)).containsExactly("kabul");
        assertThat(page.path("page").asInt()).isEqualTo(2);
        assertThat(page.path("size").asInt()).isEqualTo(1);
        assertThat(page.path("total").asInt()).isEqualTo(3);
    }

    @Test
    void rejectsABadFilterNamingEveryBadParameter() throws Exception {
        JsonNode error = json("/api/incidents?type=massacre&since=yesterday&page=0", 400);

        assertThat(error.path("status").asInt()).isEqualTo(400);
        assertThat(error.path("problems")).extracting(JsonNode::asText).containsExactly(
                "Query parameter 'type' must be one of bombing, armed_assault, assassination, hostage_taking, kidnapping, hijacking, "
                        + "arson_sabotage, vehicle_ramming, unarmed_assault, plot_foiled, arrest, warning; got 'massacre'",
                "Query parameter 'since' must be an ISO date like 2024-05-01; got 'yesterday'",
                "Query parameter 'page' must be a whole number from 1 to 4294967; got '0'");
    }

    @Test
    void rejectsAnUnknownCountry() throws Exception {
        JsonNode error = json("/api/stats?country=Atlantis", 400);

        assertThat(error.path("message").asText())
                .isEqualTo("Query parameter 'country' must be an ISO 3166 code like RU or a country name like Russia; got 'Atlantis'");
    }

    @Test
    void returnsAnIncidentWithSourcesAndFigures() throws Exception {
        long id = site.incidentOf("kabul");

        JsonNode incident = json("/api/incidents/" + id, 200);

        assertThat(incident.path("id").asLong()).isEqualTo(id);
        assertThat(incident.path("sources")).hasSize(1);
        assertThat(incident.path("sources").get(0).path("article").path("published").asText()).isEqualTo("2024-03-09");
        assertThat(incident.path("figures")).extracting(f -> f.path("kind").asText() + "=" + f.path("value").asInt())
                .containsExactly("killed=9", "injured=20");
    }

    @Test
    void answers404ForAnUnknownIncidentOrArticle() throws Exception {
        assertThat(json("/api/incidents/424242", 404).path("message").asText()).isEqualTo("No incident with id 424242");
        assertThat(json("/api/incidents/abc", 404).path("message").asText()).isEqualTo("No incident with id 'abc': incident ids are whole numbers");
        assertThat(json("/api/articles/nowhere", 404).path("message").asText()).isEqualTo("No article with id 'nowhere'");
        assertThat(json("/api/nothing-here", 404).path("message").asText()).isEqualTo("No page or endpoint at /api/nothing-here");
    }

    @Test
    void returnsAnArticleWithItsMentionsAndAnnotations() throws Exception {
        JsonNode article = json("/api/articles/paris", 200);

        assertThat(article.path("text").asText()).isEqualTo(TestSite.PARIS);
        assertThat(article.path("mentions")).hasSize(1);
        List<String> kinds = new ArrayList<>();
        article.path("annotations").forEach(a -> kinds.add(a.path("kind").asText() + ":" + a.path("text").asText()));
        assertThat(kinds).contains("evidence:Gunmen attacked a concert hall in Paris on 13 November 2015, killing 89 people.",
                "place:Paris", "group:Islamic State", "date:13 November 2015", "number:89");
    }

    @Test
    void listsGroupsWithCountsAndAliases() throws Exception {
        JsonNode actors = json("/api/actors", 200).path("actors");

        assertThat(actors).extracting(a -> a.path("name").asText()).containsExactly("Islamic State", "Taliban");
        assertThat(actors.get(0).path("aliases")).extracting(JsonNode::asText).contains("ISIS", "Daesh");
    }

    @Test
    void countsByMonthTypeGroupAndCountryUnderTheSameFilters() throws Exception {
        JsonNode stats = json("/api/stats?country=AF", 200);

        assertThat(stats.path("incidents").asInt()).isEqualTo(1);
        assertThat(stats.path("killed").asInt()).isEqualTo(9);
        assertThat(stats.path("months").get(0).path("month").asText()).isEqualTo("2024-03");
        assertThat(stats.path("countries").get(0).path("name").asText()).isEqualTo("Afghanistan");
        assertThat(stats.path("cells")).hasSize(1);
    }

    @Test
    void publishesAnOpenApiDocumentNamingEveryEndpoint() throws Exception {
        JsonNode doc = json("/api/openapi.json", 200);

        assertThat(doc.path("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        doc.path("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsExactlyInAnyOrder("/api/incidents", "/api/incidents/{id}", "/api/articles/{id}", "/api/actors",
                "/api/stats", "/api/openapi.json",
                // review
                "/api/login", "/api/logout", "/api/session", "/api/articles/{id}/review", "/api/articles/{id}/rating",
                "/api/articles/{id}/notes", "/api/notes/{id}", "/api/incidents/{id}/review", "/api/incidents/{id}/corrections",
                "/api/sources/grade", "/api/comments", "/api/comments/{id}", "/api/audit", "/api/users", "/api/users/{id}",
                // alerts
                "/api/watchlists", "/api/watchlists/{id}", "/api/notifications", "/api/notifications/{id}/read", "/api/targets",
                "/api/targets/{id}", "/api/subscriptions", "/api/subscriptions/{id}", "/api/deliveries", "/api/deliveries/{id}/retry");
        assertThat(doc.path("paths").path("/api/incidents/{id}/corrections").path("post").path("security").get(0).has("csrf")).isTrue();
    }
}
