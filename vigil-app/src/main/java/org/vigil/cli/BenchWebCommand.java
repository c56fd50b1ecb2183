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
import java.util.Arrays;
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
 * port and times the incident list and stats endpoints over real HTTP with a mix of filters,
 * printing p50, p95 and the slowest request for each.
 */
@Command(name = "bench-web", mixinStandardHelpOptions = true,
        description = {"Time the web API on a store of synthetic incidents: /api/incidents and /api/stats with a mix of",
                "filters, text searches, sorts and pages, over HTTP on 127.0.0.1. Prints p50/p95/max per endpoint."})
final class BenchWebCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--synthetic", paramLabel = "N", defaultValue = "100000", description = "Incidents in the store (default: ${DEFAULT-VALUE}).")
    int synthetic;

    @Option(names = "--db", paramLabel = "FILE", description = "Store to fill and reuse (default: a file under the system temp folder).")
    Path db;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "300", description = "Timed requests per endpoint (default: ${DEFAULT-VALUE}).")
    int requests;

    private final Components components;

    BenchWebCommand(Components components) {
        this.components = components;
    }

    /** Query strings the bench cycles through; the same set for both endpoints, plus sorts and pages for the list. */
    private static final List<String> FILTERS = List.of("", "type=bombing", "country=IQ", "group=Taliban", "since=2010-01-01&until=2012-12-31",
            "q=hostage", "q=suicide%20bomb", "type=arrest&country=FR", "group=al-Shabaab&since=2015-01-01", "q=convoy&type=kidnapping",
            "q=police", "country=NG&since=2000-01-01&until=2009-12-31");
    private static final List<String> ORDERS = List.of("", "sort=killed", "sort=injured&dir=asc", "sort=country", "page=40", "page=2&size=100");

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
            Javalin app = Routes.create(store, components.gazetteer(), components.actors(), components.annotator()).start("127.0.0.1", 0);
            try {
                HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
                String base = "http://127.0.0.1:" + app.port();
                List<String> lists = new ArrayList<>();
                for (String f : FILTERS) for (String o : ORDERS) lists.add(join(f, o));
                List<String> stats = FILTERS.stream().map(f -> join(f, "")).toList();
                report(out, "/api/incidents", time(out, "/api/incidents", http, base + "/api/incidents", lists));
                report(out, "/api/stats", time(out, "/api/stats", http, base + "/api/stats", stats));
                report(out, "/ (dashboard)", time(out, "/ (dashboard)", http, base + "/", stats));
            } finally {
                app.stop();
            }
        }
        return 0;
    }

    private static String join(String a, String b) {
        String q = a.isEmpty() ? b : b.isEmpty() ? a : a + "&" + b;
        return q.isEmpty() ? "" : "?" + q;
    }

    private long[] time(PrintWriter out, String name, HttpClient http, String url, List<String> queries) throws Exception {
        Random random = new Random(7);
        long[] first = new long[queries.size()];
        for (int i = 0; i < queries.size(); i++) { // each query's first request: cold for any cache, JIT still warming
            long t0 = System.nanoTime();
            send(http, url + queries.get(i));
            first[i] = System.nanoTime() - t0;
        }
        Arrays.sort(first);
        report(out, name + " first", first);
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            String target = url + queries.get(random.nextInt(queries.size()));
            long t0 = System.nanoTime();
            send(http, target);
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static void send(HttpClient http, String url) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) throw new IllegalStateException("GET " + url + " answered " + r.statusCode() + ": " + new String(r.body()));
    }

    private static void report(PrintWriter out, String endpoint, long[] sorted) {
        out.printf("%-26s n=%-4d  p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n", endpoint, sorted.length,
                sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6, sorted[sorted.length - 1] / 1e6);
        out.flush();
    }
}
