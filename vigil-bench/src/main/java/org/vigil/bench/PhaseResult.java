package org.vigil.bench;

import java.util.Objects;

/**
 * What one measured phase did: how many articles and tokens it read, the CPU time of the measuring
 * thread and the wall time it took, and its heap.
 *
 * @param name "vigil" or "corenlp"
 * @param articles articles measured
 * @param tokens tokens of those articles, by {@link TokenCounter}
 * @param cpuNanos CPU time of the benchmarking thread while measuring
 * @param wallNanos elapsed time while measuring
 * @param peakHeapBytes sum of the peak usage of each heap pool since the phase started
 *     (an upper bound: pools may peak at different moments)
 * @param heapAfterGcBytes heap in use after a full GC at the end of the phase, the pipeline still live
 * @param loadNanos wall time to build the pipeline (load models); 0 when not measured
 * @param loadHeapBytes heap the loaded pipeline holds after GC (after minus before loading); 0 when not measured
 */
public record PhaseResult(
        String name,
        int articles,
        long tokens,
        long cpuNanos,
        long wallNanos,
        long peakHeapBytes,
        long heapAfterGcBytes,
        long loadNanos,
        long loadHeapBytes) {

    public PhaseResult {
        Objects.requireNonNull(name, "name");
        if (articles < 0 || tokens < 0 || cpuNanos < 0 || wallNanos < 0) {
            throw new IllegalArgumentException("Phase " + name + " has a negative count or time: " + articles
                    + " articles, " + tokens + " tokens, " + cpuNanos + " ns CPU, " + wallNanos + " ns wall");
        }
    }

    /** Articles per CPU second of the measuring thread, i.e. per core. */
    public double articlesPerCpuSecond() {
        return perSecond(articles, cpuNanos);
    }

    /** Tokens per CPU second of the measuring thread, i.e. per core. */
    public double tokensPerCpuSecond() {
        return perSecond(tokens, cpuNanos);
    }

    /** Tokens per elapsed second (noisier on a shared machine than the per-core figure). */
    public double tokensPerWallSecond() {
        return perSecond(tokens, wallNanos);
    }

    /** Mean CPU milliseconds per article. */
    public double cpuMillisPerArticle() {
        return articles == 0 ? 0 : cpuNanos / 1e6 / articles;
    }

    private static double perSecond(long count, long nanos) {
        return nanos == 0 ? 0 : count * 1e9 / nanos;
    }
}
