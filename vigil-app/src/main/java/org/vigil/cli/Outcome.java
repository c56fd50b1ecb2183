package org.vigil.cli;

import java.io.PrintWriter;

/** Counts what a batch did and ends it with one summary line and an exit status: 1 when anything failed. */
final class Outcome {
    int accepted;
    int added;
    int unchanged;
    int updated;
    int incidents;
    int failed;
    int warnings;

    void error(PrintWriter err, String message) {
        failed++;
        err.println("error: " + message);
    }

    void warning(PrintWriter err, String message) {
        warnings++;
        err.println("warning: " + message);
    }

    int status() {
        return failed > 0 ? 1 : 0;
    }
}
