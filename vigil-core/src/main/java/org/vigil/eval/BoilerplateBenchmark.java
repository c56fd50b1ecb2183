package org.vigil.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark of {@code ../shared/boilerplate/} (Scrapinghub's): word 4-gram
 * shingles of the true and predicted body per page, tp/fp/fn scaled to sum to 1, precision and
 * recall averaged over pages and F1 computed from the two averages.
 */
public final class BoilerplateBenchmark {

    /** Words as the benchmark's {@code \w+} finds them in Python: runs of letters, digits and underscores. */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");
    private static final int SHINGLE = 4;
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One page's shingle counts, scaled so that {@code tp + fp + fn == 1} (all zero when both texts are empty).
     *
     * @param exact whether the predicted words equal the true words
     */
    public record PageScore(String key, String url, double tp, double fp, double fn, boolean exact) {
        /** The benchmark's per-page precision: 1 when nothing is missed or extra, 0 with no true positive. */
        public double precision() {
            if (fp == 0 && fn == 0) return 1;
            return tp == 0 ? 0 : tp / (tp + fp);
        }

        public double recall() {
            if (fp == 0 && fn == 0) return 1;
            return tp == 0 ? 0 : tp / (tp + fn);
        }
    }

    /**
     * The benchmark's figures over all pages.
     *
     * @param msPerPage mean wall time of the extractor per page, in milliseconds
     */
    public record Result(List<PageScore> pages, double precision, double recall, double f1, double accuracy, double msPerPage) {
        public Result {
            pages = List.copyOf(pages);
        }

        /** The figures in one line: pages, F1, precision, recall, accuracy and time per page. */
        public String summary() {
            return String.format(java.util.Locale.ROOT, "pages %d  F1 %.3f  precision %.3f  recall %.3f  accuracy %.3f  %.1f ms/page",
                    pages.size(), f1, precision, recall, accuracy, msPerPage);
        }
    }

    private BoilerplateBenchmark() {
    }

    /** Scores one page: {@code truth} is the hand-extracted body, {@code predicted} the extractor's. */
    public static PageScore score(String key, String url, String truth, String predicted) {
        List<String> trueWords = words(truth);
        List<String> predictedWords = words(predicted);
        Map<List<String>, Integer> trueShingles = shingles(trueWords);
        Map<List<String>, Integer> predictedShingles = shingles(predictedWords);
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (Map.Entry<List<String>, Integer> e : predictedShingles.entrySet()) {
            int t = trueShingles.getOrDefault(e.getKey(), 0);
            tp += Math.min(t, e.getValue());
            fp += Math.max(0, e.getValue() - t);
        }
        for (Map.Entry<List<String>, Integer> e : trueShingles.entrySet()) {
            fn += Math.max(0, e.getValue() - predictedShingles.getOrDefault(e.getKey(), 0));
        }
        double sum = tp + fp + fn;
        if (sum > 0) {
            tp /= sum;
            fp /= sum;
            fn /= sum;
        }
        return new PageScore(key, url, tp, fp, fn, trueWords.equals(predictedWords));
    }

    /**
     * Averages page scores as the benchmark does: precision over the pages with a prediction
     * ({@code tp + fp > 0}), recall over the pages with a true body ({@code tp + fn > 0}); an
     * average over no page is 0.
     */
    public static Result summarize(List<PageScore> pages, double msPerPage) {
        double precision = mean(pages.stream().filter(p -> p.tp() + p.fp() > 0).mapToDouble(PageScore::precision).toArray());
        double recall = mean(pages.stream().filter(p -> p.tp() + p.fn() > 0).mapToDouble(PageScore::recall).toArray());
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double accuracy = pages.isEmpty() ? 0 : pages.stream().filter(PageScore::exact).count() / (double) pages.size();
        return new Result(pages, precision, recall, f1, accuracy, msPerPage);
    }

    /**
     * Runs {@code extractor} on every page of the benchmark folder {@code dir} ({@code ground-truth.json}
     * and {@code html/<key>.html.gz}) and scores it; the extractor maps a page file to its article body.
     *
     * @throws InvalidEvalFile when the folder lacks the ground truth or a page it names
     */
    public static Result run(Path dir, Function<Path, String> extractor) {
        Path truthFile = dir.resolve("ground-truth.json");
        JsonNode truth;
        try {
            truth = JSON.readTree(truthFile.toFile());
        } catch (IOException e) {
            throw new InvalidEvalFile(truthFile, List.of(truthFile + " cannot be read as the benchmark's ground truth: " + e.getMessage()));
        }
        if (truth == null || !truth.isObject()) {
            throw new InvalidEvalFile(truthFile, List.of(truthFile + " must be a JSON object of {\"<key>\": {\"articleBody\": ...}}"));
        }
        List<String> missing = new ArrayList<>();
        for (Iterator<String> keys = truth.fieldNames(); keys.hasNext(); ) {
            Path page = pageFile(dir, keys.next());
            if (!Files.isRegularFile(page)) missing.add(page + " is named in " + truthFile + " but does not exist");
        }
        if (!missing.isEmpty()) throw new InvalidEvalFile(truthFile, missing);
        List<PageScore> scores = new ArrayList<>();
        long nanos = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            long start = System.nanoTime();
            String predicted = extractor.apply(pageFile(dir, e.getKey()));
            nanos += System.nanoTime() - start;
            scores.add(score(e.getKey(), e.getValue().path("url").asText(""), e.getValue().path("articleBody").asText(""), predicted));
        }
        return summarize(scores, scores.isEmpty() ? 0 : nanos / 1e6 / scores.size());
    }

    private static Path pageFile(Path dir, String key) {
        return dir.resolve("html").resolve(key + ".html.gz");
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) words.add(m.group());
        return words;
    }

    /** Counts of word 4-grams; a text of fewer than four words is one shingle of all its words (none when empty). */
    private static Map<List<String>, Integer> shingles(List<String> words) {
        Map<List<String>, Integer> counts = new HashMap<>();
        if (words.isEmpty()) return counts;
        for (int i = 0; i < Math.max(1, words.size() - SHINGLE + 1); i++) {
            counts.merge(words.subList(i, Math.min(words.size(), i + SHINGLE)), 1, Integer::sum);
        }
        return counts;
    }

    private static double mean(double[] values) {
        if (values.length == 0) return 0;
        double sum = 0;
        for (double v : values) sum += v;
        return sum / values.length;
    }
}
