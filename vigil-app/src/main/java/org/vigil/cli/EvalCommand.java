package org.vigil.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vigil.eval.BoilerplateBenchmark;
import org.vigil.eval.EvalReport;
import org.vigil.eval.GoldArticle;
import org.vigil.eval.GoldFile;
import org.vigil.eval.Prediction;
import org.vigil.eval.Scorer;
import org.vigil.extract.IncidentExtractor;
import org.vigil.ingest.Article;
import org.vigil.ingest.HtmlCleaner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code vigil eval}: runs extraction over a gold file and prints the metrics of the gold schema. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Run extraction over the articles of a gold file and score it against the gold incidents:",
                "incident precision, recall and F1, per-field accuracy, and the combined slot F1.",
                "With --clusters, score incident merging; with --boilerplate, score the HTML cleaner."})
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "GOLD.jsonl", description = "Gold file (see the gold schema).")
    Path gold;

    @Option(names = "--clusters", paramLabel = "CLUSTERS.jsonl",
            description = "Score incident merging instead: pairwise precision, recall and F1 over a cluster gold file.")
    Path clusters;

    @Option(names = "--gold-mentions", description = "With --clusters: merge the gold incidents instead of extracted ones (merging apart from extraction).")
    boolean goldMentions;

    @Option(names = "--boilerplate", paramLabel = "DIR",
            description = "Instead of extraction, score the HTML cleaner on an article-extraction benchmark folder"
                    + " (ground-truth.json and html/<key>.html.gz): F1, precision, recall and time per page.")
    Path boilerplate;

    @Option(names = "--actors", paramLabel = "A.tsv", description = "Further actor alias tables (canonical<TAB>alias|alias...).")
    List<Path> actorTables = List.of();

    @Option(names = "--predictions", paramLabel = "PRED.jsonl", description = "Score these predictions instead of running extraction.")
    Path predictions;

    @Option(names = "--json", description = "Print the metrics as JSON.")
    boolean json;

    @Option(names = "--errors", description = "Also list every missed incident, false alarm and wrong field with its evidence.")
    boolean errors;

    private final Components components;

    EvalCommand(Components components) {
        this.components = components;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (boilerplate != null) return boilerplate(out);
        Components c = components.withActorTables(actorTables);
        if (clusters != null) return ClusterEval.run(c, clusters, goldMentions, json, errors, out);
        if (gold == null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "Missing option: give --gold GOLD.jsonl, --clusters CLUSTERS.jsonl or --boilerplate DIR");
        }
        List<GoldArticle> articles = GoldFile.read(gold).articles();
        Map<String, Prediction> predicted = new HashMap<>();
        long nanos = 0;
        if (predictions != null) {
            for (Prediction p : GoldFile.readPredictions(predictions)) predicted.put(p.articleId(), p);
        } else {
            IncidentExtractor extractor = c.extractor();
            for (GoldArticle g : articles) {
                Article article = new Article(g.id(), java.util.Optional.empty(), g.title().orElse(""), g.published(), "en",
                        g.text(), Article.paragraphsOf(g.text()), gold.getFileName().toString());
                long start = System.nanoTime();
                predicted.put(g.id(), Predictions.of(g.id(), extractor.extract(article)));
                nanos += System.nanoTime() - start;
            }
        }
        Scorer scorer = c.scorer();
        EvalReport report = scorer.score(articles, predicted);
        if (json) {
            out.println(report.toJson());
        } else {
            out.println(report.toText());
            if (predictions == null && !articles.isEmpty()) {
                out.printf("Extraction: %d articles, %.2f ms per article.%n", articles.size(), nanos / 1e6 / articles.size());
            }
        }
        if (errors) out.println(report.errorsText());
        return 0;
    }

    private int boilerplate(PrintWriter out) {
        HtmlCleaner cleaner = new HtmlCleaner();
        BoilerplateBenchmark.Result result = BoilerplateBenchmark.run(boilerplate, file -> cleaner.cleanFile(file).text());
        if (json) {
            out.printf(java.util.Locale.ROOT, "{\"pages\": %d, \"f1\": %.4f, \"precision\": %.4f, \"recall\": %.4f, \"accuracy\": %.4f, \"ms_per_page\": %.2f}%n",
                    result.pages().size(), result.f1(), result.precision(), result.recall(), result.accuracy(), result.msPerPage());
        } else {
            out.println(result.summary());
        }
        if (errors) {
            result.pages().stream()
                    .filter(p -> p.precision() < 1 || p.recall() < 1)
                    .sorted(java.util.Comparator.comparingDouble(p -> Math.min(p.precision(), p.recall())))
                    .forEach(p -> out.printf(java.util.Locale.ROOT, "  precision %.3f  recall %.3f  %s  %s%n", p.precision(), p.recall(), p.key(), p.url()));
        }
        return 0;
    }
}
