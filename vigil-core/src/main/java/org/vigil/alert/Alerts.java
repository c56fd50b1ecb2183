package org.vigil.alert;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.vigil.store.ChangedIncident;
import org.vigil.store.ChangedIncidents;
import org.vigil.store.StoreException;
import org.vigil.store.Transaction;
import org.vigil.store.VigilDatabase;

/**
 * Watchlists, delivery targets, subscriptions, notifications and deliveries of the users of one Vigil
 * database, on a connection of its own. Every method takes the owner and touches only that owner's
 * rows: a user sees and changes only their own.
 */
public final class Alerts implements AutoCloseable {
    private final Path file;
    private final Connection connection;
    private final Clock clock;
    private final WebhookPolicy webhooks;

    private Alerts(Path file, Connection connection, Clock clock, WebhookPolicy webhooks) {
        this.file = file;
        this.connection = connection;
        this.clock = clock;
        this.webhooks = webhooks;
    }

    /** Opens the alert tables of the Vigil database in {@code file}, creating or migrating it as needed. */
    public static Alerts open(Path file, AlertSettings settings, Clock clock) {
        return new Alerts(file, VigilDatabase.connect(file), clock, new WebhookPolicy(settings.allowPrivateWebhooks()));
    }

    // ---- watchlists

    /** @throws InvalidWatchlist when the owner already has a watchlist of that name */
    public Watchlist createWatchlist(String owner, String name, WatchCriteria criteria, boolean active) {
        return createWatchlist(new Watchlist(0, owner, name.strip(), criteria, active));
    }

    /**
     * Creates the watchlist of {@code draft.owner()} with the draft's name, criteria, active flag and e-mail digest; its id is ignored.
     *
     * @throws InvalidWatchlist when the owner already has a watchlist of that name
     */
    public synchronized Watchlist createWatchlist(Watchlist draft) {
        return run("create watchlist " + draft.name(), () -> {
            if (WatchlistTable.byName(connection, draft.owner(), draft.name()).isPresent()) {
                throw new InvalidWatchlist(List.of("You already have a watchlist named '" + draft.name() + "'"));
            }
            long id = WatchlistTable.insert(connection, draft, now().toString());
            return new Watchlist(id, draft.owner(), draft.name(), draft.criteria(), draft.active(), draft.emailDigest());
        });
    }

    /** Replaces name, criteria and active flag of the owner's watchlist with the given id; empty when the owner has none such. */
    public synchronized Optional<Watchlist> updateWatchlist(Watchlist watchlist) {
        return run("update watchlist " + watchlist.id(), () -> {
            Optional<Watchlist> clash = WatchlistTable.byName(connection, watchlist.owner(), watchlist.name());
            if (clash.isPresent() && clash.get().id() != watchlist.id()) {
                throw new InvalidWatchlist(List.of("You already have a watchlist named '" + watchlist.name() + "'"));
            }
            return WatchlistTable.update(connection, watchlist, now().toString()) ? Optional.of(watchlist) : Optional.empty();
        });
    }

    public synchronized boolean deleteWatchlist(String owner, long id) {
        return run("delete watchlist " + id, () -> WatchlistTable.delete(connection, owner, id));
    }

    public synchronized List<Watchlist> watchlists(String owner) {
        return read("list watchlists", () -> WatchlistTable.ofOwner(connection, owner));
    }

    public synchronized Optional<Watchlist> watchlist(String owner, long id) {
        return read("read watchlist " + id, () -> WatchlistTable.one(connection, owner, id));
    }

    public synchronized Optional<Watchlist> watchlist(String owner, String name) {
        return read("read watchlist " + name, () -> WatchlistTable.byName(connection, owner, name));
    }

    // ---- delivery targets

