package org.vigil.alert;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Empties the outbox: leases the due deliveries, sends them with the notifier of each target's kind
 * (several at once), and records the outcomes. A failure is retried with exponential backoff up to a
 * cap and parked after the last allowed attempt (or at once when it cannot succeed), where its owner
 * sees it. E-mail targets with a digest get everything due in one message. Deliveries left pending by
 * a stopped process are sent when a worker next runs, with the idempotency key they were written with.
 */
public final class DeliveryWorker implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class.getName());
    private static final int BATCH = 200;
    private static final int SENDERS = 8;

    private final Alerts alerts;
    private final Map<DeliveryTarget.Kind, Notifier> notifiers;
    private final AlertSettings settings;
    private final ExecutorService senders;
    private Thread thread;
    private volatile boolean running;

    public DeliveryWorker(Alerts alerts, Map<DeliveryTarget.Kind, Notifier> notifiers, AlertSettings settings) {
        this.alerts = alerts;
        this.notifiers = new EnumMap<>(notifiers);
        this.settings = settings;
        this.senders = Executors.newFixedThreadPool(SENDERS, r -> {
            Thread t = new Thread(r, "vigil-delivery-send");
            t.setDaemon(true);
            return t;
        });
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
        List<Delivery> due = alerts.due(BATCH);
        if (due.isEmpty()) return 0;
        Set<Long> leased = alerts.lease(due, alerts.clock().millis() + settings.lease().toMillis());
        Map<Long, Optional<DeliveryTarget>> targets = new HashMap<>();
        Map<Long, List<Delivery>> byTarget = new LinkedHashMap<>();
        List<Alerts.Outcome> outcomes = new ArrayList<>();
        for (Delivery d : due) {
            if (!leased.contains(d.id())) continue; // another worker has it
            Optional<DeliveryTarget> target = targets.computeIfAbsent(d.targetId(), alerts::target);
            if (target.isEmpty()) {
                outcomes.add(new Alerts.Outcome(d.id(), false, d.attempts(), d.dueAt(), "The delivery target was removed", true));
            } else {
                byTarget.computeIfAbsent(d.targetId(), id -> new ArrayList<>()).add(d);
            }
        }
        List<Send> sends = new ArrayList<>();
        for (Map.Entry<Long, List<Delivery>> entry : byTarget.entrySet()) {
            DeliveryTarget target = targets.get(entry.getKey()).orElseThrow();
            // Whatever waited for a digest window and is due now goes out in one message; the rest one by one.
            List<Delivery> digest = entry.getValue().stream().filter(d -> d.digest() != DeliveryTarget.Digest.NONE).toList();
            if (!digest.isEmpty()) sends.add(new Send(target, digest));
            entry.getValue().stream().filter(d -> d.digest() == DeliveryTarget.Digest.NONE).forEach(d -> sends.add(new Send(target, List.of(d))));
        }
        List<Future<List<Alerts.Outcome>>> futures = new ArrayList<>();
        for (Send send : sends) futures.add(senders.submit(() -> send(send)));
        int sent = 0;
        for (Future<List<Alerts.Outcome>> future : futures) {
            try {
                List<Alerts.Outcome> result = future.get();
                outcomes.addAll(result);
                if (!result.isEmpty() && result.get(0).sent()) sent++;
            } catch (ExecutionException e) {
                // A bug in a notifier must not stop the worker; the lease runs out and the delivery is tried again.
                LOG.log(Level.WARNING, "A delivery failed unexpectedly", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        alerts.record(outcomes);
        return sent;
    }

    /** One message to one target: one delivery, or a digest of several. */
    private record Send(DeliveryTarget target, List<Delivery> deliveries) { }

    private List<Alerts.Outcome> send(Send send) {
        List<Notification> notifications = new ArrayList<>();
        List<Delivery> sending = new ArrayList<>();
        List<Alerts.Outcome> outcomes = new ArrayList<>();
        for (Delivery d : send.deliveries()) {
            Optional<Notification> n = alerts.notification(d.notificationId());
            if (n.isPresent()) {
                notifications.add(n.get());
                sending.add(d);
            } else {
                outcomes.add(new Alerts.Outcome(d.id(), false, d.attempts(), d.dueAt(), "Its notification no longer exists", true));
            }
        }
        if (sending.isEmpty()) return outcomes;
        Notifier notifier = notifiers.get(send.target().kind());
        try {
            if (notifier == null) {
                throw new Notifier.DeliveryFailure("No " + send.target().kind().code() + " delivery is configured (set VIGIL_SMTP_HOST or smtp.host)", false, null);
            }
            notifier.send(new Notifier.Outgoing(send.target(), sending.get(0).idempotencyKey(), notifications));
            List<Alerts.Outcome> done = new ArrayList<>();
            sending.forEach(d -> done.add(new Alerts.Outcome(d.id(), true, d.attempts() + 1, d.dueAt(), "", false)));
            done.addAll(outcomes);
            return done;
        } catch (Notifier.DeliveryFailure e) {
            for (Delivery d : sending) {
                int attempts = d.attempts() + 1;
                boolean park = e.permanent() || attempts >= settings.maxAttempts();
                long next = alerts.clock().millis() + settings.backoff(attempts).toMillis();
                outcomes.add(new Alerts.Outcome(d.id(), false, attempts, next, e.getMessage(), park));
            }
            return outcomes;
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
                if (deliverDue() == 0 && running) Thread.sleep(settings.poll().toMillis());
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

    /** Stops the background thread, waiting for a round of sends in progress to end. */
    @Override
    public synchronized void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
        senders.shutdownNow();
    }
}
