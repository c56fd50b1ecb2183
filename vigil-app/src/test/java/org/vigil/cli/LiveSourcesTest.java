package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// Issue 7: feeds, follow, ingest URL, incident explain and eval --clusters from the command line.
class LiveSourcesTest {
    private static Components components;

    @TempDir
    Path dir;
    private HttpServer server;
    private Path db;


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
        db = dir.resolve("vigil.db");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String body;
            String type;
            if (path.equals("/rss")) {
                body = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><link>x</link><description>d</description>"
                        + "<item><title>A1</title><link>" + url("/a1") + "</link></item>"
                        + "<item><title>A2</title><link>" + url("/a2") + "</link></item></channel></rss>";
                type = "application/rss+xml";
            } else {
                body = PAGES.get(path);
                type = "text/html; charset=utf-8";
            }
            byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static Run vigil(String... args) {
        return Run.of(components, args);
    }

    @Test
    void addsListsAndRemovesFeeds() {
        Run add = vigil("feeds", "add", "https://news.example/rss", "--every", "2h", "--db", db.toString());
        Run list = vigil("feeds", "list", "--db", db.toString());
        Run remove = vigil("feeds", "remove", "1", "--db", db.toString());
        Run again = vigil("feeds", "remove", "1", "--db", db.toString());

        assertThat(add.out()).isEqualTo("Following feed 1 https://news.example/rss every 2h.\n");
        assertThat(list.out()).contains("1    2h    https://news.example/rss", "last poll: never", "1 feed");
        assertThat(remove.status()).isZero();
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.err()).isEqualTo("error: no feed '1' is followed; see 'vigil feeds list'\n");
    }

    @Test
    void rejectsABadIntervalAndANonWebAddress() {
        assertThat(vigil("feeds", "add", "https://a.example/rss", "--every", "soon", "--db", db.toString()).err())
                .isEqualTo("error: Option '--every' must be a duration of at least 1m such as 90s, 10m, 2h or 1d; got 'soon'\n");
        assertThat(vigil("feeds", "add", "file:///etc/passwd", "--db", db.toString()).err())
                .isEqualTo("error: Feed URL must start with http:// or https://; got 'file:///etc/passwd'\n");
    }

    @Test
    void followsAFeedIntoOneIncidentWithTwoSourcesAndExplainsIt() throws Exception {
        vigil("feeds", "add", url("/rss"), "--db", db.toString());

        Run refused = vigil("follow", "--once", "--db", db.toString());
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.err()).contains("resolves to the loopback address 127.0.0.1; pass --allow-private");

        vigil("feeds", "remove", url("/rss"), "--db", db.toString());
        vigil("feeds", "add", url("/rss"), "--db", db.toString());
        Run follow = vigil("follow", "--once", "--allow-private", "--db", db.toString());
        assertThat(follow.status()).as(follow.err()).isZero();
        assertThat(follow.out()).contains(url("/rss") + ": 2 new items, 2 stored");

        JsonNode incidents = new ObjectMapper().readTree(vigil("incidents", "--format", "json", "--db", db.toString()).out());
        assertThat(incidents).hasSize(1);
        JsonNode crocus = incidents.get(0);
        assertThat(crocus.path("sources")).hasSize(2);
        assertThat(crocus.path("sources").get(1).path("urls").get(0).asText()).isEqualTo(url("/a2"));
        assertThat(crocus.path("figures").path("killed").findValuesAsText("value")).containsExactly("40", "115");
        assertThat(crocus.path("killed").asInt()).isEqualTo(115);

        Run explain = vigil("incident", "explain", crocus.path("id").asText(), "--db", db.toString());
        assertThat(explain.out()).contains("Incident " + crocus.path("id").asText() + ": ", "why: new incident",
                "why: joined incident " + crocus.path("id").asText());
    }

    @Test
    void ingestsAPageByUrlAndReportsABadOne() {
        Run run = vigil("ingest", url("/a1"), url("/missing"), "--allow-private", "--db", db.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).startsWith("Ingested 1 article (1 new, 0 updated, 0 unchanged)");
        assertThat(run.err()).contains("error: " + url("/missing") + ": answered HTTP 404 (no such page)");
    }

    @Test
    void explainsNoIncidentThatDoesNotExist() {
        vigil("feeds", "list", "--db", db.toString());

        Run run = vigil("incident", "explain", "42", "--db", db.toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("error: no incident 42 in " + db + "; see 'vigil incidents'\n");
    }

    @Test
    void scoresMergingOverTheClusterGoldSet() {
        Run run = vigil("eval", "--clusters", "../eval/clusters/clusters.jsonl");

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("Incident merging (pairwise over gold mentions the extractor found)", "articles 71", "precision ",
                "recall ", "F1 ");
    }
}
