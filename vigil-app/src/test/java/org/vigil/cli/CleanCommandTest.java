package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigil clean} and {@code vigil eval --boilerplate}, run in process on hand-made pages. */
class CleanCommandTest {
    static final String PAGE = "<html><head><title>Blast at station</title>"
            + "<meta property='article:published_time' content='2024-03-27T06:10:00Z'></head><body>"
            + "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article><h1>Blast at station</h1>"
            + "<p>Police said two men were arrested on Tuesday after an explosion damaged a bus station in the northern city.</p>"
            + "<p>Officials said the device had been left in a bag near the ticket office, and the station will remain closed.</p>"
            + "</article><footer><a href='/about'>About us</a></footer></body></html>";
    static final String BODY = "Police said two men were arrested on Tuesday after an explosion damaged a bus station in the northern city.\n\n"
            + "Officials said the device had been left in a bag near the ticket office, and the station will remain closed.";

    @TempDir
    Path dir;


    private static Run vigil(String... args) {
        return Run.vigil(args);
    }

    private Path gzipped(Path file, String html) throws Exception {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(html.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    @Test
    void printsTitleThenBodyOfPage() throws Exception {
        Path page = Files.writeString(dir.resolve("blast.html"), PAGE);
        Run run = vigil("clean", page.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo("Blast at station\n\n" + BODY + "\n");
    }

    @Test
    void writesAllPagesAsJsonKeyedByFileName() throws Exception {
        Path plain = Files.writeString(dir.resolve("blast.html"), PAGE);
        Path zipped = gzipped(dir.resolve("again.html.gz"), PAGE);
        Path json = dir.resolve("out.json");
        Run run = vigil("clean", plain.toString(), zipped.toString(), "--json", json.toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode pages = new ObjectMapper().readTree(json.toFile());
        assertThat(pages.fieldNames()).toIterable().containsExactly("blast", "again");
        assertThat(pages.path("again").path("articleBody").asText()).isEqualTo(BODY);
        assertThat(pages.path("again").path("title").asText()).isEqualTo("Blast at station");
        assertThat(pages.path("again").path("published").asText()).isEqualTo("2024-03-27");
    }

    @Test
    void reportsUnreadableFileAndCleansTheOthers() throws Exception {
        Path page = Files.writeString(dir.resolve("blast.html"), PAGE);
        Path missing = dir.resolve("missing.html");
        Run run = vigil("clean", missing.toString(), page.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: " + missing + " does not exist\n");
        assertThat(run.out()).contains(BODY);
    }

    @Test
    void scoresCleanerOnBenchmarkFolder() throws Exception {
        Files.createDirectories(dir.resolve("html"));
        gzipped(dir.resolve("html/p1.html.gz"), PAGE);
        Files.writeString(dir.resolve("ground-truth.json"),
                new ObjectMapper().writeValueAsString(java.util.Map.of("p1", java.util.Map.of("articleBody", BODY, "url", "https://example.com/"))));
        Run run = vigil("eval", "--boilerplate", dir.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("pages 1  F1 1.000  precision 1.000  recall 1.000  accuracy 1.000  ");
        assertThat(run.out()).contains(" ms/page");
    }

    @Test
    void asksForGoldClustersOrBoilerplate() {
        Run run = vigil("eval");
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.err()).contains("Missing option: give --gold GOLD.jsonl, --clusters CLUSTERS.jsonl or --boilerplate DIR");
    }
}
