package org.vigil.eval;

import java.util.List;
import java.util.Locale;

/**
 * How well stored incidents group the mentions of a cluster gold file: pairwise precision, recall
 * and F1 over the gold mentions the extractor found, with the counts behind them and the mistakes.
 *
 * @param matchedMentions gold mentions paired with an extracted mention; only these enter the pairs
 * @param truePairs pairs of matched mentions that gold puts in one cluster
 * @param predictedPairs pairs of matched mentions stored in one incident
 * @param correctPairs pairs that are both
 * @param mistakes one line per wrongly merged or wrongly split cluster
 */
public record ClusterReport(int articles, int goldMentions, int matchedMentions, int goldClusters, int predictedIncidents,
                            long truePairs, long predictedPairs, long correctPairs, List<String> mistakes) {
    public ClusterReport {
        mistakes = List.copyOf(mistakes);
    }

    public double precision() {
        return predictedPairs == 0 ? 1 : (double) correctPairs / predictedPairs;
    }

    public double recall() {
        return truePairs == 0 ? 1 : (double) correctPairs / truePairs;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public String toText() {
        return String.format(Locale.ROOT, """
                Incident merging (pairwise over gold mentions the extractor found)
                  articles %d, gold mentions %d, matched to extracted mentions %d (%.1f%%)
                  gold clusters among matched %d, stored incidents among matched %d
                  pairs: gold %d, merged %d, both %d
                  precision %.3f  recall %.3f  F1 %.3f""",
                articles, goldMentions, matchedMentions, goldMentions == 0 ? 0 : 100.0 * matchedMentions / goldMentions,
                goldClusters, predictedIncidents, truePairs, predictedPairs, correctPairs, precision(), recall(), f1());
    }

    public String mistakesText() {
        return mistakes.isEmpty() ? "No merging mistakes." : "Merging mistakes:\n  " + String.join("\n  ", mistakes);
    }

    public String toJson() {
        return String.format(Locale.ROOT, "{\"articles\": %d, \"gold_mentions\": %d, \"matched_mentions\": %d, \"gold_clusters\": %d, "
                + "\"predicted_incidents\": %d, \"true_pairs\": %d, \"predicted_pairs\": %d, \"correct_pairs\": %d, "
                + "\"precision\": %.4f, \"recall\": %.4f, \"f1\": %.4f}",
                articles, goldMentions, matchedMentions, goldClusters, predictedIncidents, truePairs, predictedPairs, correctPairs,
                precision(), recall(), f1());
    }
}
