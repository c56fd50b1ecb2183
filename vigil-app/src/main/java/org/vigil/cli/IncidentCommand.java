package org.vigil.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vigil.extract.IncidentMention;
import org.vigil.store.IncidentExplanation;
import org.vigil.store.IncidentStore;
import org.vigil.store.SqliteIncidentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil incident explain ID}: one incident's mentions, their articles, and why each was merged into it. */
@Command(name = "incident", mixinStandardHelpOptions = true, description = "Look at one stored incident.",
        subcommands = IncidentCommand.Explain.class)
final class IncidentCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "explain", mixinStandardHelpOptions = true,
            description = "Say why the mentions of an incident were merged: each mention, its article, and the merger's reason.")
    static final class Explain implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "ID", description = "Incident id, as 'vigil incidents' lists it.")
        long id;

        @Option(names = "--db", paramLabel = "FILE", description = "SQLite store (default: ${DEFAULT-VALUE}).")
        Path db = SqliteIncidentStore.defaultLocation();

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.exists(db)) {
                err.println("error: no store at " + db + "; run 'vigil ingest' or 'vigil demo' first, or pass --db");
                return 2;
            }
            try (IncidentStore store = SqliteIncidentStore.open(db)) {
                Optional<IncidentExplanation> explanation = store.explain(id);
                if (explanation.isEmpty()) {
                    err.println("error: no incident " + id + " in " + db + "; see 'vigil incidents'");
                    return 2;
                }
                out.println("Incident " + id + ": " + explanation.get().entries().size() + " mention(s)");
                int n = 0;
                for (IncidentExplanation.Entry e : explanation.get().entries()) {
                    IncidentMention m = e.mention();
                    out.printf("%n%d. %s, %s \"%s\"%n", ++n, e.published(), m.articleId(), e.articleTitle());
                    out.printf("   %s | %s | %s, %s | %s | killed %s | injured %s%n", m.type().code(),
                            m.date().map(Object::toString).orElse("no date"), m.place().orElse("no place"), m.country().orElse("-"),
                            m.perpetrator().orElse("no group"), m.killed().isPresent() ? m.killed().getAsInt() : "-",
                            m.injured().isPresent() ? m.injured().getAsInt() : "-");
                    out.println("   evidence: " + m.evidenceText());
                    out.println("   why: " + e.reason());
                }
                return 0;
            }
        }
    }
}
