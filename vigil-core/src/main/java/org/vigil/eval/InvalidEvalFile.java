package org.vigil.eval;

import java.nio.file.Path;
import java.util.List;

/** A gold or prediction file that cannot be read, with every problem found, each naming the file and line. */
public final class InvalidEvalFile extends RuntimeException {
    private final Path file;
    private final List<String> problems;

    public InvalidEvalFile(Path file, List<String> problems) {
        super(problems.size() == 1 ? problems.get(0)
                : file + " has " + problems.size() + " problems:\n  " + String.join("\n  ", problems));
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public Path file() {
        return file;
    }

    /** One sentence per problem, such as {@code gold.jsonl:3 (dev-003) incident 1: killed must be ...}. */
    public List<String> problems() {
        return problems;
    }
}
