package org.vigil.eval;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the shared gold files ({@code ../shared/eval} beside the project root) and turns gold into perfect predictions. */
final class SharedGold {
    private SharedGold() {
    }

    /** The shared gold file {@code name}; skips the test when the shared folder is not there. */
    static Path file(String name) {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        // Surefire runs in the module folder; the project root is the folder holding vigil-core.
        Path root = Files.isDirectory(dir.resolve("vigil-core")) ? dir : dir.getParent();
        Path file = root.resolve("../shared/eval").resolve(name).normalize();
        assumeTrue(Files.isRegularFile(file), "shared gold file " + file + " is not present");
        return file;
    }

    /** Predictions equal to the gold, taking the first member of each list of alternatives. */
    static Map<String, Prediction> perfect(List<GoldArticle> articles) {
        Map<String, Prediction> out = new LinkedHashMap<>();
        for (GoldArticle a : articles) {
            out.put(a.id(), new Prediction(a.id(), a.incidents().stream().map(SharedGold::asPrediction).toList()));
        }
        return out;
    }

    static PredictedIncident asPrediction(GoldIncident g) {
        return new PredictedIncident(g.types().get(0), g.date(), g.country(), first(g.places()), first(g.perpetrators()),
                g.killed(), g.injured(), g.claimed(), g.evidence());
    }

    private static Optional<String> first(List<String> values) {
        return values.stream().findFirst();
    }
}
