package org.vigil.bench;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How a benchmark run is shaped: sample seed, warm-up and time limits of each phase, and the
 * CoreNLP properties of the reference pipeline that override its defaults.
 *
 * @param seed seed of the shuffle that fixes which articles are measured, in which order
 * @param maxArticles at most this many articles of the shuffled corpus are used (0 = all)
 * @param warmup how long each pipeline runs untimed before it is measured
 * @param vigilLimit the extractor is measured until it has read every article or this time has passed
 * @param referenceLimit the reference is measured until this time has passed (ZERO skips the reference)
 * @param referenceProperties CoreNLP properties set on top of {@link #REFERENCE_ANNOTATORS}
 */
public record BenchSettings(
        long seed,
        int maxArticles,
        Duration warmup,
        Duration vigilLimit,
        Duration referenceLimit,
        Map<String, String> referenceProperties) {

    /** The reference pipeline named in DESIGN.md. */
    public static final String REFERENCE_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner";

    public BenchSettings {
        Objects.requireNonNull(warmup, "warmup");
        Objects.requireNonNull(vigilLimit, "vigilLimit");
        Objects.requireNonNull(referenceLimit, "referenceLimit");
        if (maxArticles < 0) throw new IllegalArgumentException("maxArticles must be 0 (all) or positive, got " + maxArticles);
        if (warmup.isNegative()) throw new IllegalArgumentException("warmup must not be negative, got " + warmup);
        if (vigilLimit.isNegative() || vigilLimit.isZero()) {
            throw new IllegalArgumentException("vigilLimit must be positive, got " + vigilLimit);
        }
        if (referenceLimit.isNegative()) throw new IllegalArgumentException("referenceLimit must not be negative, got " + referenceLimit);
        referenceProperties = Map.copyOf(new TreeMap<>(referenceProperties));
    }

    /** 10 s warm-up, Vigil for up to 10 minutes, the reference for 90 s, CoreNLP defaults, seed 42. */
    public static BenchSettings defaults() {
        return new BenchSettings(42, 0, Duration.ofSeconds(10), Duration.ofMinutes(10), Duration.ofSeconds(90), Map.of());
    }

    public BenchSettings withReferenceLimit(Duration limit) {
        return new BenchSettings(seed, maxArticles, warmup, vigilLimit, limit, referenceProperties);
    }

    public BenchSettings withWarmup(Duration newWarmup) {
        return new BenchSettings(seed, maxArticles, newWarmup, vigilLimit, referenceLimit, referenceProperties);
    }

    public boolean runsReference() {
        return !referenceLimit.isZero();
    }
}
