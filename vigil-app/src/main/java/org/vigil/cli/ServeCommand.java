package org.vigil.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.vigil.store.IncidentStore;
import org.vigil.store.SqliteIncidentStore;
import org.vigil.web.Routes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigil serve}: serves the web UI and the REST API over a store until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the web UI (dashboard, incident list, incident, article, group and country pages) and the",
                "JSON API (/api/incidents, /api/stats, /api/openapi.json, ...) over the store, until Ctrl-C."})
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
        try (IncidentStore store = SqliteIncidentStore.open(db)) {
            return serve(store, components, bind, port, spec.commandLine().getOut(), err);
        }
    }

    /** Serves {@code store} on {@code bind:port} and blocks until the process is interrupted; 1 when the server cannot start. */
    static int serve(IncidentStore store, Components components, String bind, int port, PrintWriter out, PrintWriter err) {
        Javalin app = Routes.create(store, components.gazetteer(), components.actors(), components.annotator());
        try {
            app.start(bind, port);
        } catch (RuntimeException e) {
            err.println("error: cannot serve on " + bind + ":" + port + " (" + rootMessage(e) + "); choose another with --port");
            err.flush();
            app.stop();
            return 1;
        }
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        out.println("Vigil is serving http://" + host + ":" + app.port() + "/  (API: http://" + host + ":" + app.port()
                + "/api/openapi.json). Press Ctrl-C to stop.");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            app.stop();
            stopped.countDown();
        }, "vigil-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            app.stop();
        }
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
