package org.vigil.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vigil.eval.GoldFile;
import org.vigil.eval.Prediction;
import org.vigil.ingest.ReadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil extract}: reads gold-format articles and writes the incidents Vigil finds in each, in the same format. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Read articles in the gold format (JSON Lines with id, published, text or text_file) and write,",
                "one line per article, {\"id\": ..., \"incidents\": [...]} in the gold incident schema. Nothing is stored."})
final class ExtractCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "IN.jsonl", description = "Articles in the gold format.")
    Path input;

    @Option(names = "--out", paramLabel = "PRED.jsonl", required = true, description = "Where to write the predictions.")
    Path out;

    private final Components components;

    ExtractCommand(Components components) {
        this.components = components;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        Outcome outcome = new Outcome();
        List<Prediction> predictions = new ArrayList<>();
        for (ReadResult result : components.reader().read(input, Optional.empty())) {
            if (result instanceof ReadResult.Rejected rejected) {
                outcome.error(err, rejected.message());
            } else if (result instanceof ReadResult.Accepted accepted) {
                try {
                    predictions.add(Predictions.of(accepted.article().id(), components.extractor().extract(accepted.article())));
                    outcome.accepted++;
                    outcome.incidents += predictions.get(predictions.size() - 1).incidents().size();
                } catch (RuntimeException e) {
                    outcome.error(err, accepted.article().id() + ": extraction failed: " + e);
                }
            }
        }
        GoldFile.writePredictions(out, predictions);
        spec.commandLine().getOut().printf("Extracted %d incidents from %d articles into %s; %d failed.%n",
                outcome.incidents, outcome.accepted, out, outcome.failed);
        return outcome.status();
    }
}