    /**
     * Adds an e-mail address (with an optional digest) or a webhook URL (with its signing secret).
     *
     * @throws InvalidWatchlist for a malformed address, or a webhook URL to an internal address that the administrator did not allow
     */
    public synchronized DeliveryTarget addTarget(String owner, DeliveryTarget.Kind kind, String address, Optional<String> secret,
                                                 DeliveryTarget.Digest digest) {
        String checked = switch (kind) {
            case EMAIL -> MailAddresses.check(address);
            case WEBHOOK -> webhooks.check(address).toString();
        };
        if (kind == DeliveryTarget.Kind.WEBHOOK && (secret.isEmpty() || secret.get().length() < 16)) {
            throw new InvalidWatchlist(List.of("A webhook needs a signing secret of at least 16 characters"));
        }
        if (kind == DeliveryTarget.Kind.WEBHOOK && digest != DeliveryTarget.Digest.NONE) {
            throw new InvalidWatchlist(List.of("Digests are for e-mail; a webhook gets every alert as it happens"));
        }
        DeliveryTarget draft = new DeliveryTarget(0, owner, kind, checked, kind == DeliveryTarget.Kind.EMAIL ? Optional.empty() : secret, digest);
        return run("add delivery target " + checked, () -> {
            if (TargetTable.ofOwner(connection, owner).stream().anyMatch(t -> t.kind() == kind && t.address().equals(checked))) {
                throw new InvalidWatchlist(List.of("You already deliver to " + checked));
            }
            long id = TargetTable.insert(connection, draft, now().toString());
            return new DeliveryTarget(id, owner, kind, checked, draft.secret(), digest);
        });
    }

    public synchronized List<DeliveryTarget> targets(String owner) {
        return read("list delivery targets", () -> TargetTable.ofOwner(connection, owner));
    }

    public synchronized boolean removeTarget(String owner, long id) {
        return run("remove delivery target " + id, () -> TargetTable.delete(connection, owner, id));
    }

    // ---- subscriptions

    /**
     * "Notify me" on an incident's updates or on the comments of an incident or article. Following an
     * incident records how it stands now, so the next change is reported as an update.
     *
     * @throws InvalidWatchlist when the incident does not exist
     */
    public Subscription subscribe(String owner, Subscription.Kind kind, String target) {
        return subscribe(owner, kind, target, Optional.empty());
    }

    /** As {@link #subscribe(String, Subscription.Kind, String)}, with how its alerts are e-mailed (empty: as each address says). */
    public synchronized Subscription subscribe(String owner, Subscription.Kind kind, String target, Optional<DeliveryTarget.Digest> emailDigest) {
        Owners.check(owner);
        return run("subscribe to " + kind.code() + " " + target, () -> {
            if (kind != Subscription.Kind.ARTICLE_COMMENTS) {
                long incidentId = incidentId(target);
                // As matching sees it: with analysts' corrections, so the next update reports only what changes from now on.
                ChangedIncidents.Changes corrected = ChangedIncidents.read(connection, List.of(incidentId));
                if (!corrected.withdrawn().isEmpty()) throw new InvalidWatchlist(List.of("Incident " + target + " was corrected to 'not an incident'"));
                List<ChangedIncident> incident = corrected.standing();
                if (incident.isEmpty()) throw new InvalidWatchlist(List.of("There is no incident " + target));
                if (kind == Subscription.Kind.INCIDENT && StateTable.ofIncident(connection, incidentId).get(owner) == null) {
                    IncidentSnapshot now = IncidentSnapshot.of(incident.get(0));
                    StateTable.upsert(connection, new StateTable.AlertState(owner, incidentId, incidentId, now.fingerprint(),
                            incident.get(0).articleIds().get(0), now), now().toString());
                }
            }
            Subscription s = SubscriptionTable.insert(connection, owner, kind, target.trim(), now().toString());
            if (emailDigest.isEmpty() || emailDigest.equals(s.emailDigest())) return s;
            SubscriptionTable.setDigest(connection, owner, s.id(), emailDigest);
            return new Subscription(s.id(), owner, kind, s.target(), emailDigest);
        });
    }

    /** Sets how the owner's subscription is e-mailed (empty: as each address says); empty when the owner has no such subscription. */
    public synchronized Optional<Subscription> setDigest(String owner, long subscriptionId, Optional<DeliveryTarget.Digest> emailDigest) {
        return run("set the e-mail digest of subscription " + subscriptionId, () -> SubscriptionTable.setDigest(connection, owner, subscriptionId, emailDigest)
                ? SubscriptionTable.ofOwner(connection, owner).stream().filter(s -> s.id() == subscriptionId).findFirst()
                : Optional.empty());
    }

    public synchronized List<Subscription> subscriptions(String owner) {
        return read("list subscriptions", () -> SubscriptionTable.ofOwner(connection, owner));
    }

    public synchronized boolean unsubscribe(String owner, long id) {
        return run("remove subscription " + id, () -> SubscriptionTable.delete(connection, owner, id));
    }

    // ---- notifications and deliveries

