package org.vigil.review;

import java.time.Instant;
import java.util.Objects;

/**
 * A logged-in account: the secret token its cookie carries (only the token's hash is stored), the
 * CSRF token every write must echo, and when it ends.
 */
public record Session(String token, String csrf, Account account, Instant expires) {
    public Session {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(csrf, "csrf");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(expires, "expires");
    }
}
