package org.vigil.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.vigil.extract.IncidentExtractor;
import org.vigil.extract.IncidentMention;
import org.vigil.ingest.FetchPolicy;
import org.vigil.ingest.FetchResult;
import org.vigil.ingest.PageFetcher;
import org.vigil.ingest.ReadResult;
import org.vigil.ingest.WebArticleReader;
import org.vigil.store.IncidentStore;

/** The URL branch of {@code vigil ingest}: fetches each page, reads its article, extracts and stores it, counting into an {@link Outcome}. */
final class UrlIngest {
    private UrlIngest() {
    }

    static boolean isUrl(String input) {
        String lower = input.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    static void run(List<String> urls, boolean allowPrivate, Optional<LocalDate> published, WebArticleReader reader,
            IncidentExtractor extractor, IncidentStore store, Outcome outcome, PrintWriter err) {
        PageFetcher fetcher = new PageFetcher(FetchPolicy.defaults().withAllowPrivate(allowPrivate));
        for (String url : urls) {
            FetchResult result = fetcher.fetch(url);
            if (result instanceof FetchResult.Failed failed) {
                outcome.error(err, failed.message());
                continue;
            }
            if (!(result instanceof FetchResult.Fetched page)) continue;
            ReadResult read = reader.read(page, published, LocalDate.now(Clock.systemUTC()));
            if (read instanceof ReadResult.Rejected rejected) {
                outcome.error(err, rejected.message());
                continue;
            }
            ReadResult.Accepted accepted = (ReadResult.Accepted) read;
            accepted.warnings().forEach(w -> outcome.warning(err, w));
            List<IncidentMention> mentions;
            try {
                mentions = extractor.extract(accepted.article());
            } catch (RuntimeException e) {
                outcome.error(err, url + ": extraction failed: " + e);
                continue;
            }
            outcome.accepted++;
            outcome.incidents += mentions.size();
            switch (store.save(accepted.article(), mentions)) {
                case ADDED -> outcome.added++;
                case UNCHANGED -> outcome.unchanged++;
                case UPDATED -> outcome.updated++;
            }
        }
    }
}
