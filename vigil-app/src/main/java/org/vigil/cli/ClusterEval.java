package org.vigil.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.vigil.eval.ClusterReport;
import org.vigil.eval.ClusterScorer;
import org.vigil.resolve.PlaceLookup;

/** {@code vigil eval --clusters FILE}: runs extraction, storing and merging over a cluster gold file and prints pairwise P/R/F1. */
final class ClusterEval {
    private ClusterEval() {
    }

    static int run(Components c, Path clusters, boolean goldMentions, boolean json, boolean errors, PrintWriter out) {
        long start = System.nanoTime();
        ClusterScorer scorer = new ClusterScorer(c.extractor(), c.merger(), alias -> c.actors().canonical(alias).orElse(alias));
        ClusterReport report = goldMentions
                ? scorer.scoreGoldMentions(clusters, PlaceLookup.of(c.gazetteer()))
                : scorer.score(clusters);
        if (json) {
            out.println(report.toJson());
        } else {
            out.println(report.toText());
            out.printf("Run: %d articles in %.1f s.%n", report.articles(), (System.nanoTime() - start) / 1e9);
        }
        if (errors) out.println(report.mistakesText());
        return 0;
    }
}
