package org.vigil.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.vigil.review.GoldExport;
import org.vigil.review.Review;
import org.vigil.review.SqliteReviewStore;
import org.vigil.store.SqliteIncidentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigil export-gold --out FILE}: writes every article analysts corrected as a gold file that {@code vigil eval} reads. */
@Command(name = "export-gold", mixinStandardHelpOptions = true,
        description = {"Write every article with analysts' corrections as a gold file (shared/eval/SCHEMA.md): its text and its incidents",
                "with corrections applied, 'not an incident' left out and missed incidents added."})
final class ExportGoldCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Gold file to write (JSON Lines).")
    Path out;

    @Option(names = "--db", paramLabel = "FILE", description = "SQLite store (default: ${DEFAULT-VALUE}).")
    Path db = SqliteIncidentStore.defaultLocation();

    @Override
    public Integer call() throws IOException {
        if (!Files.exists(db)) {
            spec.commandLine().getErr().println("error: no store at " + db + "; run 'vigil ingest' or 'vigil demo' first, or pass --db");
            return 2;
        }
        Path folder = out.toAbsolutePath().getParent();
        if (folder != null) Files.createDirectories(folder);
        try (SqliteIncidentStore incidents = SqliteIncidentStore.open(db); SqliteReviewStore store = SqliteReviewStore.open(db);
             Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            int articles = new GoldExport(incidents, Review.over(store, incidents).corrections()).write(writer);
            spec.commandLine().getOut().println("Wrote " + articles + (articles == 1 ? " corrected article" : " corrected articles") + " to " + out);
            return 0;
        }
    }
}
