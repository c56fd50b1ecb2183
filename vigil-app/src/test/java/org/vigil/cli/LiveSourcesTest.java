package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
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
    private CrocusFeedSite server;
    private Path db;


    @BeforeAll
    static void loadOnce() {
        components = Run.components();
    }

    @BeforeEach
    void start() throws Exception {
        db = dir.resolve("vigil.db");
        server = CrocusFeedSite.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String url(String path) {
        return server.url(path);
    }

    private static Run vigil(String... args) {
        return Run.vigil(args);
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
