package org.vigil.review;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Records who changed what and when, and shows the newest entries to admins. */
public final class AuditLog {
    private final ReviewStore store;
    private final Clock clock;

    public AuditLog(ReviewStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Records a change; an empty actor is the command line. Called inside the change's own
     * {@link ReviewStore#transaction}, so the entry commits with the change or not at all.
     */
    public void record(Optional<Account> actor, String action, String target, String detail) {
        store.audit(clock.instant(), actor, action, target, detail);
    }

    /** The newest {@code limit} entries, for an admin. */
    public List<AuditEntry> recent(Optional<Account> viewer, int limit) {
        Access.require(viewer, Role.ADMIN, "read the audit log");
        return store.audit(Math.max(1, Math.min(limit, 1000)));
    }
}
