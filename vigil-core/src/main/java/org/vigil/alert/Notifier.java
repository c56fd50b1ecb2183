package org.vigil.alert;

import java.util.List;
import java.util.Objects;

/** Sends notifications to one kind of delivery target (e-mail, webhook); a delivery either arrives or throws {@link DeliveryFailure}. */
public interface Notifier {

    /** What one send carries: one notification, or all of a digest window's, under one idempotency key. */
    record Outgoing(DeliveryTarget target, String idempotencyKey, List<Notification> notifications) {
        public Outgoing {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(idempotencyKey, "idempotencyKey");
            notifications = List.copyOf(notifications);
            if (notifications.isEmpty()) throw new IllegalArgumentException("Nothing to send to " + target.address());
        }
    }

    /** Why a delivery did not arrive; a permanent failure is parked at once instead of retried. */
    final class DeliveryFailure extends Exception {
        private final boolean permanent;

        public DeliveryFailure(String message, boolean permanent, Throwable cause) {
            super(message, cause);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }

    void send(Outgoing outgoing) throws DeliveryFailure;
}
