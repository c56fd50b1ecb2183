package org.vigil.web;

/** A write refused because its account or address used up its writes for the minute; says when to retry. */
final class TooManyWrites extends RuntimeException {
    private final long retryAfterSeconds;

    TooManyWrites(String message, long retryAfterSeconds) {
        super(message);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
