package org.vigil.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.ingest.Article;

class BenchmarkTest {

    private static final BenchSettings NO_REFERENCE = new BenchSettings(7, 0, Duration.ZERO, Duration.ofSeconds(30),
            Duration.ZERO, Map.of());

    private static Article article(String id, String text) {
        return new Article(id, Optional.empty(), "", LocalDate.of(2024, 3, 27), "en", text, Article.paragraphsOf(text), "test");
    }

    private final List<Article> twoArticles = List.of(
            article("a", "Gunmen stormed a concert hall on Friday. At least 40 people were killed."),
            article("b", "Police arrested four suspects on Saturday. They appeared in court on Sunday."));

    @Test
    void reportsPositiveFiguresForTheExtractorOnTwoArticles() {
        BenchReport report = new Benchmark(new BaselineExtractor(), NO_REFERENCE).run(twoArticles);

        PhaseResult vigil = report.vigil();
        assertThat(vigil.articles()).isEqualTo(2);
        assertThat(vigil.tokens()).isEqualTo(29);
        assertThat(vigil.cpuNanos()).isPositive();
        assertThat(vigil.tokensPerCpuSecond()).isPositive();
        assertThat(vigil.articlesPerCpuSecond()).isPositive();
        assertThat(vigil.peakHeapBytes()).isPositive();
        assertThat(vigil.heapAfterGcBytes()).isPositive();
        assertThat(report.incidentsFound()).isZero();
    }

    @Test
    void skipsTheReferenceWhenItHasNoTime() {
        BenchReport report = new Benchmark(new BaselineExtractor(), NO_REFERENCE).run(twoArticles);

        assertThat(report.reference()).isEmpty();
        assertThat(report.tokensPerSecondRatio()).isEmpty();
        assertThat(report.toTable()).contains("vigil (all read)", "reference pipeline skipped");
        assertThat(report.toJson()).contains("\"tokens_per_cpu_second\"").doesNotContain("\"reference\"");
    }

    @Test
    void limitsTheSampleToMaxArticles() {
        BenchSettings one = new BenchSettings(7, 1, Duration.ZERO, Duration.ofSeconds(30), Duration.ZERO, Map.of());

        BenchReport report = new Benchmark(new BaselineExtractor(), one).run(twoArticles);

        assertThat(report.sampleArticles()).isEqualTo(1);
        assertThat(report.vigil().articles()).isEqualTo(1);
    }

    /** Loads CoreNLP's models (about 15 s and 1 GB of heap); the module only builds with -Pbench. */
    @Test
    void measuresTheReferenceOnTheSameArticlesAndGivesTheRatio() {
        BenchSettings withReference = new BenchSettings(7, 0, Duration.ZERO, Duration.ofSeconds(30), Duration.ofSeconds(1), Map.of());

        BenchReport report = new Benchmark(new BaselineExtractor(), withReference).run(twoArticles);

        PhaseResult reference = report.reference().orElseThrow();
        assertThat(reference.articles()).isBetween(1, 2);
        assertThat(reference.tokensPerCpuSecond()).isPositive();
        assertThat(reference.loadNanos()).isPositive();
        assertThat(reference.loadHeapBytes()).isPositive();
        assertThat(report.referenceCoreNlpTokens()).isPositive();
        assertThat(report.vigilOnReferenceSample().orElseThrow().articles()).isEqualTo(reference.articles());
        assertThat(report.tokensPerSecondRatio()).hasValueSatisfying(ratio -> assertThat(ratio).isPositive());
        assertThat(report.referenceDescription()).hasValueSatisfying(d -> assertThat(d).startsWith("tokenize,ssplit,pos,lemma,ner ("));
        assertThat(report.toTable()).contains("corenlp", "vigil / corenlp over the same");
    }

    @Test
    void rejectsAnEmptyCorpus() {
        assertThatThrownBy(() -> new Benchmark(new BaselineExtractor(), NO_REFERENCE).run(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The benchmark corpus has no article");
    }
}
