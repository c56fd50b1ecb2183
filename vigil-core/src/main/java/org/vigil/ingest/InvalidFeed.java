package org.vigil.ingest;

/** A document that cannot be read as an RSS or Atom feed; the message names the address and the problem. */
public final class InvalidFeed extends RuntimeException {
    public InvalidFeed(String message, Throwable cause) {
        super(message, cause);
    }
}