    /** The owner's notifications above {@code afterId}, newest first. */
    public synchronized List<Notification> notifications(String owner, long afterId, int limit) {
        return read("list notifications", () -> NotificationTable.ofOwner(connection, owner, afterId, limit));
    }

    /** Every user's notifications above {@code afterId}, oldest first, for live streams. */
    public synchronized List<Notification> notificationsAfter(long afterId, int limit) {
        return read("read new notifications", () -> NotificationTable.after(connection, afterId, limit));
    }

    public synchronized long lastNotificationId() {
        return read("read the last notification", () -> NotificationTable.lastId(connection));
    }

    public synchronized boolean markRead(String owner, long id) {
        return run("mark notification " + id + " read", () -> NotificationTable.markRead(connection, owner, id, now()));
    }

    public synchronized int unread(String owner) {
        return read("count unread notifications", () -> NotificationTable.unread(connection, owner));
    }

    /** The owner's deliveries, newest first, optionally only those of one status (parked ones are what failed for good). */
    public synchronized List<Delivery> deliveries(String owner, Optional<Delivery.Status> status, int limit) {
        return read("list deliveries", () -> OutboxTable.ofOwner(connection, owner, status, limit));
    }

    /** Sends a parked delivery again, from its first attempt; false when the owner has no such parked delivery. */
    public synchronized boolean retry(String owner, long deliveryId) {
        return run("retry delivery " + deliveryId, () -> OutboxTable.retry(connection, owner, deliveryId, clock.millis()));
    }

    public synchronized int count(Delivery.Status status) {
        return read("count deliveries", () -> OutboxTable.count(connection, status));
    }

    // ---- for the delivery worker

    synchronized List<Delivery> due(int limit) {
        return read("read due deliveries", () -> OutboxTable.due(connection, clock.millis(), limit));
    }

    /** Leases those of the deliveries no other worker holds, in one transaction; returns their ids. */
    synchronized java.util.Set<Long> lease(List<Delivery> deliveries, long untilMs) {
        return run("lease " + deliveries.size() + " deliveries", () -> {
            java.util.Set<Long> leased = new java.util.HashSet<>();
            long nowMs = clock.millis();
            for (Delivery d : deliveries) {
                if (OutboxTable.lease(connection, d.id(), untilMs, nowMs)) leased.add(d.id());
            }
            return leased;
        });
    }

    /** What became of one delivery attempt: sent, or failed with the next due time, parked or not. */
    record Outcome(long deliveryId, boolean sent, int attempts, long nextDue, String error, boolean park) { }

    /** Records the outcomes of a round of sends in one transaction. */
    synchronized void record(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) return;
        run("record " + outcomes.size() + " delivery outcomes", () -> {
            Instant now = now();
            for (Outcome o : outcomes) {
                if (o.sent()) OutboxTable.delivered(connection, o.deliveryId(), now);
                else OutboxTable.failed(connection, o.deliveryId(), o.attempts(), o.nextDue(), o.error(), o.park());
            }
            return null;
        });
    }

    synchronized void failed(long deliveryId, int attempts, long nextDue, String error, boolean park) {
        record(List.of(new Outcome(deliveryId, false, attempts, nextDue, error, park)));
    }

    synchronized Optional<Notification> notification(long id) {
        return read("read notification " + id, () -> NotificationTable.one(connection, id));
    }

    synchronized Optional<DeliveryTarget> target(long id) {
        return read("read delivery target " + id, () -> TargetTable.one(connection, id));
    }

    Clock clock() {
        return clock;
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("Vigil database " + file + " could not close the alert connection: " + e.getMessage(), e);
        }
    }

    private Instant now() {
        return clock.instant();
    }

    private static long incidentId(String target) {
        try {
            return Long.parseLong(target.trim());
        } catch (NumberFormatException e) {
            throw new InvalidWatchlist(List.of("An incident is named by its number, got '" + target + "'"));
        }
    }

    /** Reads without a transaction, so the poll of a live stream or a worker never holds the write lock. */
    private <T> T read(String action, Transaction.Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException("Vigil database " + file + " could not " + action + ": " + e.getMessage(), e);
        }
    }

    /** Runs in one (immediate) transaction; SQLite serialises writers, and the busy timeout waits out an ingest in another process. */
    private <T> T run(String action, Transaction.Work<T> work) {
        try {
            return Transaction.run(connection, work);
        } catch (SQLException e) {
            throw new StoreException("Vigil database " + file + " could not " + action + ": " + e.getMessage(), e);
        }
    }
}
