package org.vigil.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import org.vigil.store.IncidentQuery;
import org.vigil.store.SqliteIncidentStore;
import org.vigil.web.Routes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil bench-web}: fills a store with synthetic incidents (once), serves it on a free loopback
 * port and times the incident list, the stats (first request of a filter and repeated) and the
 * dashboard over real HTTP, printing p50, p95 and the slowest request for each kind of request with
 * the machine's load average.
 */
@Command(name = "bench-web", mixinStandardHelpOptions = true,
        description = {"Time the web API on a store of synthetic incidents: /api/incidents and /api/stats with a mix of",
                "filters, text searches, sorts and pages, over HTTP on 127.0.0.1. Prints p50/p95/max per kind of request",
                "with the load average."})
final class BenchWebCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--synthetic", paramLabel = "N", defaultValue = "100000", description = "Incidents in the store (default: ${DEFAULT-VALUE}).")
    int synthetic;

    @Option(names = "--db", paramLabel = "FILE", description = "Store to fill and reuse (default: a file under the system temp folder).")
    Path db;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "300", description = "Timed requests per endpoint (default: ${DEFAULT-VALUE}).")
    int requests;

    /** Untimed requests first, so the JIT has compiled the hot paths and the file is in the page cache. */
    private static final int WARM_UP = 40;

    /** Requests timed right after a save; the saves replace ten articles of their own, so the store keeps its size. */
    private static final int AFTER_SAVE = 40;

    /** How many of the latest filters the repeated stats requests choose from; fewer than the store's stats cache holds. */
    private static final int RECENT = 32;

    private final Components components;

    BenchWebCommand(Components components) {
        this.components = components;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path file = db != null ? db : Path.of(System.getProperty("java.io.tmpdir"), "vigil-bench-web-" + synthetic + ".db");
        try (SqliteIncidentStore store = SqliteIncidentStore.open(file)) {
            // Articles, not incidents: the store merges the few synthetic mentions that look like one event.
            int stored = store.articleCount();
            int articles = (synthetic + SyntheticCorpus.MENTIONS_PER_ARTICLE - 1) / SyntheticCorpus.MENTIONS_PER_ARTICLE;
            if (stored < articles) {
                if (stored > 0) {
                    spec.commandLine().getErr().println("error: " + file + " holds " + stored + " articles, fewer than the " + articles
                            + " of " + synthetic + " synthetic incidents; remove it or pass another --db");
                    return 2;
                }
                out.println("Filling " + file + " with " + synthetic + " synthetic incidents (once; later runs reuse it)...");
                out.flush();
                long t0 = System.nanoTime();
                SyntheticCorpus.fill(store, synthetic, out);
                out.printf("Filled in %.1f s (%d MB).%n", (System.nanoTime() - t0) / 1e9, Files.size(file) / (1024 * 1024));
            }
            out.println("Store: " + file + " with " + store.countIncidents(IncidentQuery.all()) + " incidents in " + store.articleCount() + " articles.");
            out.println("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, load average (1 min) " + Latencies.loadAverage()
                    + ". Times are per request over HTTP on 127.0.0.1, one request at a time.");
            Javalin app = Routes.create(store, components.gazetteer(), components.actors(), components.annotator()).start("127.0.0.1", 0);
            try {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                String base = "http://127.0.0.1:" + app.port();
                long t0 = System.nanoTime();
                send(http, base + "/api/incidents");
                out.printf("First request after start (reads every incident's columns into memory): %.1f ms%n", (System.nanoTime() - t0) / 1e6);
                BenchQueries queries = new BenchQueries(7);
                for (int i = 0; i < WARM_UP; i++) { // JIT and page cache; never timed, and never a filter timed later
                    send(http, base + "/api/incidents" + queries.listRequest().query());
                    send(http, base + "/api/stats" + queries.freshFilter(BenchQueries.TEXT).query());
                }
                Latencies list = new Latencies("/api/incidents (list: filters, text, sorts, pages)", BenchQueries.KINDS);
                for (int i = 0; i < requests; i++) time(http, base + "/api/incidents", queries.listRequest(), list);
                list.print(out);

                List<BenchQueries.Request> seen = new ArrayList<>();
                Latencies first = new Latencies("/api/stats, first request of each filter (uncached)", BenchQueries.KINDS);
                for (int i = 0; i < requests; i++) {
                    BenchQueries.Request r = queries.freshFilter();
                    seen.add(r);
                    time(http, base + "/api/stats", r, first);
                }
                first.print(out);
                Random random = new Random(11);
                Latencies again = new Latencies("/api/stats, a filter asked before (cached)", BenchQueries.KINDS);
                for (int i = 0; i < requests; i++) { // among the last few filters, as a dashboard's visitors come back to them
                    time(http, base + "/api/stats", seen.get(seen.size() - 1 - random.nextInt(Math.min(RECENT, seen.size()))), again);
                }
                again.print(out);

                Latencies dashboard = new Latencies("/ (dashboard page), first request of each filter", BenchQueries.KINDS);
                for (int i = 0; i < requests; i++) time(http, base + "/", queries.freshFilter(), dashboard);
                dashboard.print(out);

                // As while `vigil ingest` runs: each request follows a save, so the columns in memory are first brought up to date.
                Latencies listAfterSave = new Latencies("/api/incidents right after a save of one article (4 incidents)", BenchQueries.KINDS);
                Latencies statsAfterSave = new Latencies("/api/stats right after a save, filter not asked before", BenchQueries.KINDS);
                Random texts = new Random(System.nanoTime()); // new text each run, so a save is never a no-op
                for (int i = 0; i < AFTER_SAVE; i++) {
                    SyntheticCorpus.saveArticle(store, "bench-save-" + (i % 10), "Bench save " + i, SyntheticCorpus.MENTIONS_PER_ARTICLE, texts);
                    time(http, base + "/api/incidents", queries.listRequest(), listAfterSave);
                    SyntheticCorpus.saveArticle(store, "bench-save-" + (i % 10), "Bench save " + i, SyntheticCorpus.MENTIONS_PER_ARTICLE, texts);
                    time(http, base + "/api/stats", queries.freshFilter(), statsAfterSave);
                }
                listAfterSave.print(out);
                statsAfterSave.print(out);
            } finally {
                app.stop();
            }
        }
        return 0;
    }

    private static void time(HttpClient http, String url, BenchQueries.Request request, Latencies latencies) throws Exception {
        long t0 = System.nanoTime();
        send(http, url + request.query());
        latencies.add(request.query(), request.kinds(), System.nanoTime() - t0);
    }

    private static void send(HttpClient http, String url) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) throw new IllegalStateException("GET " + url + " answered " + r.statusCode() + ": " + new String(r.body()));
    }
}
