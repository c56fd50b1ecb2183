package org.vigil.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.vigil.extract.IncidentExtractor;
import org.vigil.ingest.Article;

/**
 * Measures an incident extractor and then the CoreNLP reference pipeline on the same seeded
 * sample of a corpus, on the calling thread, and returns both sets of figures as a report.
 */
public final class Benchmark {

    private final IncidentExtractor extractor;
    private final BenchSettings settings;
    private final TokenCounter tokenCounter = new TokenCounter();

    public Benchmark(IncidentExtractor extractor, BenchSettings settings) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Runs both phases over {@code corpus}; the reference phase only if the settings give it time. */
    public BenchReport run(List<Article> corpus) {
        if (corpus.isEmpty()) throw new IllegalArgumentException("The benchmark corpus has no article");
        List<Article> sample = sample(corpus);
        long[] cumulativeTokens = cumulativeTokens(sample);
        PhaseMeter meter = new PhaseMeter();
        HeapProbe heap = new HeapProbe();

        heap.usedAfterGc();
        meter.warmUp(sample, article -> extractor.extract(article).size(), settings.warmup());
        heap.resetPeaks();
        PhaseMeter.Timeline vigil = meter.run(sample, article -> extractor.extract(article).size(), settings.vigilLimit());
        long vigilPeak = heap.peakBytes();
        long vigilAfterGc = heap.usedAfterGc();
        PhaseResult vigilAll = result("vigil", vigil, vigil.articles(), cumulativeTokens, vigilPeak, vigilAfterGc, 0, 0);

        if (!settings.runsReference()) {
            return new BenchReport(corpus.size(), sample.size(), settings, vigilAll, vigil.output(vigil.articles()),
                    Optional.empty(), Optional.empty(), Optional.empty(), 0);
        }

        long heapBeforeLoad = vigilAfterGc;
        long loadStart = System.nanoTime();
        ReferencePipeline reference = new ReferencePipeline(settings.referenceProperties());
        long loadNanos = System.nanoTime() - loadStart;
        long loadHeap = Math.max(0, heap.usedAfterGc() - heapBeforeLoad);
        meter.warmUp(sample, reference::annotate, settings.warmup());
        heap.resetPeaks();
        PhaseMeter.Timeline corenlp = meter.run(sample, reference::annotate, settings.referenceLimit());
        long corenlpPeak = heap.peakBytes();
        long corenlpAfterGc = heap.usedAfterGc();
        PhaseResult referenceResult = result("corenlp", corenlp, corenlp.articles(), cumulativeTokens,
                corenlpPeak, corenlpAfterGc, loadNanos, loadHeap);
        int common = Math.min(corenlp.articles(), vigil.articles());
        PhaseResult vigilOnCommon = result("vigil", vigil, common, cumulativeTokens, vigilPeak, vigilAfterGc, 0, 0);
        return new BenchReport(corpus.size(), sample.size(), settings, vigilAll, vigil.output(vigil.articles()),
                Optional.of(vigilOnCommon), Optional.of(referenceResult), Optional.of(reference.describe()),
                corenlp.output(corenlp.articles()));
    }

    /** The corpus shuffled with the settings' seed, cut to {@code maxArticles}: both pipelines read it in this order. */
    private List<Article> sample(List<Article> corpus) {
        List<Article> shuffled = new ArrayList<>(corpus);
        Collections.shuffle(shuffled, new Random(settings.seed()));
        int size = settings.maxArticles() == 0 ? shuffled.size() : Math.min(settings.maxArticles(), shuffled.size());
        return List.copyOf(shuffled.subList(0, size));
    }

    private long[] cumulativeTokens(List<Article> sample) {
        long[] cumulative = new long[sample.size()];
        long total = 0;
        for (int i = 0; i < sample.size(); i++) {
            total += tokenCounter.count(sample.get(i).text());
            cumulative[i] = total;
        }
        return cumulative;
    }

    private static PhaseResult result(String name, PhaseMeter.Timeline timeline, int articles, long[] cumulativeTokens,
            long peakHeap, long heapAfterGc, long loadNanos, long loadHeap) {
        long tokens = articles == 0 ? 0 : cumulativeTokens[articles - 1];
        return new PhaseResult(name, articles, tokens, timeline.cpuNanos(articles), timeline.wallNanos(articles),
                peakHeap, heapAfterGc, loadNanos, loadHeap);
    }
}
