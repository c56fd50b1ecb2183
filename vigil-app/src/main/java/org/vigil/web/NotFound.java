package org.vigil.web;

/** A request for an incident, article, group or country the store does not have; the message names what was asked for. */
final class NotFound extends RuntimeException {
    NotFound(String message) {
        super(message);
    }
}
