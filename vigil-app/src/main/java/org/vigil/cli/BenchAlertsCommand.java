package org.vigil.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.vigil.alert.AlertSettings;
import org.vigil.alert.Alerts;
import org.vigil.alert.Delivery;
import org.vigil.alert.DeliveryTarget;
import org.vigil.alert.DeliveryWorker;
import org.vigil.alert.WatchNames;
import org.vigil.alert.WebhookNotifier;
import org.vigil.extract.IncidentMention;
import org.vigil.ingest.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil bench-alerts}: the time from an ingest's commit to the webhook's arrival. Creates users
 * with webhook targets on a loopback receiver and a thousand varied watchlists, ingests synthetic
 * articles through the real extractor at a steady pace, and reports p50/p95 of commit → receipt.
 */
@Command(name = "bench-alerts", mixinStandardHelpOptions = true,
        description = {"Time alert delivery: N watchlists over U users, each user with a webhook on a loopback receiver;",
                "articles ingested through the real extractor; p50/p95/max from the ingest's commit to the webhook's receipt."})
final class BenchAlertsCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "bench-secret-0123456789";

    /** Cities the extractor knows, with their coordinates for geofences. */
    private record City(String name, String country, double lat, double lon) { }

    private static final List<City> CITIES = List.of(new City("Kabul", "AF", 34.53, 69.17), new City("Peshawar", "PK", 34.01, 71.58),
            new City("Baghdad", "IQ", 33.34, 44.40), new City("Mosul", "IQ", 36.34, 43.13), new City("Damascus", "SY", 33.51, 36.29),
            new City("Bamako", "ML", 12.65, -8.00), new City("Maiduguri", "NG", 11.85, 13.16), new City("Mogadishu", "SO", 2.04, 45.34),
            new City("Nairobi", "KE", -1.28, 36.82), new City("Paris", "FR", 48.85, 2.35), new City("Lyon", "FR", 45.75, 4.85),
            new City("Brussels", "BE", 50.85, 4.35), new City("Berlin", "DE", 52.52, 13.40), new City("London", "GB", 51.51, -0.13),
            new City("Istanbul", "TR", 41.01, 28.98), new City("Moscow", "RU", 55.75, 37.62), new City("Karachi", "PK", 24.86, 67.01),
            new City("Quetta", "PK", 30.18, 67.00), new City("Niamey", "NE", 13.51, 2.11), new City("Ouagadougou", "BF", 12.37, -1.52));
    private static final List<String> OPENINGS = List.of("A car bomb exploded near a market in %s", "Gunmen attacked a hotel in %s",
            "A suicide bomber struck a mosque in %s", "A man drove a truck into a crowd in %s", "Militants stormed a police station in %s");
    private static final List<String> KEYWORDS = List.of("stadium", "embassy", "checkpoint", "school", "airport", "church", "bus station",
            "wedding", "parliament", "pipeline", "refinery", "hospital", "university", "bazaar", "consulate", "convoy");
    private static final List<String> REGIONS = List.of("Europe", "Middle East", "Sahel", "South Asia", "Sub-Saharan Africa", "East Africa");
    private static final List<String> TYPES = List.of("bombing", "armed_assault", "vehicle_ramming");

    @Spec
    CommandSpec spec;

    @Option(names = "--watchlists", defaultValue = "1000", description = "Watchlists (default: ${DEFAULT-VALUE}).")
    int watchlists;

    @Option(names = "--users", defaultValue = "100", description = "Users, each with one webhook (default: ${DEFAULT-VALUE}).")
    int users;

    @Option(names = "--articles", defaultValue = "200", description = "Articles ingested (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--interval-ms", defaultValue = "50", description = "Pause between ingests (default: ${DEFAULT-VALUE}).")
    int intervalMs;

    @Option(names = "--poll-ms", defaultValue = "100", description = "Delivery worker's idle poll (default: ${DEFAULT-VALUE}).")
    int pollMs;

    private final Components components;

    BenchAlertsCommand(Components components) {
        this.components = components;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path dir = Files.createTempDirectory("vigil-bench-alerts");
        Path db = dir.resolve("vigil.db");
        Map<String, Long> committed = new ConcurrentHashMap<>();
        Map<String, Receipt> received = new ConcurrentHashMap<>();
        AtomicInteger requests = new AtomicInteger();
        AtomicInteger badSignatures = new AtomicInteger();
        HttpServer receiver = receiver(received, requests, badSignatures);
        AlertSettings settings = AlertSettings.defaults().withPrivateWebhooks(true).withPoll(Duration.ofMillis(pollMs));
        Random random = new Random(11);
        try (var store = WatchCommand.matching(org.vigil.store.SqliteIncidentStore.open(db));
             Alerts alerts = Alerts.open(db, settings, Clock.systemUTC());
             Alerts workerAlerts = Alerts.open(db, settings, Clock.systemUTC())) {
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
            for (int u = 0; u < users; u++) {
                alerts.addTarget(user(u), DeliveryTarget.Kind.WEBHOOK, url + "?user=" + u, Optional.of(SECRET), DeliveryTarget.Digest.NONE);
            }
            WatchNames names = new WatchNames(components.gazetteer(), components.actors());
            for (int i = 0; i < watchlists; i++) {
                alerts.createWatchlist(user(i % users), "w" + i, names.read(JSON.readTree(criteria(i, random))), true);
            }
            out.printf("%d watchlists over %d users, each user with a webhook on %s; ingesting %d articles, one every %d ms...%n",
                    watchlists, users, url, articles, intervalMs);
            out.flush();
            components.extractor().extract(article(-1, random)); // load the extractor's tables before timing
            List<Long> saves = new ArrayList<>();
            try (DeliveryWorker worker = new DeliveryWorker(workerAlerts, DeliveryWorker.notifiers(settings), settings).start()) {
                for (int i = 0; i < articles; i++) {
                    Article article = article(i, random);
                    List<IncidentMention> mentions = components.extractor().extract(article);
                    long t0 = System.nanoTime();
                    store.save(article, mentions);
                    long t1 = System.nanoTime();
                    committed.put(article.id(), t1);
                    saves.add(t1 - t0);
                    Thread.sleep(intervalMs);
                }
                long deadline = System.currentTimeMillis() + 60_000;
                while (alerts.count(Delivery.Status.PENDING) > 0 && System.currentTimeMillis() < deadline) Thread.sleep(50);
            }
            report(out, alerts, saves, committed, received, requests.get(), badSignatures.get());
        } finally {
            receiver.stop(0);
        }
        return 0;
    }

    /** When a webhook for an article first arrived. */
    private record Receipt(String articleId, long nanos) { }

    private void report(PrintWriter out, Alerts alerts, List<Long> saves, Map<String, Long> committed, Map<String, Receipt> received,
                        int requests, int badSignatures) {
        // save() returns just after its commit; a webhook can arrive before the bench thread reads the clock (counted as 0).
        long early = received.values().stream().filter(r -> r.nanos() < committed.get(r.articleId())).count();
        long[] latencies = received.values().stream().mapToLong(r -> Math.max(0, r.nanos() - committed.get(r.articleId()))).toArray();
        java.util.Arrays.sort(latencies);
        long[] saveNanos = saves.stream().mapToLong(Long::longValue).sorted().toArray();
        int delivered = alerts.count(Delivery.Status.DELIVERED);
        out.printf("Alerts delivered: %d (pending %d, parked %d); webhook requests %d, distinct keys %d, duplicates %d, bad signatures %d.%n",
                delivered, alerts.count(Delivery.Status.PENDING), alerts.count(Delivery.Status.PARKED), requests, received.size(),
                requests - received.size(), badSignatures);
        out.printf("Alerts per article: %.1f; %d webhooks arrived before save() had returned (counted as 0 ms).%n",
                (double) received.size() / Math.max(1, committed.size()), early);
        line(out, "save + matching (per article)", saveNanos);
        line(out, "commit -> webhook received", latencies);
        if (latencies.length > 0) {
            double p95 = latencies[p95Index(latencies.length)] / 1e6;
            out.printf("Target p95 < 1000 ms with %d watchlists: %s.%n", watchlists, p95 < 1000 ? "met" : "NOT met");
        }
        out.flush();
    }

    private static void line(PrintWriter out, String what, long[] sorted) {
        if (sorted.length == 0) {
            out.printf("%-32s no samples%n", what);
            return;
        }
        out.printf("%-32s n=%-5d p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms%n", what, sorted.length, sorted[sorted.length / 2] / 1e6,
                sorted[p95Index(sorted.length)] / 1e6, sorted[sorted.length - 1] / 1e6);
    }

    private static int p95Index(int n) {
        return (int) Math.ceil(n * 0.95) - 1;
    }

    /** Receives webhooks, checks their signatures, and keeps for each new idempotency key the time from its article's commit. */
    private static HttpServer receiver(Map<String, Receipt> received, AtomicInteger requests, AtomicInteger bad)
            throws java.io.IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 100);
        ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "bench-receiver");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(pool);
        server.createContext("/hook", exchange -> {
            long now = System.nanoTime();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            requests.incrementAndGet();
            String signature = exchange.getRequestHeaders().getFirst(WebhookNotifier.SIGNATURE_HEADER);
            if (!("sha256=" + WebhookNotifier.sign(SECRET, body)).equals(signature)) {
                bad.incrementAndGet();
                exchange.sendResponseHeaders(401, -1);
                exchange.close();
                return;
            }
            String key = exchange.getRequestHeaders().getFirst(WebhookNotifier.IDEMPOTENCY_HEADER);
            JsonNode json = JSON.readTree(body);
            received.putIfAbsent(key, new Receipt(json.path("notifications").path(0).path("articleId").asText(), now));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    private static String user(int u) {
        return String.format("user%03d", u);
    }

    /** Six kinds of watchlist in turn: a country, a region, a geofence, a type in a country, a keyword, a toll in a region. */
    private static String criteria(int i, Random random) {
        City city = CITIES.get(random.nextInt(CITIES.size()));
        return switch (i % 6) {
            case 0 -> "{\"countries\":[\"" + city.country() + "\"]}";
            case 1 -> "{\"regions\":[\"" + REGIONS.get(random.nextInt(REGIONS.size())) + "\"],\"types\":[\"" + TYPES.get(random.nextInt(TYPES.size())) + "\"]}";
            case 2 -> "{\"geofences\":[\"" + city.lat() + "," + city.lon() + "," + (25 + random.nextInt(275)) + "\"]}";
            case 3 -> "{\"types\":[\"" + TYPES.get(random.nextInt(TYPES.size())) + "\"],\"countries\":[\"" + city.country() + "\"]}";
            case 4 -> "{\"keywords\":[\"" + KEYWORDS.get(random.nextInt(KEYWORDS.size())) + "\"]}";
            default -> "{\"minKilled\":" + (5 + random.nextInt(30)) + ",\"regions\":[\"" + REGIONS.get(random.nextInt(REGIONS.size())) + "\"]}";
        };
    }

    /** "A car bomb exploded near a market in Kabul on Monday, killing 12 people." on its own day, with a place word for keywords. */
    private static Article article(int i, Random random) {
        City city = CITIES.get(random.nextInt(CITIES.size()));
        String text = String.format(OPENINGS.get(random.nextInt(OPENINGS.size())), city.name()) + " on Monday, killing " + (1 + random.nextInt(40))
                + " people.\n\nWitnesses said the attackers came from the direction of the " + KEYWORDS.get(random.nextInt(KEYWORDS.size())) + ".";
        LocalDate published = LocalDate.of(2024, 1, 2).plusDays(Math.max(0, i));
        return new Article("bench-" + i, Optional.empty(), "Attack in " + city.name(), published, "en", text, Article.paragraphsOf(text), "Bench");
    }

}
