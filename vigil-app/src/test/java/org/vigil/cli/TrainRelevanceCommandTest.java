package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.extract.RelevanceModel;

class TrainRelevanceCommandTest {
    @TempDir
    Path dir;

    @Test
    void trainsOnAGoldFileReportsHeldOutFiguresAndWritesAModelThatReadsBack() throws Exception {
        Path gold = Path.of("src/main/resources/org/vigil/demo/demo-gold.jsonl"); // its articles lie beside it
        Path model = dir.resolve("model.tsv");

        Run run = Run.of(new Components(List.of()), "train-relevance", "--gold", gold.toString(), "--folds", "2",
                "--min-count", "1", "--out", model.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("candidates").contains("held-out AUC").contains("Best mean").contains("security-event threshold").contains("demo-gold.jsonl");
        try (InputStream in = Files.newInputStream(model)) {
            RelevanceModel read = RelevanceModel.read(in);
            assertThat(read.threshold()).isBetween(0.0, 0.9);
            assertThat(read.securityThreshold()).isBetween(0.0, 0.9);
        }
        assertThat(Files.readAllLines(model)).hasSizeGreaterThan(2).first().asString().startsWith("#bias");
    }
}
