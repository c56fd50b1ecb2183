package org.vigil.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vigil.store.IncidentStore;
import org.vigil.store.SqliteIncidentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code vigil ingest}: reads files and folders of articles, extracts their incidents and stores both. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Read articles (plain text, HTML pages, or JSON Lines in the gold format; folders are walked; or web pages by URL),",
                "extract their incidents and save both in the store. Ingesting the same article twice changes nothing.",
                "Bad inputs are reported and skipped; the exit status is 1 when any input failed."})
final class IngestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH|URL", description = "Files or folders to read, or http(s) addresses of pages to fetch.")
    List<String> inputs;

    @Option(names = "--allow-private", description = "Allow fetching from loopback or private networks (intranet sources, tests).")
    boolean allowPrivate;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for inputs that state none (otherwise the file's time is used, with a warning).")
    LocalDate published;

    @Option(names = "--db", paramLabel = "FILE", description = "SQLite store (default: ${DEFAULT-VALUE}).")
    Path db = SqliteIncidentStore.defaultLocation();

    private final Components components;

    IngestCommand(Components components) {
        this.components = components;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (IncidentStore store = WatchCommand.matching(SqliteIncidentStore.open(db, components.merger()))) {
            List<Path> paths = inputs.stream().filter(i -> !UrlIngest.isUrl(i)).map(Path::of).toList();
            IngestRun ingest = new IngestRun(components.reader(), components.extractor(), store);
            Outcome outcome = ingest.run(paths, Optional.ofNullable(published), err);
            List<String> urls = inputs.stream().filter(UrlIngest::isUrl).toList();
            if (!urls.isEmpty()) UrlIngest.run(urls, allowPrivate, Optional.ofNullable(published),
                    new org.vigil.ingest.WebArticleReader(new org.vigil.ingest.LanguageGuard()), ingest, outcome, err);
            out.println(IngestRun.summary(outcome, db));
            return outcome.status();
        } catch (Exception e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }
}
