package org.vigil.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.vigil.extract.IncidentExtractor;
import org.vigil.extract.IncidentMention;
import org.vigil.ingest.Article;
import org.vigil.resolve.IncidentMerger;
import org.vigil.resolve.PlaceLookup;
import org.vigil.store.IncidentExplanation;
import org.vigil.store.IncidentQuery;
import org.vigil.store.IncidentStore;
import org.vigil.store.SqliteIncidentStore;
import org.vigil.store.StoredIncident;

/**
 * A scorer whose input is a cluster gold file (the gold format, each incident with a {@code cluster}
 * id naming the real-world incident, each article with a {@code url}) and whose output is a
 * {@link ClusterReport}. It runs the real extractor, store and merger over the articles in
 * publication order in a temporary SQLite store, pairs each article's gold incidents with the
 * mentions stored for it, and counts pairs of mentions that gold and store each put together.
 */
public final class ClusterScorer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final IncidentExtractor extractor;
    private final IncidentMerger merger;
    private final FieldRules rules;

    public ClusterScorer(IncidentExtractor extractor, IncidentMerger merger, Function<String, String> canonicalActor) {
        this.extractor = extractor;
        this.merger = merger;
        this.rules = new FieldRules(canonicalActor, place -> place);
    }

    /** One gold mention: where it is, its gold cluster, and the stored incident it ended in (-1 when not extracted). */
    private record Item(String articleId, int index, String cluster, long incident, String evidence, Optional<Stored> stored) {
    }

    public ClusterReport score(Path clusterFile) {
        return score(clusterFile, article -> extractor.extract(article.article()));
    }

    /**
     * As {@link #score(Path)}, but stores each article's gold incidents as its mentions instead of
     * extracting them: merging measured apart from extraction. Places get coordinates from {@code places}.
     */
    public ClusterReport scoreGoldMentions(Path clusterFile, PlaceLookup places) {
        return score(clusterFile, article -> GoldMentions.of(article.gold(), article.article(), places));
    }

    /** An article to store and the gold article it was made from. */
    private record Input(Article article, GoldArticle gold) {
    }

    private ClusterReport score(Path clusterFile, java.util.function.Function<Input, List<IncidentMention>> mentions) {
        List<GoldArticle> gold = GoldFile.read(clusterFile).articles();
        Map<String, JsonNode> raw = rawLines(clusterFile);
        Path db = temporaryDatabase();
        try (IncidentStore store = SqliteIncidentStore.open(db, merger)) {
            List<GoldArticle> ordered = new ArrayList<>(gold);
            ordered.sort(Comparator.comparing(GoldArticle::published).thenComparing(GoldArticle::id));
            for (GoldArticle g : ordered) {
                Article article = new Article(g.id(), Optional.of(url(raw.get(g.id()), g.id())), g.title().orElse(""), g.published(),
                        "en", g.text(), Article.paragraphsOf(g.text()), host(url(raw.get(g.id()), g.id())));
                store.save(article, mentions.apply(new Input(article, g)));
            }
            Map<String, List<Stored>> byArticle = storedByArticle(store);
            List<Item> items = new ArrayList<>();
            for (GoldArticle g : gold) {
                String storedId = store.articleWithUrl(url(raw.get(g.id()), g.id())).orElse(g.id());
                items.addAll(match(g, clusters(raw.get(g.id()), clusterFile), byArticle.getOrDefault(storedId, List.of())));
            }
            return report(gold.size(), items);
        } finally {
            deleteQuietly(db);
        }
    }

    /** A stored mention with the incident it belongs to and why the merger put it there. */
    private record Stored(long incident, IncidentMention mention, String reason) {
        /** Its fields and the merger's reason, for the mistakes list. */
        String describe() {
            IncidentMention m = mention;
            return m.type().code() + ", " + m.date().map(Object::toString).orElse("no date") + ", "
                    + m.place().orElse("no place") + ", " + m.country().orElse("no country") + ", "
                    + m.perpetrator().orElse("no group") + ", killed " + (m.killed().isPresent() ? m.killed().getAsInt() : "-")
                    + "; " + reason;
        }
    }

    private static Map<String, List<Stored>> storedByArticle(IncidentStore store) {
        Map<String, List<Stored>> byArticle = new HashMap<>();
        for (StoredIncident incident : store.incidents(IncidentQuery.all())) {
            IncidentExplanation explanation = store.explain(incident.id()).orElseThrow();
            for (IncidentExplanation.Entry e : explanation.entries()) {
                byArticle.computeIfAbsent(e.mention().articleId(), k -> new ArrayList<>()).add(new Stored(incident.id(), e.mention(), e.reason()));
            }
        }
        return byArticle;
    }

    private List<Item> match(GoldArticle article, List<String> clusters, List<Stored> stored) {
        List<GoldIncident> golds = article.incidents();
        long[][] weight = new long[golds.size()][stored.size()];
        for (int i = 0; i < golds.size(); i++) {
            for (int j = 0; j < stored.size(); j++) weight[i][j] = agreement(article, golds.get(i), predicted(stored.get(j).mention()));
        }
        int[] pairing = Assignment.maximize(weight);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < golds.size(); i++) {
            Optional<Stored> s = pairing[i] < 0 ? Optional.empty() : Optional.of(stored.get(pairing[i]));
            items.add(new Item(article.id(), i, clusters.get(i), s.map(Stored::incident).orElse(-1L), golds.get(i).evidence(), s));
        }
        return items;
    }

    /** As in {@link Scorer}: same family, then agreement on type, date and place first, the other fields after. */
    private long agreement(GoldArticle article, GoldIncident g, PredictedIncident p) {
        if (!FieldRules.sameFamily(g, p)) return 0;
        boolean anchored = false;
        long primary = 0;
        for (Field f : List.of(Field.TYPE, Field.DATE, Field.COUNTRY, Field.PLACE)) {
            if (rules.agrees(f, g, p)) {
                primary++;
                anchored |= f != Field.COUNTRY;
            }
        }
        if (!anchored) return 0;
        long secondary = 0;
        for (Field f : List.of(Field.PERPETRATOR, Field.KILLED, Field.INJURED, Field.CLAIMED)) {
            if (rules.agrees(f, g, p)) secondary++;
        }
        return 5 * primary + secondary + (p.evidence().equals(g.evidence()) ? 3 : 0);
    }

    private static PredictedIncident predicted(IncidentMention m) {
        return new PredictedIncident(m.type().code(), m.date().map(Object::toString), m.country(), m.place(), m.perpetrator(),
                m.killed(), m.injured(), m.claimed(), m.evidenceText());
    }

    private static ClusterReport report(int articles, List<Item> all) {
        List<Item> items = all.stream().filter(i -> i.incident() >= 0).toList();
        long truePairs = 0;
        long predictedPairs = 0;
        long correct = 0;
        for (int a = 0; a < items.size(); a++) {
            for (int b = a + 1; b < items.size(); b++) {
                boolean same = items.get(a).cluster().equals(items.get(b).cluster());
                boolean merged = items.get(a).incident() == items.get(b).incident();
                if (same) truePairs++;
                if (merged) predictedPairs++;
                if (same && merged) correct++;
            }
        }
        Map<String, TreeSet<Long>> incidentsOfCluster = new TreeMap<>();
        Map<Long, TreeSet<String>> clustersOfIncident = new TreeMap<>();
        for (Item i : items) {
            incidentsOfCluster.computeIfAbsent(i.cluster(), k -> new TreeSet<>()).add(i.incident());
            clustersOfIncident.computeIfAbsent(i.incident(), k -> new TreeSet<>()).add(i.cluster());
        }
        List<String> mistakes = new ArrayList<>();
        incidentsOfCluster.forEach((cluster, incidents) -> {
            if (incidents.size() > 1) mistakes.add("split: gold cluster " + cluster + " is stored as incidents " + incidents
                    + members(items, i -> i.cluster().equals(cluster)) + details(items, i -> i.cluster().equals(cluster)));
        });
        clustersOfIncident.forEach((incident, clusters) -> {
            if (clusters.size() > 1) mistakes.add("merged: stored incident " + incident + " holds gold clusters " + clusters
                    + members(items, i -> i.incident() == incident) + details(items, i -> i.incident() == incident));
        });
        all.stream().filter(i -> i.incident() < 0).forEach(i -> mistakes.add("not extracted: " + i.articleId() + " (" + i.cluster() + "): "
                + shorten(i.evidence())));
        return new ClusterReport(articles, all.size(), items.size(), incidentsOfCluster.size(), clustersOfIncident.size(),
                truePairs, predictedPairs, correct, mistakes);
    }

    private static String members(List<Item> items, java.util.function.Predicate<Item> which) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        items.stream().filter(which).forEach(i -> lines.computeIfAbsent(i.cluster() + "@" + i.incident(), k -> new ArrayList<>()).add(i.articleId()));
        return " " + lines;
    }

    /** One line per member: its article, incident, extracted fields and the merger's reason. */
    private static String details(List<Item> items, java.util.function.Predicate<Item> which) {
        StringBuilder text = new StringBuilder();
        items.stream().filter(which).forEach(i -> text.append("\n      ").append(i.articleId()).append(" @").append(i.incident()).append(": ")
                .append(i.stored().map(Stored::describe).orElse("")));
        return text.toString();
    }

    private static String shorten(String s) {
        return s.length() <= 90 ? s : s.substring(0, 89) + "…";
    }

    private static Map<String, JsonNode> rawLines(Path file) {
        Map<String, JsonNode> byId = new HashMap<>();
        for (String line : GoldFile.readLines(file, "Cluster gold file")) {
            if (line.isBlank()) continue;
            try {
                JsonNode node = JSON.readTree(line);
                byId.put(node.path("id").asText(), node);
            } catch (IOException e) {
                throw new InvalidEvalFile(file, List.of(file + ": a line is not JSON: " + e.getMessage()));
            }
        }
        return byId;
    }

    private static List<String> clusters(JsonNode line, Path file) {
        List<String> clusters = new ArrayList<>();
        String id = line.path("id").asText();
        int n = 0;
        for (JsonNode incident : line.path("incidents")) {
            n++;
            String cluster = incident.path("cluster").asText("");
            if (cluster.isBlank()) {
                throw new InvalidEvalFile(file, List.of(file + " (" + id + ") incident " + n + ": has no \"cluster\" id; every incident of a cluster gold file needs one"));
            }
            clusters.add(cluster);
        }
        return clusters;
    }

    private static String url(JsonNode line, String id) {
        String url = line == null ? "" : line.path("url").asText("");
        return url.isBlank() ? "gold:" + id : url;
    }

    private static String host(String url) {
        int start = url.indexOf("://");
        if (start < 0) return "gold";
        int end = url.indexOf('/', start + 3);
        return end < 0 ? url.substring(start + 3) : url.substring(start + 3, end);
    }

    private static Path temporaryDatabase() {
        try {
            Path dir = Files.createTempDirectory("vigil-clusters");
            return dir.resolve("clusters.db");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a temporary folder for the cluster evaluation store", e);
        }
    }

    private static void deleteQuietly(Path db) {
        for (String suffix : List.of("", "-wal", "-shm")) {
            try {
                Files.deleteIfExists(Path.of(db + suffix));
            } catch (IOException ignored) {
                // A leftover temporary file does no harm.
            }
        }
        try {
            Files.deleteIfExists(db.getParent());
        } catch (IOException ignored) {
            // Same.
        }
    }
}
