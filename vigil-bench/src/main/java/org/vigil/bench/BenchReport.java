package org.vigil.bench;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The figures of one benchmark run: the extractor over everything it read, and, when the reference
 * ran, the extractor and CoreNLP over the same first articles of the sample, with their ratio.
 *
 * @param corpusArticles articles in the corpus
 * @param sampleArticles articles in the shuffled sample both pipelines read
 * @param vigil the extractor over every article it read
 * @param incidentsFound incidents the extractor returned over those articles
 * @param vigilOnReferenceSample the extractor over the articles the reference managed in its time
 * @param reference CoreNLP's figures
 * @param referenceDescription CoreNLP annotators and settings
 * @param referenceCoreNlpTokens tokens by CoreNLP's own tokenizer over the articles it read
 */
public record BenchReport(
        int corpusArticles,
        int sampleArticles,
        BenchSettings settings,
        PhaseResult vigil,
        long incidentsFound,
        Optional<PhaseResult> vigilOnReferenceSample,
        Optional<PhaseResult> reference,
        Optional<String> referenceDescription,
        long referenceCoreNlpTokens) {

    private static final double MB = 1024.0 * 1024.0;

    public BenchReport {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(vigil, "vigil");
        Objects.requireNonNull(vigilOnReferenceSample, "vigilOnReferenceSample");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(referenceDescription, "referenceDescription");
    }

    /** Vigil's tokens per second per core divided by CoreNLP's, over the same articles; empty without a reference. */
    public Optional<Double> tokensPerSecondRatio() {
        return reference.flatMap(ref -> vigilOnReferenceSample.filter(v -> ref.tokensPerCpuSecond() > 0)
                .map(v -> v.tokensPerCpuSecond() / ref.tokensPerCpuSecond()));
    }

    /** A plain-text table for people. */
    public String toTable() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "vigil bench: %d articles in the corpus, sample of %d (seed %d), single thread%n",
                corpusArticles, sampleArticles, settings.seed()));
        out.append("tokens: words and single punctuation marks (TokenCounter), counted once for both pipelines\n");
        out.append("per core = per CPU second of the benchmarking thread; heap peak = sum of heap pool peaks\n");
        referenceDescription.ifPresent(d -> out.append("reference: Stanford CoreNLP 4.5.10 ").append(d).append('\n'));
        out.append('\n');
        String header = String.format(Locale.ROOT, "%-22s %8s %10s %9s %12s %12s %12s %10s %10s %10s %8s%n",
                "pipeline", "articles", "tokens", "CPU s", "articles/s", "tokens/s", "tokens/s", "ms/article",
                "peak heap", "heap GC'd", "load");
        out.append(header);
        out.append(String.format(Locale.ROOT, "%-22s %8s %10s %9s %12s %12s %12s %10s %10s %10s %8s%n",
                "", "", "", "", "per core", "per core", "wall", "CPU", "MB", "MB", "s"));
        out.append(row("vigil (all read)", vigil));
        vigilOnReferenceSample.ifPresent(v -> out.append(row("vigil (same as ref.)", v)));
        reference.ifPresent(r -> out.append(row("corenlp", r)));
        out.append('\n');
        out.append(String.format(Locale.ROOT, "vigil found %d incidents in %d articles%n", incidentsFound, vigil.articles()));
        reference.ifPresent(r -> out.append(String.format(Locale.ROOT,
                "corenlp's own tokenizer counted %d tokens where TokenCounter counted %d; model heap after load %.0f MB%n",
                referenceCoreNlpTokens, r.tokens(), r.loadHeapBytes() / MB)));
        tokensPerSecondRatio().ifPresent(ratio -> out.append(String.format(Locale.ROOT,
                "tokens/s per core, vigil / corenlp over the same %d articles: %.1f x%n",
                vigilOnReferenceSample.orElseThrow().articles(), ratio)));
        if (reference.isEmpty()) out.append("reference pipeline skipped (--reference-seconds 0)\n");
        return out.toString();
    }

    /** The same figures as one JSON object. */
    public String toJson() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("corpus_articles", corpusArticles);
        root.put("sample_articles", sampleArticles);
        root.put("seed", settings.seed());
        root.put("token_counter", "words and single punctuation marks");
        root.put("vigil", phase(vigil));
        root.put("incidents_found", incidentsFound);
        vigilOnReferenceSample.ifPresent(v -> root.put("vigil_on_reference_sample", phase(v)));
        reference.ifPresent(r -> {
            Map<String, Object> ref = phase(r);
            ref.put("pipeline", "Stanford CoreNLP 4.5.10 " + referenceDescription.orElse(""));
            ref.put("corenlp_tokens", referenceCoreNlpTokens);
            root.put("reference", ref);
        });
        tokensPerSecondRatio().ifPresent(ratio -> root.put("tokens_per_second_ratio", round(ratio)));
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the benchmark report as JSON", e);
        }
    }

    private static String row(String label, PhaseResult p) {
        return String.format(Locale.ROOT, "%-22s %8d %10d %9.2f %12.1f %12.0f %12.0f %10.3f %10.0f %10.0f %8s%n",
                label, p.articles(), p.tokens(), p.cpuNanos() / 1e9, p.articlesPerCpuSecond(), p.tokensPerCpuSecond(),
                p.tokensPerWallSecond(), p.cpuMillisPerArticle(), p.peakHeapBytes() / MB, p.heapAfterGcBytes() / MB,
                p.loadNanos() == 0 ? "-" : String.format(Locale.ROOT, "%.1f", p.loadNanos() / 1e9));
    }

    private static Map<String, Object> phase(PhaseResult p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("articles", p.articles());
        m.put("tokens", p.tokens());
        m.put("cpu_seconds", round(p.cpuNanos() / 1e9));
        m.put("wall_seconds", round(p.wallNanos() / 1e9));
        m.put("articles_per_cpu_second", round(p.articlesPerCpuSecond()));
        m.put("tokens_per_cpu_second", round(p.tokensPerCpuSecond()));
        m.put("tokens_per_wall_second", round(p.tokensPerWallSecond()));
        m.put("peak_heap_mb", round(p.peakHeapBytes() / MB));
        m.put("heap_after_gc_mb", round(p.heapAfterGcBytes() / MB));
        if (p.loadNanos() > 0) {
            m.put("load_seconds", round(p.loadNanos() / 1e9));
            m.put("model_heap_mb", round(p.loadHeapBytes() / MB));
        }
        return m;
    }

    /** Three decimals, written plainly (115412447.086, not 1.15412447086E8). */
    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
    }
}
