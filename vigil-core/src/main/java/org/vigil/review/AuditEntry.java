package org.vigil.review;

import java.time.Instant;
import java.util.Objects;

/** One change: when, by whom, what was done ({@code comment.delete}) to what ({@code comment 7}), and details. */
public record AuditEntry(long id, Instant at, String actor, String action, String target, String detail) {
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(detail, "detail");
    }
}
