package org.vigil.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The vigil command line: reads articles, extracts the incidents they state, stores and lists them,
 * and measures extraction against gold files. Every stage is built in {@link Components}.
 */
@Command(name = "vigil", mixinStandardHelpOptions = true, version = "Vigil 0.1.0",
        description = "Incident intelligence about terrorism and political violence, extracted from news.",
        subcommandsRepeatable = false)
public final class Vigil implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The command line with every subcommand, sharing one set of components. */
    public static CommandLine commandLine(Components components) {
        CommandLine cli = new CommandLine(new Vigil());
        cli.addSubcommand("ingest", new IngestCommand(components));
        cli.addSubcommand("incidents", new IncidentsCommand(components));
        cli.addSubcommand("extract", new ExtractCommand(components));
        cli.addSubcommand("eval", new EvalCommand(components));
        cli.addSubcommand("train-relevance", new TrainRelevanceCommand(components));
        cli.addSubcommand("demo", new DemoCommand(components));
        cli.addSubcommand("feeds", new FeedsCommand());
        cli.addSubcommand("follow", new FollowCommand(components));
        cli.addSubcommand("incident", new IncidentCommand());
        cli.addSubcommand("serve", new ServeCommand(components));
        cli.addSubcommand("bench-web", new BenchWebCommand(components));
        cli.addSubcommand("clean", new CleanCommand(components));
        cli.addSubcommand("user", new UserCommand());
        cli.addSubcommand("export-gold", new ExportGoldCommand());
        cli.addSubcommand("watch", new WatchCommand(components));
        cli.addSubcommand("bench-alerts", new BenchAlertsCommand(components));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("error: " + e.getMessage());
            return 2;
        });
        return cli;
    }

    public static void main(String[] args) {
        int status = commandLine(new Components(List.of())).execute(args);
        System.exit(status);
    }
}
