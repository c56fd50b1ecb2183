package org.vigil.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vigil.eval.EvalReport;
import org.vigil.eval.GoldArticle;
import org.vigil.eval.GoldFile;
import org.vigil.eval.LogisticFit;
import org.vigil.eval.PredictedIncident;
import org.vigil.eval.Prediction;
import org.vigil.eval.Scorer;
import org.vigil.extract.Candidate;
import org.vigil.extract.PatternIncidentExtractor;
import org.vigil.extract.RelevanceModel;
import org.vigil.ingest.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code vigil train-relevance}: trains the model that keeps real attacks and security events and
 * drops the pattern matches that are none, from gold files, and reports what it does to every file by
 * cross-validation (each article judged by a model that never saw it) before writing the model trained on all.
 */
@Command(name = "train-relevance", mixinStandardHelpOptions = true,
        description = {"Train the relevance model (attacks and security events) from gold files.",
                "Prints cross-validated incident and slot F1 per gold file for each attack threshold, picks the attack",
                "and security-event thresholds with the best mean, and with --out writes the model trained on every article."})
final class TrainRelevanceCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl", description = "Gold files to learn from (repeat).")
    List<Path> golds;

    @Option(names = "--actors", paramLabel = "A.tsv", description = "Further actor alias tables.")
    List<Path> actorTables = List.of();

    @Option(names = "--out", paramLabel = "MODEL.tsv", description = "Write the model here (the bundled one is "
            + "vigil-core/src/main/resources/org/vigil/extract/" + RelevanceModel.RESOURCE + ").")
    Path out;

    @Option(names = "--folds", defaultValue = "5", description = "Cross-validation folds (default ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--l2", defaultValue = "0.01", description = "L2 shrinkage (default ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--min-count", defaultValue = "20", description = "Ignore features of fewer candidates (default ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--epochs", defaultValue = "12", description = "Passes over the data (default ${DEFAULT-VALUE}).")
    int epochs;

    /** Thresholds tried: 0 to 0.90 in steps of 0.05. */
    private static final int STEPS = 18;

    private final Components components;

    TrainRelevanceCommand(Components components) {
        this.components = components;
    }

    /** One candidate (attack or security event) with its article, gold file, label and cross-validated probability. */
    private static final class Row {
        final String file;
        final String articleId;
        final Candidate candidate;
        final boolean positive;
        double heldOut;
        double weight = 1;
        List<String> features;

        Row(String file, String articleId, Candidate candidate, boolean positive) {
            this.file = file;
            this.articleId = articleId;
            this.candidate = candidate;
            this.positive = positive;
        }
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter printer = spec.commandLine().getOut();
        Components c = components.withActorTables(actorTables);
        PatternIncidentExtractor patterns = new PatternIncidentExtractor(c.annotator(), c.gazetteer(), RelevanceModel.KEEP_ALL);
        Scorer scorer = c.scorer();
        Map<String, List<GoldArticle>> articles = new HashMap<>();
        Map<String, List<Candidate>> candidates = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (Path gold : golds) {
            String file = gold.getFileName().toString();
            List<GoldArticle> list = GoldFile.read(gold).articles();
            articles.put(file, list);
            for (GoldArticle g : list) {
                Article article = new Article(g.id(), Optional.empty(), g.title().orElse(""), g.published(), "en",
                        g.text(), Article.paragraphsOf(g.text()), file);
                List<Candidate> found = patterns.candidates(article);
                candidates.put(file + "/" + g.id(), found);
                boolean[] matched = scorer.matched(g, found.stream().map(k -> Predictions.of(k.mention())).toList());
                for (int i = 0; i < found.size(); i++) {
                    rows.add(new Row(file, g.id(), found.get(i), matched[i]));
                }
            }
        }
        printer.printf("%d candidates, %d of them real incidents%n", rows.size(), rows.stream().filter(r -> r.positive).count());
        // Every file weighs as much as the largest candidate count among them allows the smallest:
        // a file of thousands of one-line incidents must not drown the long reports of another.
        Map<String, Long> perFile = new HashMap<>();
        for (Row r : rows) perFile.merge(r.file, 1L, Long::sum);
        long median = perFile.values().stream().sorted().skip(perFile.size() / 2).findFirst().orElse(1L);
        for (Row r : rows) r.weight = Math.min(1.0, (double) median / perFile.get(r.file));
        // A word seen in a handful of candidates is a name or a one-off: the model learns only common cues.
        Map<String, Integer> seen = new HashMap<>();
        for (Row r : rows) for (String f : r.candidate.features()) seen.merge(f, 1, Integer::sum);
        for (Row r : rows) r.features = r.candidate.features().stream().filter(f -> seen.get(f) >= minCount).toList();
        LogisticFit fit = new LogisticFit(l2, epochs, 0.1, 7);
        for (int fold = 0; fold < folds; fold++) {
            int f = fold;
            List<LogisticFit.Example> train = rows.stream().filter(r -> foldOf(r) != f).map(TrainRelevanceCommand::example).toList();
            RelevanceModel model = fit.fit(train, 0.5);
            rows.stream().filter(r -> foldOf(r) == f).forEach(r -> r.heldOut = model.probability(r.candidate.features()));
        }
        for (String file : articles.keySet().stream().sorted().toList()) {
            List<Row> of = rows.stream().filter(r -> r.file.equals(file)).toList();
            printer.printf(Locale.ROOT, "%s: %d candidates, %d real, held-out AUC %.3f%n", file, of.size(),
                    of.stream().filter(r -> r.positive).count(), auc(of));
        }
        Map<Candidate, Double> heldOut = new java.util.IdentityHashMap<>();
        for (Row r : rows) heldOut.put(r.candidate, r.heldOut);
        List<String> files = articles.keySet().stream().sorted().toList();
        // Attacks and security events each get the threshold that serves the files best: every pair is
        // scored, and the table shows the attack thresholds at the best security threshold.
        double[][][] grid = new double[STEPS + 1][STEPS + 1][];
        int bestStep = 0, bestSecurityStep = 0;
        double bestMean = -1;
        for (int step = 0; step <= STEPS; step++) {
            for (int securityStep = 0; securityStep <= STEPS; securityStep++) {
                double[] scores = score(articles, files, candidates, heldOut, scorer, step * 0.05, securityStep * 0.05);
                grid[step][securityStep] = scores;
                double mean = java.util.Arrays.stream(scores).sum() / scores.length;
                if (mean > bestMean + 1e-9) {
                    bestMean = mean;
                    bestStep = step;
                    bestSecurityStep = securityStep;
                }
            }
        }
        double bestAttack = bestStep * 0.05, bestSecurity = bestSecurityStep * 0.05;
        printer.println("threshold  " + String.join("  ", files.stream().map(k -> k + " (incident / slot F1)").toList()));
        for (int step = 0; step <= STEPS; step++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%9.2f ", step * 0.05));
            double[] scores = grid[step][bestSecurityStep];
            for (int i = 0; i < files.size(); i++) line.append(String.format(Locale.ROOT, "  %.3f / %.3f", scores[2 * i], scores[2 * i + 1]));
            printer.println(line);
        }
        printer.printf(Locale.ROOT, "Best mean of incident and slot F1 over the files: attack threshold %.2f, security-event threshold %.2f (%.4f)%n",
                bestAttack, bestSecurity, bestMean);
        if (out != null) {
            RelevanceModel model = fit.fit(rows.stream().map(TrainRelevanceCommand::example).toList(), bestAttack)
                    .withThresholds(bestAttack, bestSecurity);
            try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                model.write(w);
            }
            printer.println("Wrote " + out);
        }
        return 0;
    }

    private static double[] score(Map<String, List<GoldArticle>> articles, List<String> files, Map<String, List<Candidate>> candidates,
            Map<Candidate, Double> heldOut, Scorer scorer, double attack, double security) {
        double[] scores = new double[files.size() * 2];
        for (int i = 0; i < files.size(); i++) {
            EvalReport report = score(articles.get(files.get(i)), files.get(i), candidates, heldOut, scorer, attack, security);
            scores[2 * i] = report.incidentF1();
            scores[2 * i + 1] = report.slotF1();
        }
        return scores;
    }

    /** The report on one file when candidates are kept at these held-out thresholds. */
    private static EvalReport score(List<GoldArticle> articles, String file, Map<String, List<Candidate>> candidates,
            Map<Candidate, Double> heldOut, Scorer scorer, double attack, double security) {
        RelevanceModel cut = new RelevanceModel(Map.of(), 0, attack, security);
        Map<String, Prediction> predicted = new HashMap<>();
        for (GoldArticle g : articles) {
            List<PredictedIncident> kept = candidates.get(file + "/" + g.id()).stream()
                    .filter(k -> cut.keeps(k, heldOut.get(k)))
                    .map(k -> Predictions.of(k.mention())).toList();
            predicted.put(g.id(), new Prediction(g.id(), kept));
        }
        return scorer.score(articles, predicted);
    }

    /** The chance that a real incident is scored above a false one (ties count half). */
    private static double auc(List<Row> rows) {
        List<Row> sorted = rows.stream().sorted(java.util.Comparator.comparingDouble(r -> r.heldOut)).toList();
        double rankSum = 0;
        long positives = 0;
        for (int i = 0; i < sorted.size(); ) {
            int j = i;
            while (j < sorted.size() && sorted.get(j).heldOut == sorted.get(i).heldOut) j++;
            double rank = (i + j + 1) / 2.0;
            for (int k = i; k < j; k++) if (sorted.get(k).positive) { rankSum += rank; positives++; }
            i = j;
        }
        long negatives = sorted.size() - positives;
        if (positives == 0 || negatives == 0) return Double.NaN;
        return (rankSum - positives * (positives + 1) / 2.0) / (positives * negatives);
    }

    private int foldOf(Row r) {
        return Math.floorMod((r.file + "/" + r.articleId).hashCode(), folds);
    }

    private static LogisticFit.Example example(Row r) {
        return new LogisticFit.Example(r.features, r.positive, r.weight);
    }
}
