package org.vigil.ingest;

import java.nio.file.Path;

/** A page file that {@link HtmlCleaner#cleanFile} cannot read as HTML, with a sentence naming the file and the problem. */
public final class UnreadablePage extends RuntimeException {
    private final Path file;

    public UnreadablePage(Path file, String problem) {
        super(file + " " + problem);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
