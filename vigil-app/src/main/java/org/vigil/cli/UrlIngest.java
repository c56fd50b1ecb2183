package org.vigil.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.vigil.ingest.FetchPolicy;
import org.vigil.ingest.FetchResult;
import org.vigil.ingest.PageFetcher;
import org.vigil.ingest.WebArticleReader;

/** The URL branch of {@code vigil ingest}: fetches each page, reads its article, extracts and stores it, counting into an {@link Outcome}. */
final class UrlIngest {
    private UrlIngest() {
    }

    static boolean isUrl(String input) {
        String lower = input.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    static void run(List<String> urls, boolean allowPrivate, Optional<LocalDate> published, WebArticleReader reader,
            IngestRun ingest, Outcome outcome, PrintWriter err) {
        PageFetcher fetcher = new PageFetcher(FetchPolicy.defaults().withAllowPrivate(allowPrivate));
        for (String url : urls) {
            FetchResult result = fetcher.fetch(url);
            if (result instanceof FetchResult.Failed failed) {
                outcome.error(err, failed.message());
                continue;
            }
            if (!(result instanceof FetchResult.Fetched page)) continue;
            ingest.take(reader.read(page, published, LocalDate.now(Clock.systemUTC())), outcome, err);
        }
    }
}
