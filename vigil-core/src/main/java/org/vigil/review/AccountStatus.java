package org.vigil.review;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** An account as admins manage it: who it is and what role it has, when it was made, and since when it is disabled, if it is. */
public record AccountStatus(Account account, Instant created, Optional<Instant> disabled) {
    public AccountStatus {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(disabled, "disabled");
    }

    /** True while the account may log in. */
    public boolean active() {
        return disabled.isEmpty();
    }
}
