package org.vigil.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the vigil command line in process: its exit status and what it printed to each stream. */
record Run(int status, String out, String err) {
    private static Components shared;

    /** One set of Vigil's stages for every test class of this JVM: the gazetteer and tables load once. */
    static synchronized Components components() {
        if (shared == null) shared = new Components(java.util.List.of());
        return shared;
    }

    /** A run of the command line with the shared stages. */
    static Run vigil(String... args) {
        return of(components(), args);
    }

    static Run of(Components components, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Vigil.commandLine(components);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute(args);
        return new Run(status, out.toString(), err.toString());
    }
}
