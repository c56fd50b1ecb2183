package org.vigil.alert;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of the outbox: a notification to be sent, or sent, to one target, with the idempotency key
 * every attempt carries, how many attempts failed and why the last one did.
 *
 * @param digest the e-mail digest it waits for, sent with the target's other digest deliveries; NONE goes alone
 */
public record Delivery(long id, long notificationId, long targetId, String idempotencyKey, Status status, int attempts, long dueAt,
                       Optional<String> lastError, DeliveryTarget.Digest digest) {

    public enum Status {
        PENDING, DELIVERED, PARKED, CANCELLED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Delivery {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(digest, "digest");
    }
}
