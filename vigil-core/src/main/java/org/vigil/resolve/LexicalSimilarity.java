package org.vigil.resolve;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Cosine similarity of two sentences' content words (case and accents folded, stop words dropped,
 * simple plural and past endings stripped, numbers kept). The fallback when the embedding model cannot
 * run, and the default in tests: no model to load.
 */
public final class LexicalSimilarity implements EvidenceSimilarity {
    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "for", "by", "with",
            "from", "was", "were", "is", "are", "be", "been", "has", "have", "had", "that", "this", "it", "its", "as", "after", "said",
            "says", "least", "people", "who", "which", "their", "they", "he", "she", "his", "her", "than", "more", "into", "near",
            "also", "but", "not", "no", "up", "out", "over", "when", "where", "there", "some", "one", "two");

    @Override
    public double similarity(String a, String b) {
        Map<String, Integer> x = terms(a);
        Map<String, Integer> y = terms(b);
        if (x.isEmpty() || y.isEmpty()) return 0;
        double dot = 0;
        for (Map.Entry<String, Integer> e : x.entrySet()) dot += e.getValue() * y.getOrDefault(e.getKey(), 0);
        return dot / (norm(x) * norm(y));
    }

    @Override
    public double neutral() {
        return 0.12;
    }

    @Override
    public double strong() {
        return 0.45;
    }

    @Override
    public String name() {
        return "lexical";
    }

    private static Map<String, Integer> terms(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        Map<String, Integer> counts = new HashMap<>();
        for (String word : folded.split("[^\\p{L}\\p{N}]+")) {
            if (word.length() < 2 || STOP.contains(word)) continue;
            counts.merge(stem(word), 1, Integer::sum);
        }
        return counts;
    }

    private static String stem(String w) {
        if (w.length() > 5 && w.endsWith("ings")) return w.substring(0, w.length() - 4);
        if (w.length() > 4 && w.endsWith("ing")) return w.substring(0, w.length() - 3);
        if (w.length() > 4 && w.endsWith("ed")) return w.substring(0, w.length() - 2);
        if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) return w.substring(0, w.length() - 1);
        return w;
    }

    private static double norm(Map<String, Integer> v) {
        double sum = 0;
        for (int c : v.values()) sum += (double) c * c;
        return Math.sqrt(sum);
    }
}
