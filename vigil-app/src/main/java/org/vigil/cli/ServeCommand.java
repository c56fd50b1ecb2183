package org.vigil.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.vigil.alert.AlertSettings;
import org.vigil.ingest.FetchPolicy;
import org.vigil.store.SqliteIncidentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigil serve}: serves the web UI and the REST API over a store, and polls its feeds, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web UI (dashboard, incident list, incident, article, group and country pages) and the",
                "JSON API (/api/incidents, /api/stats, /api/openapi.json, ...) over the store, until Ctrl-C.",
                "Meanwhile the feeds added with 'vigil feeds add' are polled as 'vigil follow' polls them: new articles",
                "are stored, merged and matched against watchlists, and show in the pages and alerts at once.",
                "--no-poll serves only (for example when a separate 'vigil follow' polls)."})
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--db", paramLabel = "FILE", description = "SQLite store (default: ${DEFAULT-VALUE}).")
    Path db = SqliteIncidentStore.defaultLocation();

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String bind;

    @Option(names = "--no-poll", description = "Do not poll the followed feeds; only serve.")
    boolean noPoll;

    @Option(names = "--allow-private", description = "Allow polled feeds and their pages on loopback or private networks (intranet sources, tests).")
    boolean allowPrivate;

    private final Components components;

    ServeCommand(Components components) {
        this.components = components;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(db)) {
            err.println("error: no store at " + db + "; run 'vigil ingest' or 'vigil demo' first, or pass --db");
            return 2;
        }
        // Polled articles are merged into the incidents they report, with the sentence model, as 'vigil follow' merges them.
        try (SqliteIncidentStore store = noPoll ? SqliteIncidentStore.open(db) : SqliteIncidentStore.open(db, components.merger())) {
            Optional<FetchPolicy> polling = noPoll ? Optional.empty() : Optional.of(FetchPolicy.defaults().withAllowPrivate(allowPrivate));
            return serve(store, components, bind, port, polling, spec.commandLine().getOut(), err);
        }
    }

    /**
     * Serves {@code store} on {@code bind:port}, polling its feeds when {@code polling} is present, and blocks until
     * the process is interrupted; 1 when the server cannot start.
     */
    static int serve(SqliteIncidentStore store, Components components, String bind, int port, Optional<FetchPolicy> polling,
                     PrintWriter out, PrintWriter err) {
        Serving serving;
        try {
            serving = Serving.start(store, components, AlertSettings.load(), bind, port, polling, out, err);
        } catch (RuntimeException e) {
            err.println("error: cannot serve on " + bind + ":" + port + " (" + rootMessage(e) + "); choose another with --port");
            err.flush();
            return 1;
        }
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        out.println("Vigil is serving http://" + host + ":" + serving.port() + "/  (API: http://" + host + ":" + serving.port()
                + "/api/openapi.json). Press Ctrl-C to stop.");
        out.println(polling.isPresent() ? "Polling the followed feeds as they fall due ('vigil feeds list'; --no-poll to serve only)."
                : "Not polling feeds (--no-poll).");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            serving.close();
            stopped.countDown();
        }, "vigil-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            serving.close();
        }
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
