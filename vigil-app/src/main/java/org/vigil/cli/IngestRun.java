package org.vigil.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.vigil.extract.IncidentExtractor;
import org.vigil.extract.IncidentMention;
import org.vigil.ingest.ArticleReader;
import org.vigil.ingest.ReadResult;
import org.vigil.store.IncidentStore;

/**
 * One batch of ingestion: read every input, extract each accepted article's incidents and save them.
 * A bad input, or an article whose extraction fails, is reported and skipped; the batch goes on.
 */
final class IngestRun {
    private final ArticleReader reader;
    private final IncidentExtractor extractor;
    private final IncidentStore store;

    IngestRun(ArticleReader reader, IncidentExtractor extractor, IncidentStore store) {
        this.reader = reader;
        this.extractor = extractor;
        this.store = store;
    }

    Outcome run(List<Path> inputs, Optional<LocalDate> published, PrintWriter err) {
        Outcome outcome = new Outcome();
        for (ReadResult result : reader.readAll(inputs, published)) {
            take(result, outcome, err);
        }
        return outcome;
    }

    /** Counts a rejected input, or extracts and saves an accepted article; a failing extraction is counted, never thrown. */
    void take(ReadResult result, Outcome outcome, PrintWriter err) {
        if (result instanceof ReadResult.Rejected rejected) {
            outcome.error(err, rejected.message());
            return;
        }
        ReadResult.Accepted accepted = (ReadResult.Accepted) result;
        accepted.warnings().forEach(w -> outcome.warning(err, w));
        String where = accepted.article().url().orElse(accepted.article().id());
        List<IncidentMention> mentions;
        try {
            mentions = extractor.extract(accepted.article());
        } catch (RuntimeException e) {
            outcome.error(err, where + ": extraction failed: " + e);
            return;
        }
        outcome.accepted++;
        outcome.incidents += mentions.size();
        switch (store.save(accepted.article(), mentions)) {
            case ADDED -> outcome.added++;
            case UNCHANGED -> outcome.unchanged++;
            case UPDATED -> outcome.updated++;
        }
    }

    static String summary(Outcome o, Path db) {
        return String.format("Ingested %d article%s (%d new, %d updated, %d unchanged) with %d incident%s into %s; %d failed.",
                o.accepted, o.accepted == 1 ? "" : "s", o.added, o.updated, o.unchanged, o.incidents, o.incidents == 1 ? "" : "s",
                db, o.failed);
    }
}
