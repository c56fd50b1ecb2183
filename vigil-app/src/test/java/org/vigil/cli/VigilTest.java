package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end runs of the command line, in process, against real files and a real SQLite store. */
class VigilTest {
    private static final Path SHARED = Path.of("../../shared/eval");
    private static Components components;

    @TempDir
    Path dir;


    @BeforeAll
    static void loadOnce() {
        components = Run.components();
    }

    private static Run vigil(String... args) {
        return Run.vigil(args);
    }

    @Test
    void ingestsTheSeedArticleAndListsTheIncidentsItStates() throws Exception {
        Path seed = SHARED.resolve("articles/seed-crocus.txt");
        assumeTrue(Files.exists(seed), "the shared seed article is beside the repository");
        Path db = dir.resolve("store.db");

        Run ingest = vigil("ingest", seed.toString(), "--published", "2024-03-27", "--db", db.toString());
        assertThat(ingest.status()).as(ingest.err()).isZero();
        assertThat(ingest.out()).startsWith("Ingested 1 article (1 new, 0 updated, 0 unchanged)");

        Run list = vigil("incidents", "--db", db.toString(), "--format", "json");
        assertThat(list.status()).as(list.err()).isZero();
        JsonNode incidents = new ObjectMapper().readTree(list.out());
        JsonNode crocus = null;
        for (JsonNode i : incidents) {
            if (i.path("evidence").asText().contains("Crocus City Hall in Moscow on Friday")) crocus = i;
        }
        assertThat(crocus).as("the Crocus City Hall attack among %s", incidents).isNotNull();
        assertThat(crocus.path("country").asText()).isEqualTo("RU");
        assertThat(crocus.path("date").asText()).isEqualTo("2024-03-22");
        assertThat(crocus.path("killed").asInt()).isEqualTo(139);
        assertThat(crocus.path("source").path("start").asInt()).isPositive();
    }

    @Test
    void ingestingTheSameArticleTwiceChangesNothing() throws Exception {
        Path article = dir.resolve("blast.txt");
        Files.writeString(article, "Blast in Kabul\n\nA bomb exploded in Kabul on Monday, killing 12 people and wounding 30.");
        Path db = dir.resolve("store.db");
        assertThat(vigil("ingest", article.toString(), "--published", "2022-09-07", "--db", db.toString()).status()).isZero();
        Run again = vigil("ingest", article.toString(), "--published", "2022-09-07", "--db", db.toString());
        assertThat(again.out()).startsWith("Ingested 1 article (0 new, 0 updated, 1 unchanged)");
        Run list = vigil("incidents", "--db", db.toString(), "--format", "csv");
        assertThat(list.out().lines().count()).isEqualTo(2); // header and one incident
    }

    @Test
    void reportsEachBadInputAndIngestsTheRest() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("batch"));
        Files.writeString(folder.resolve("empty.txt"), "");
        Files.write(folder.resolve("binary.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        Files.writeString(folder.resolve("good.txt"), "Attack\n\nGunmen shot dead four people in Lagos on Sunday.");
        Files.writeString(folder.resolve("bad.jsonl"), "{\"id\": \"a\", \"published\": \"2024-02-30\", \"text\": \"A bomb exploded.\"}\n{not json\n");
        Path db = dir.resolve("store.db");

        Run run = vigil("ingest", folder.toString(), "--published", "2024-01-10", "--db", db.toString());

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).contains("empty.txt").contains("binary.txt").contains("bad.jsonl:line 1").contains("bad.jsonl:line 2");
        assertThat(run.out()).startsWith("Ingested 1 article (1 new, 0 updated, 0 unchanged)").contains("4 failed.");
    }

    @Test
    void rejectsABadFilterNamingIt() {
        Run run = vigil("incidents", "--since", "yesterday", "--type", "bomb", "--db", dir.resolve("none.db").toString());
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Option '--since' must be an ISO date like 2024-05-01; got 'yesterday'")
                .contains("Option '--type' must be one of bombing,");
    }

    @Test
    void extractWritesOneLineOfIncidentsPerArticle() throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\": \"x1\", \"published\": \"2019-04-21\", \"text\": \"Bombs exploded at three churches in Colombo, killing 207 people.\"}\n"
                + "{\"id\": \"x2\", \"published\": \"2019-04-22\", \"text\": \"Markets were calm in London on Monday.\"}\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("pred.jsonl");
        Run run = vigil("extract", in.toString(), "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.path("id").asText()).isEqualTo("x1");
        assertThat(first.path("incidents").get(0).path("type").asText()).isEqualTo("bombing");
        assertThat(first.path("incidents").get(0).path("killed").asInt()).isEqualTo(207);
        assertThat(new ObjectMapper().readTree(lines.get(1)).path("incidents")).isEmpty();
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of("ingest", "incidents", "extract", "eval", "demo")) {
            Run run = vigil(command, "--help");
            assertThat(run.status()).isZero();
            assertThat(run.out()).contains("Usage: vigil " + command);
        }
    }
}
