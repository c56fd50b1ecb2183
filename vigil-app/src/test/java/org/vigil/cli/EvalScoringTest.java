package org.vigil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vigil eval --predictions}: scoring alone, with the gold schema's alias-aware places and groups. */
class EvalScoringTest {
    @TempDir
    Path dir;

    private String placeLine(String predictedPlace) throws Exception {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\":\"a1\",\"published\":\"2015-01-07\",\"text\":\"A car bomb exploded in Sanaa.\",\"incidents\":"
                + "[{\"type\":\"bombing\",\"date\":\"2015-01-07\",\"country\":\"YE\",\"place\":\"Sana'a\",\"perpetrator\":null,"
                + "\"killed\":null,\"injured\":null,\"claimed\":null,\"evidence\":\"A car bomb exploded in Sanaa.\"}]}\n");
        Path predictions = dir.resolve("pred.jsonl");
        Files.writeString(predictions, "{\"id\":\"a1\",\"incidents\":[{\"type\":\"bombing\",\"date\":\"2015-01-07\",\"country\":\"YE\","
                + "\"place\":\"" + predictedPlace + "\",\"perpetrator\":null,\"killed\":null,\"injured\":null,\"claimed\":null}]}\n");
        Run run = Run.vigil("eval", "--gold", gold.toString(), "--predictions", predictions.toString());
        assertThat(run.status()).as(run.err()).isZero();
        return run.out().lines().filter(l -> l.startsWith("place ")).findFirst().orElseThrow();
    }

    @Test
    void twoNamesOfOnePlaceAgreeAndTwoPlacesDoNot() throws Exception {
        assertThat(placeLine("Sanaa")).endsWith("1.000");
        assertThat(placeLine("SANA'A")).endsWith("1.000");
        assertThat(placeLine("Aden")).endsWith("0.000");
    }
}
