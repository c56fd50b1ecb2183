package org.vigil.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BoilerplateBenchmarkTest {

    static final String BODY = "Two men were arrested on Tuesday after an explosion damaged a bus station.\n\n"
            + "No one was hurt in the blast, police said.";

    @TempDir
    Path dir;

    @Test
    void scoresPerfectPredictionAsOne() {
        BoilerplateBenchmark.PageScore page = BoilerplateBenchmark.score("a", "", BODY, "Two men were arrested on Tuesday after an explosion "
                + "damaged a bus station. No one was hurt in the blast, police said.");
        assertThat(page.precision()).isEqualTo(1.0);
        assertThat(page.recall()).isEqualTo(1.0);
        assertThat(page.exact()).isTrue();
    }

    @Test
    void scoresEmptyPredictionAsZero() {
        BoilerplateBenchmark.Result result = BoilerplateBenchmark.summarize(
                List.of(BoilerplateBenchmark.score("a", "", BODY, "")), 0);
        assertThat(result.f1()).isEqualTo(0.0);
        assertThat(result.precision()).isEqualTo(0.0);
        assertThat(result.recall()).isEqualTo(0.0);
    }

    @Test
    void countsExtraAndMissedShinglesScaledToOne() {
        // 10 true words give 7 shingles; the prediction keeps the first 8 words (5 shingles) and adds 4
        // words of chrome, which make 4 shingles that are not in the truth.
        String truth = "one two three four five six seven eight nine ten";
        BoilerplateBenchmark.PageScore page = BoilerplateBenchmark.score("a", "", truth, "one two three four five six seven eight share on face book");
        assertThat(page.tp() + page.fp() + page.fn()).isCloseTo(1.0, within(1e-9));
        assertThat(page.precision()).isCloseTo(5.0 / 9, within(1e-9));
        assertThat(page.recall()).isCloseTo(5.0 / 7, within(1e-9));
        assertThat(page.exact()).isFalse();
    }

    @Test
    void treatsTextShorterThanFourWordsAsOneShingle() {
        assertThat(BoilerplateBenchmark.score("a", "", "Breaking news", "Breaking news!").precision()).isEqualTo(1.0);
        assertThat(BoilerplateBenchmark.score("a", "", "Breaking news", "Breaking").recall()).isEqualTo(0.0);
    }

    @Test
    void averagesPagesThenComputesF1FromTheAverages() {
        BoilerplateBenchmark.Result result = BoilerplateBenchmark.summarize(List.of(
                BoilerplateBenchmark.score("a", "", BODY, BODY),
                BoilerplateBenchmark.score("b", "", "one two three four five six seven eight nine ten",
                        "one two three four five six seven eight share on face book")), 2.5);
        double precision = (1 + 5.0 / 9) / 2;
        double recall = (1 + 5.0 / 7) / 2;
        assertThat(result.precision()).isCloseTo(precision, within(1e-9));
        assertThat(result.recall()).isCloseTo(recall, within(1e-9));
        assertThat(result.f1()).isCloseTo(2 * precision * recall / (precision + recall), within(1e-9));
        assertThat(result.accuracy()).isEqualTo(0.5);
        assertThat(result.msPerPage()).isEqualTo(2.5);
    }

    @Test
    void runsExtractorOverBenchmarkFolder() throws IOException {
        Files.writeString(dir.resolve("ground-truth.json"), """
                {"p1": {"articleBody": "Police said two men were arrested.", "url": "https://example.com/1"},
                 "p2": {"articleBody": "The station will remain closed until Thursday.", "url": "https://example.com/2"}}
                """);
        Files.createDirectories(dir.resolve("html"));
        Map<String, String> pages = Map.of("p1", "<p>Police said two men were arrested.</p>", "p2", "<p>Menu</p>");
        for (var e : pages.entrySet()) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("html/" + e.getKey() + ".html.gz")))) {
                out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        BoilerplateBenchmark.Result result = BoilerplateBenchmark.run(dir, file -> file.getFileName().toString().startsWith("p1")
                ? "Police said two men were arrested." : "Menu");
        assertThat(result.pages()).hasSize(2);
        assertThat(result.precision()).isEqualTo(0.5);
        assertThat(result.recall()).isEqualTo(0.5);
        assertThat(result.summary()).startsWith("pages 2  F1 0.500  precision 0.500  recall 0.500  accuracy 0.500");
    }

    @Test
    void rejectsFolderWithoutGroundTruth() {
        assertThatThrownBy(() -> BoilerplateBenchmark.run(dir, file -> ""))
                .isInstanceOf(InvalidEvalFile.class)
                .hasMessageStartingWith(dir.resolve("ground-truth.json") + " cannot be read as the benchmark's ground truth");
    }

    @Test
    void rejectsGroundTruthNamingMissingPage() throws IOException {
        Files.writeString(dir.resolve("ground-truth.json"), "{\"p9\": {\"articleBody\": \"x\"}}");
        assertThatThrownBy(() -> BoilerplateBenchmark.run(dir, file -> ""))
                .isInstanceOf(InvalidEvalFile.class)
                .hasMessage(dir.resolve("html/p9.html.gz") + " is named in " + dir.resolve("ground-truth.json") + " but does not exist");
    }
}
