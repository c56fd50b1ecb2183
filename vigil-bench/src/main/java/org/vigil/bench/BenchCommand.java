package org.vigil.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.vigil.cli.Components;
import org.vigil.cli.Vigil;
import org.vigil.extract.IncidentExtractor;
import java.util.function.Supplier;
import org.vigil.ingest.Article;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The {@code vigil bench} subcommand: reads a corpus, runs a {@link Benchmark} and prints its report. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures the extractor's articles and tokens per second per core and its heap, then, in the same run "
                + "and on the same seeded sample, the reference pipeline (CoreNLP tokenize,ssplit,pos,lemma,ner), "
                + "and prints the ratio.",
                "Without CORPUS it reads ../shared/eval/{seed,dev,wiki-dev,muc-dev}.jsonl."})
public final class BenchCommand implements Callable<Integer> {

    private final Supplier<IncidentExtractor> extractor;

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "CORPUS",
            description = "a gold-format .jsonl file, a .txt file (title on the first line) or a folder of them")
    private Path corpus;

    @Option(names = "--reference-seconds", defaultValue = "90", paramLabel = "S",
            description = "how long to measure CoreNLP, after loading and warming it up (0 skips it; default ${DEFAULT-VALUE})")
    private long referenceSeconds;

    @Option(names = "--warmup-seconds", defaultValue = "10", paramLabel = "S",
            description = "untimed run of each pipeline before it is measured (default ${DEFAULT-VALUE})")
    private long warmupSeconds;

    @Option(names = "--vigil-seconds", defaultValue = "600", paramLabel = "S",
            description = "stop measuring the extractor after this long (default ${DEFAULT-VALUE})")
    private long vigilSeconds;

    @Option(names = "--max-articles", defaultValue = "0", paramLabel = "N",
            description = "use only the first N articles of the shuffled corpus (0 = all)")
    private int maxArticles;

    @Option(names = "--seed", defaultValue = "42", description = "seed of the shuffle that picks the sample (default ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--reference-property", paramLabel = "KEY=VALUE",
            description = "a CoreNLP property for the reference, e.g. ner.applyFineGrained=false (repeatable)")
    private Map<String, String> referenceProperties = new LinkedHashMap<>();

    @Option(names = "--json", description = "print the report as JSON")
    private boolean json;

    /** The extractor is built only when the command runs, so that {@code --help} stays instant. */
    public BenchCommand(Supplier<IncidentExtractor> extractor) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
    }

    @Override
    public Integer call() {
        BenchSettings settings;
        List<Article> articles;
        try {
            settings = new BenchSettings(seed, maxArticles, Duration.ofSeconds(warmupSeconds), Duration.ofSeconds(vigilSeconds),
                    Duration.ofSeconds(referenceSeconds), referenceProperties);
            BenchCorpus reader = new BenchCorpus();
            articles = corpus == null ? reader.loadDefault(Path.of("")) : reader.load(corpus);
        } catch (UnreadableCorpusException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("vigil bench: " + e.getMessage());
            return 2;
        }
        BenchReport report = new Benchmark(extractor.get(), settings).run(articles);
        spec.commandLine().getOut().println(json ? report.toJson() : report.toTable());
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The vigil command line with {@code bench} added: what {@code ./vigil bench} runs. */
    public static void main(String[] args) {
        Components components = new Components(List.of());
        CommandLine cli = Vigil.commandLine(components);
        cli.addSubcommand("bench", new BenchCommand(components::extractor));
        System.exit(cli.execute(args));
    }
}
