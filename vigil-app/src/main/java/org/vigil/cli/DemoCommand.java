package org.vigil.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vigil.store.IncidentQuery;
import org.vigil.store.SqliteIncidentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigil demo}: ingests the sample articles bundled with Vigil into a store and prints its incidents. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Ingest the sample articles bundled with Vigil into an embedded SQLite store, print the incident table,",
                "then serve the web UI on http://localhost:8080 until Ctrl-C (--no-serve to skip)."})
final class DemoCommand implements Callable<Integer> {
    private static final String CORPUS = "org/vigil/demo/";

    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", description = "SQLite store for the demo (default: ${DEFAULT-VALUE}).")
    Path db = SqliteIncidentStore.defaultLocation().resolveSibling("demo.db");

    @Option(names = "--no-serve", description = "Only print the incident table; do not serve the web UI afterwards.")
    boolean noServe;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "Port of the web UI (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", description = "Address of the web UI (default: ${DEFAULT-VALUE}).")
    String bind;

    private final Components components;

    DemoCommand(Components components) {
        this.components = components;
    }

    /** One sample article: its resource name and publication date, from the corpus manifest. */
    record Sample(String file, LocalDate published) {}

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        // The articles are unpacked beside the store, so that each incident's source stays readable there.
        Path folder = Files.createDirectories(db.toAbsolutePath().resolveSibling("demo-articles"));
        try (SqliteIncidentStore store = SqliteIncidentStore.open(db)) {
            Outcome total = new Outcome();
            IngestRun run = new IngestRun(components.reader(), components.extractor(), store);
            for (Sample sample : manifest()) {
                Path file = folder.resolve(Path.of(sample.file()).getFileName().toString());
                try (InputStream in = resource(CORPUS + sample.file())) {
                    Files.copy(in, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
                Outcome o = run.run(List.of(file), Optional.of(sample.published()), err);
                total.accepted += o.accepted;
                total.added += o.added;
                total.updated += o.updated;
                total.unchanged += o.unchanged;
                total.incidents += o.incidents;
                total.failed += o.failed;
            }
            IncidentFormat.TABLE.write(store.incidents(IncidentQuery.all()), out);
            out.println(IngestRun.summary(total, db));
            out.println("Try: ./vigil incidents --db " + db + " --type bombing --format json");
            if (noServe) return total.status();
            out.flush();
            int served = ServeCommand.serve(store, components, bind, port, Optional.empty(), out, err);
            return Math.max(served, total.status());
        }
    }

    static List<Sample> manifest() throws IOException {
        List<Sample> samples = new ArrayList<>();
        try (InputStream in = resource(CORPUS + "manifest.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) continue;
                String[] parts = l.split("\t");
                if (parts.length != 2) throw new IllegalStateException("Demo manifest line is not 'file<TAB>YYYY-MM-DD': " + l);
                samples.add(new Sample(parts[0].strip(), LocalDate.parse(parts[1].strip())));
            }
        }
        return samples;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("The demo corpus resource " + name + " is missing from the build");
        return in;
    }
}
