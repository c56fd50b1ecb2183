package org.vigil.bench;

/** A benchmark corpus that cannot be read: a missing file, a malformed line or an article without text. */
public final class UnreadableCorpusException extends RuntimeException {
    public UnreadableCorpusException(String message) {
        super(message);
    }

    public UnreadableCorpusException(String message, Throwable cause) {
        super(message, cause);
    }
}
