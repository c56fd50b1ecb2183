package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML pages, the CSV download and the static assets over real HTTP. */
class PageHandlersTest {
    @TempDir
    static Path dir;
    static TestSite site;

    @BeforeAll
    static void start() {
        site = new TestSite(dir);
    }

    @AfterAll
    static void stop() {
        site.close();
    }

    static String page(String path) {
        HttpResponse<String> response = site.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        return response.body();
    }

    @Test
    void everyPageCarriesAStrictContentSecurityPolicy() {
        for (String path : new String[] {"/", "/incidents", "/articles/paris", "/static/dashboard.js", "/api/stats"}) {
            HttpResponse<String> response = site.get(path);
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).startsWith("default-src 'self'; script-src 'self'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        }
    }

    @Test
    void pagesHaveNoInlineScriptAndLoadNothingFromElsewhere() {
        for (String path : new String[] {"/", "/incidents", "/articles/paris", "/groups/Taliban", "/countries/FR"}) {
            String html = page(path);
            assertThat(html).as(path).doesNotContainPattern("<script>|<script [^>]*>[^<]").doesNotContain("style=\"")
                    .doesNotContain("http://", "//cdn", "https://fonts");
        }
    }

    @Test
    void dashboardShowsTotalsTopGroupsAndLatestIncidents() {
        String html = page("/");

        assertThat(html).contains("<strong>3</strong> incidents", "href=\"/groups/Islamic%20State\"", "id=\"timeline\"",
                "data-stats=\"/api/stats\"", "src=\"/static/dashboard.js\"");
    }

    @Test
    void dashboardFiltersLiveInTheUrlAndReachTheCharts() {
        String html = page("/?group=Taliban&q=wedding");

        assertThat(html).contains("<strong>1</strong> incidents", "data-stats=\"/api/stats?q=wedding&amp;group=Taliban\"",
                "value=\"Taliban\"");
    }

    @Test
    void escapesUntrustedArticleTextAndTitles() {
        String article = page("/articles/paris");
        String list = page("/incidents");

        assertThat(article).doesNotContain("<script>alert").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
        assertThat(article).contains("<h1>Paris attacks &lt;b&gt;live&lt;/b&gt;</h1>");
        assertThat(list).contains("Paris attacks &lt;b&gt;live&lt;/b&gt;").doesNotContain("<b>live</b>");
    }

    @Test
    void articlePageHighlightsTheEvidenceAndLinksItsIncident() {
        long id = site.incidentOf("kabul");
        String html = page("/articles/kabul");

        assertThat(html).containsPattern("<mark class=\"evidence\" id=\"mention-\\d+\"[^>]*>A suicide bomber struck");
        assertThat(html).contains("href=\"/incidents/" + id + "\"", "class=\"ent ent-group\" href=\"/groups/Taliban\"");
    }

    @Test
    void incidentPageShowsEachFieldWithItsCertaintyAndTheFigureHistory() {
        long id = site.incidentOf("kabul");
        String html = page("/incidents/" + id);

        assertThat(html).contains("<h1>Bombing in Kabul, 2024-03-08</h1>", "<span class=\"certainty c-denied\">denied</span>",
                "Killed: 9", "<mark class=\"evidence\">A suicide bomber struck a wedding hall in Kabul on Friday, killing 9 people.</mark>");
    }

    @Test
    void incidentListSortsPagesAndLinksTheCsvOfTheView() {
        String html = page("/incidents?sort=killed&dir=desc&size=2&type=bombing");

        assertThat(html).contains("aria-sort=\"descending\"", "href=\"/incidents.csv?type=bombing&amp;sort=killed&amp;dir=desc\"");
        assertThat(page("/incidents?size=2")).contains("Page 1 of 2", "rel=\"next\" href=\"/incidents?page=2&amp;size=2\"");
    }

    @Test
    void csvHoldsEveryIncidentOfTheView() {
        HttpResponse<String> response = site.get("/incidents.csv?country=FR");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String[] lines = response.body().split("\r\n");
        assertThat(lines[0]).isEqualTo(CsvExport.HEADER);
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains(",armed_assault,", ",Islamic State,89,");
    }

    @Test
    void groupAndCountryPagesAreDashboardsOfTheirIncidents() {
        assertThat(page("/groups/ISIS")).contains("<h1>Group: Islamic State</h1>", "Also known as:", "<strong>1</strong> incidents");
        assertThat(page("/countries/Spain")).contains("<h1>Country: Spain</h1>", "<strong>1</strong> incidents");
        assertThat(page("/groups")).contains(">Taliban</a>");
        assertThat(page("/countries")).contains(">Afghanistan</a>");
    }

    @Test
    void pageErrorsAreHtmlNamingTheProblem() {
        HttpResponse<String> bad = site.get("/incidents?since=soon");
        HttpResponse<String> missing = site.get("/incidents/999999");

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Query parameter &#39;since&#39; must be an ISO date like 2024-05-01; got &#39;soon&#39;");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("No incident with id 999999");
        assertThat(site.get("/countries/Atlantis").statusCode()).isEqualTo(404);
    }

    @Test
    void servesTheMapShapesAndScriptsItself() {
        assertThat(site.get("/static/countries-110m.json").body()).startsWith("{\"type\":\"Topology\"");
        assertThat(site.get("/static/vigil.css").statusCode()).isEqualTo(200);
        String script = site.get("/static/dashboard.js").body().replace("'http://www.w3.org/2000/svg'", "SVG namespace");
        assertThat(script).doesNotContain("http://", "https://", "//cdn");
    }
}
