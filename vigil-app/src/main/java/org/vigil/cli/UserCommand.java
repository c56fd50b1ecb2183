package org.vigil.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vigil.review.Account;
import org.vigil.review.Refusal;
import org.vigil.review.Review;
import org.vigil.review.Role;
import org.vigil.review.SqliteReviewStore;
import org.vigil.store.SqliteIncidentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil user add NAME --role ROLE}: creates an account; the password is asked for, or read from standard input. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage the accounts of the web UI.",
        subcommands = UserCommand.Add.class)
final class UserCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code vigil user add}: the first admin is made this way. */
    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"Create an account. The password is prompted for twice on a terminal, else read as the first line of standard input",
                    "(echo \"$PASSWORD\" | vigil user add alice --role analyst)."})
    static final class Add implements Callable<Integer> {
        /** Where the password comes from when there is no terminal; tests replace it. */
        static InputStream input = System.in;

        @Spec
        CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME", description = "Account name: letters, digits, dots, dashes, underscores.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "admin, analyst or reader.")
        String role;

        @Option(names = "--db", paramLabel = "FILE", description = "SQLite store (default: ${DEFAULT-VALUE}).")
        Path db = SqliteIncidentStore.defaultLocation();

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            Optional<Role> r = Role.fromCode(role);
            if (r.isEmpty()) {
                err.println("error: Option '--role' must be " + Role.choices() + "; got '" + role + "'");
                return 2;
            }
            Optional<String> password = password(err);
            if (password.isEmpty()) return 2;
            try (SqliteIncidentStore incidents = SqliteIncidentStore.open(db); SqliteReviewStore store = SqliteReviewStore.open(db)) {
                Account account = Review.over(store, incidents).accounts().add(Optional.empty(), name, r.get(), password.get());
                spec.commandLine().getOut().println("Added " + account.role().code() + " '" + account.name() + "' to " + db.toAbsolutePath());
                return 0;
            } catch (Refusal.BadInput e) {
                e.problems().forEach(p -> err.println("error: " + p));
                return 2;
            }
        }

        private Optional<String> password(PrintWriter err) throws IOException {
            Console console = System.console();
            if (console != null && input == System.in) {
                char[] first = console.readPassword("Password for %s: ", name);
                char[] again = console.readPassword("Again: ");
                if (first == null || again == null || !new String(first).equals(new String(again))) {
                    err.println("error: the two passwords differ; nothing was changed");
                    return Optional.empty();
                }
                return Optional.of(new String(first));
            }
            String line = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                err.println("error: no password on standard input; type it at a terminal or pipe it in: echo \"$PASSWORD\" | vigil user add " + name
                        + " --role " + role);
                return Optional.empty();
            }
            return Optional.of(line);
        }
    }
}
