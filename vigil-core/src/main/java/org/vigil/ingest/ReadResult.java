package org.vigil.ingest;

import java.util.List;
import java.util.Objects;

/** The outcome of reading one input (a file, a JSON line or a page): an accepted article or a rejection that says why. */
public sealed interface ReadResult permits ReadResult.Accepted, ReadResult.Rejected {

    /**
     * An article that was read, with anything the reader had to guess noted in {@code warnings}.
     *
     * @param article the article
     * @param warnings sentences about guesses made while reading (say, a file time used as the publication date)
     */
    record Accepted(Article article, List<String> warnings) implements ReadResult {
        public Accepted {
            Objects.requireNonNull(article, "article");
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * An input that could not become an article.
     *
     * @param input the file path, {@code path:line N} for a JSON line, or the URL
     * @param problem what is wrong with it, as a sentence fragment following the input
     */
    record Rejected(String input, String problem) implements ReadResult {
        public Rejected {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(problem, "problem");
        }

        /** The input and its problem, as {@code "<input>: <problem>"}. */
        public String message() {
            return input + ": " + problem;
        }
    }
}
