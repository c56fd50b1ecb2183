package org.vigil.store;

/** A store that cannot be opened or read or written; the message names the database file and the problem. */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
