package org.vigil.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.function.ToIntFunction;
import org.vigil.ingest.Article;

/**
 * Runs a piece of work over articles on the calling thread and records, after each article, the
 * thread's cumulative CPU time and the elapsed time, so figures can be read for any prefix.
 */
final class PhaseMeter {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    PhaseMeter() {
        if (!threads.isCurrentThreadCpuTimeSupported()) {
            throw new IllegalStateException("This JVM cannot measure thread CPU time, so per-core figures are impossible");
        }
        if (!threads.isThreadCpuTimeEnabled()) threads.setThreadCpuTimeEnabled(true);
    }

    /** Cumulative figures after each measured article; {@code output} sums what the work returned. */
    record Timeline(int articles, long[] cumulativeCpuNanos, long[] cumulativeWallNanos, long[] cumulativeOutput) {

        /** CPU nanoseconds spent on the first {@code n} articles. */
        long cpuNanos(int n) {
            return n == 0 ? 0 : cumulativeCpuNanos[n - 1];
        }

        long wallNanos(int n) {
            return n == 0 ? 0 : cumulativeWallNanos[n - 1];
        }

        long output(int n) {
            return n == 0 ? 0 : cumulativeOutput[n - 1];
        }
    }

    /**
     * Runs {@code work} untimed over the sample, starting from its end (so that a time-boxed phase
     * measures mostly articles it has not seen), until {@code warmup} has passed; at least one article.
     */
    void warmUp(List<Article> sample, ToIntFunction<Article> work, Duration warmup) {
        if (sample.isEmpty()) return;
        long deadline = System.nanoTime() + warmup.toNanos();
        int i = sample.size() - 1;
        do {
            work.applyAsInt(sample.get(i));
            i = i == 0 ? sample.size() - 1 : i - 1;
        } while (System.nanoTime() < deadline);
    }

    /** Runs {@code work} over the sample in order until every article is done or {@code limit} has passed. */
    Timeline run(List<Article> sample, ToIntFunction<Article> work, Duration limit) {
        int n = sample.size();
        long[] cpu = new long[n];
        long[] wall = new long[n];
        long[] output = new long[n];
        long cpuStart = threads.getCurrentThreadCpuTime();
        long wallStart = System.nanoTime();
        long deadline = wallStart + limit.toNanos();
        long produced = 0;
        int done = 0;
        while (done < n) {
            produced += work.applyAsInt(sample.get(done));
            long now = System.nanoTime();
            cpu[done] = threads.getCurrentThreadCpuTime() - cpuStart;
            wall[done] = now - wallStart;
            output[done] = produced;
            done++;
            if (now >= deadline) break;
        }
        return new Timeline(done, cpu, wall, output);
    }

    long currentThreadCpuNanos() {
        return threads.getCurrentThreadCpuTime();
    }
}
