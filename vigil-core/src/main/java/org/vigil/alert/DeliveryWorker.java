package org.vigil.alert;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Empties the outbox: leases each due delivery, sends it with the notifier of its target's kind, and
 * records the outcome. A failure is retried with exponential backoff up to a cap and parked after the
 * last allowed attempt (or at once when it cannot succeed), where its owner sees it. E-mail targets
 * with a digest get everything due in one message. Deliveries left pending by a stopped process are
 * sent when a worker next runs, with the idempotency key they were written with.
 */
public final class DeliveryWorker implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());
    private static final int BATCH = 100;

    private final Alerts alerts;
    private final Map<DeliveryTarget.Kind, Notifier> notifiers;
    private final AlertSettings settings;
    private Thread thread;
    private volatile boolean running;

    public DeliveryWorker(Alerts alerts, Map<DeliveryTarget.Kind, Notifier> notifiers, AlertSettings settings) {
        this.alerts = alerts;
        this.notifiers = new EnumMap<>(notifiers);
        this.settings = settings;
    }

    /** The notifiers the settings allow: webhooks always, e-mail when an SMTP server is configured. */
    public static Map<DeliveryTarget.Kind, Notifier> notifiers(AlertSettings settings) {
        Map<DeliveryTarget.Kind, Notifier> map = new EnumMap<>(DeliveryTarget.Kind.class);
        map.put(DeliveryTarget.Kind.WEBHOOK, new WebhookNotifier(new WebhookPolicy(settings.allowPrivateWebhooks()), java.time.Duration.ofSeconds(10)));
        settings.smtp().ifPresent(smtp -> map.put(DeliveryTarget.Kind.EMAIL, new EmailNotifier(smtp)));
        return map;
    }

    /** One pass over what is due now; returns how many sends succeeded. */
    public int deliverDue() {
        int sent = 0;
        List<Delivery> due = alerts.due(BATCH);
        Map<Long, List<Delivery>> digests = new LinkedHashMap<>();
        for (Delivery delivery : due) {
            Optional<DeliveryTarget> target = alerts.target(delivery.targetId());
            if (target.isEmpty()) {
                alerts.failed(delivery.id(), delivery.attempts(), delivery.dueAt(), "The delivery target was removed", true);
            } else if (target.get().digest() != DeliveryTarget.Digest.NONE) {
                digests.computeIfAbsent(target.get().id(), id -> new ArrayList<>()).add(delivery);
            } else if (send(target.get(), List.of(delivery))) {
                sent++;
            }
        }
        for (List<Delivery> batch : digests.values()) {
            if (send(alerts.target(batch.get(0).targetId()).orElseThrow(), batch)) sent++;
        }
        return sent;
    }

    private boolean send(DeliveryTarget target, List<Delivery> deliveries) {
        long leaseUntil = alerts.clock().millis() + settings.lease().toMillis();
        List<Delivery> leased = new ArrayList<>();
        List<Notification> notifications = new ArrayList<>();
        for (Delivery d : deliveries) {
            if (!alerts.lease(d.id(), leaseUntil)) continue; // another worker has it
            Optional<Notification> n = alerts.notification(d.notificationId());
            if (n.isEmpty()) {
                alerts.failed(d.id(), d.attempts(), d.dueAt(), "Its notification no longer exists", true);
                continue;
            }
            leased.add(d);
            notifications.add(n.get());
        }
        if (leased.isEmpty()) return false;
        Delivery first = leased.get(0);
        Notifier notifier = notifiers.get(target.kind());
        try {
            if (notifier == null) {
                throw new Notifier.DeliveryFailure("No " + target.kind().code() + " delivery is configured (set VIGIL_SMTP_HOST or smtp.host)", false, null);
            }
            notifier.send(new Notifier.Outgoing(target, first.idempotencyKey(), notifications));
            leased.forEach(d -> alerts.delivered(d.id()));
            return true;
        } catch (Notifier.DeliveryFailure e) {
            for (Delivery d : leased) {
                int attempts = d.attempts() + 1;
                boolean park = e.permanent() || attempts >= settings.maxAttempts();
                long next = alerts.clock().millis() + settings.backoff(attempts).toMillis();
                alerts.failed(d.id(), attempts, next, e.getMessage(), park);
            }
            return false;
        } catch (RuntimeException e) {
            // A bug in a notifier must not stop the worker; the lease runs out and the delivery is tried again.
            LOG.log(Level.WARNING, "Delivery to " + target.address() + " failed unexpectedly", e);
            return false;
        }
    }

    /** Starts polling in a background (daemon) thread every {@link AlertSettings#poll()}. */
    public synchronized DeliveryWorker start() {
        if (thread != null) return this;
        running = true;
        thread = new Thread(this::loop, "vigil-delivery");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    private void loop() {
        while (running) {
            try {
                int sent = deliverDue();
                if (sent == 0) Thread.sleep(settings.poll().toMillis());
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                if (!running) return;
                LOG.log(Level.WARNING, "Delivery pass failed; trying again", e);
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
        }
    }

    /** Stops the background thread, waiting for a send in progress to end. */
    @Override
    public synchronized void close() {
        running = false;
        if (thread == null) return;
        thread.interrupt();
        try {
            thread.join(15_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }
}
