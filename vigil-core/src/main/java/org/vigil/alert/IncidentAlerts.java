package org.vigil.alert;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.vigil.alert.StateTable.AlertState;
import org.vigil.store.ChangedIncident;
import org.vigil.store.IncidentListener;

/**
 * Matching on every ingest and correction: told of the incidents a save changed, inside its transaction,
 * it gives each user one "new" alert for an incident that first meets one of their watchlists, one
 * "update" alert saying what changed for an incident they were already told about (or follow), and a
 * "withdrawn" alert when a correction removes it. Alerts go to the in-app list and the outbox of
 * deliveries in that same transaction, so they commit exactly when the change does.
 *
 * <p>An incident replaced by reading its article again, or reported again with the same type, date and
 * place, is known by its fingerprint and gets updates, never a second "new" alert.
 */
public final class IncidentAlerts implements IncidentListener {
    private final Clock clock;
    private long revision = -1;
    private WatchMatcher matcher = new WatchMatcher(List.of());
    private Map<Long, String> watchlistOwners = Map.of();
    /** Incidents of this save's transaction that replaced an incident of the same article read again. */
    private final Set<Long> replaced = new HashSet<>();

    public IncidentAlerts(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void changed(Connection connection, List<ChangedIncident> changes) throws SQLException {
        changed(connection, changes, "");
    }

    /** As {@link #changed(Connection, List)}; each change an update reports names the cause, when there is one. */
    @Override
    public synchronized void changed(Connection connection, List<ChangedIncident> changes, String cause) throws SQLException {
        refreshWatchlists(connection);
        Instant now = clock.instant();
        List<AlertState> orphans = new ArrayList<>(StateTable.orphans(connection));
        replaced.clear();
        for (ChangedIncident incident : changes) {
            alert(connection, incident, orphans, now, cause);
        }
        for (AlertState orphan : orphans) {
            withdraw(connection, orphan, now);
        }
    }

    /** Corrections say these incidents are none: everyone told of one gets a "withdrawn" alert, and hears no more of it. */
    @Override
    public synchronized void withdrawn(Connection connection, List<Long> incidentIds) throws SQLException {
        Instant now = clock.instant();
        for (long id : incidentIds) {
            for (AlertState state : StateTable.ofIncident(connection, id).values()) withdraw(connection, state, now);
        }
    }

    private void refreshWatchlists(Connection connection) throws SQLException {
        long current = WatchlistTable.revision(connection);
        if (current == revision) return;
        List<Watchlist> active = WatchlistTable.active(connection);
        matcher = new WatchMatcher(active);
        Map<Long, String> owners = new LinkedHashMap<>();
        active.forEach(w -> owners.put(w.id(), w.owner()));
        watchlistOwners = owners;
        revision = current;
    }

    private void alert(Connection c, ChangedIncident incident, List<AlertState> orphans, Instant at, String cause) throws SQLException {
        Map<String, List<String>> matched = new LinkedHashMap<>();
        Map<String, List<Optional<DeliveryTarget.Digest>>> digests = new LinkedHashMap<>();
        for (Watchlist w : matcher.matching(incident)) {
            matched.computeIfAbsent(w.owner(), o -> new ArrayList<>()).add(w.name());
            digests.computeIfAbsent(w.owner(), o -> new ArrayList<>()).add(w.emailDigest());
        }
        Map<String, AlertState> states = StateTable.ofIncident(c, incident.id());
        Map<String, Optional<DeliveryTarget.Digest>> followers = SubscriptionTable.subscribers(c, Subscription.Kind.INCIDENT, Long.toString(incident.id()));
        Set<String> owners = new LinkedHashSet<>(matched.keySet());
        owners.addAll(states.keySet());
        owners.addAll(followers.keySet());
        IncidentSnapshot snapshot = IncidentSnapshot.of(incident);
        String article = incident.articleIds().get(incident.articleIds().size() - 1);
        for (String owner : owners) {
            List<String> watchlists = matched.getOrDefault(owner, List.of());
            List<Optional<DeliveryTarget.Digest>> chosen = new ArrayList<>(digests.getOrDefault(owner, List.of()));
            if (followers.containsKey(owner)) chosen.add(followers.get(owner));
            AlertState state = states.get(owner);
            IncidentSnapshot now = snapshot;
            if (state == null) {
                state = sameEvent(c, owner, incident, snapshot, orphans).orElse(null);
                // Another article's report of the event: what it leaves out was not withdrawn.
                if (state != null && state.incidentId() != incident.id() && !replaced.contains(state.incidentId())) now = snapshot.over(state.snapshot());
            }
            if (state == null) {
                AlertState first = new AlertState(owner, incident.id(), incident.id(), snapshot.fingerprint(), article, snapshot);
                if (!watchlists.isEmpty()) {
                    notify(c, owner, Notification.Kind.NEW, incident, AlertText.newTitle(incident), List.of(), watchlists, chosen, at);
                }
                if (!watchlists.isEmpty() || followers.containsKey(owner)) StateTable.upsert(c, first, at.toString());
                continue;
            }
            List<String> changes = now.changesSince(state.snapshot()).stream().map(x -> cause.isEmpty() ? x : x + " (" + cause + ")").toList();
            if (!changes.isEmpty()) {
                notify(c, owner, Notification.Kind.UPDATE, incident, AlertText.updateTitle(incident, changes), changes, watchlists, chosen, at);
            }
            StateTable.upsert(c, state.withIncident(incident.id(), article).withSnapshot(now), at.toString());
        }
    }

    /**
     * What the owner was told about this same event under another incident id: an incident that vanished
     * when its article was read again (same article and type, or same fingerprint), or, until incidents
     * are merged across articles, another report with the same type, date, country and place.
     */
    private Optional<AlertState> sameEvent(Connection c, String owner, ChangedIncident incident, IncidentSnapshot snapshot,
                                           List<AlertState> orphans) throws SQLException {
        Set<String> articles = new HashSet<>(incident.articleIds());
        AlertState best = null;
        for (AlertState orphan : orphans) {
            if (!orphan.owner().equals(owner)) continue;
            boolean sameFingerprint = snapshot.fingerprint().isPresent() && snapshot.fingerprint().equals(orphan.fingerprint());
            boolean sameSource = articles.contains(orphan.articleId()) && orphan.snapshot().type().equals(snapshot.type());
            if (sameFingerprint || (sameSource && best == null)) best = orphan;
            if (sameFingerprint) break;
        }
        if (best != null) {
            orphans.remove(best);
            replaced.add(best.incidentId());
            StateTable.delete(c, owner, best.incidentId());
            SubscriptionTable.retarget(c, best.incidentId(), incident.id());
            return Optional.of(best);
        }
        if (snapshot.fingerprint().isEmpty()) return Optional.empty();
        return StateTable.sameEvent(c, owner, snapshot.fingerprint().get()).filter(s -> s.incidentId() != incident.id());
    }

    private void withdraw(Connection c, AlertState orphan, Instant now) throws SQLException {
        IncidentSnapshot s = orphan.snapshot();
        String what = s.type().replace('_', ' ') + s.place().map(p -> " in " + p).orElse("") + s.date().map(d -> " on " + d).orElse("");
        long id = NotificationTable.insert(c, orphan.owner(), Notification.Kind.WITHDRAWN, OptionalLong.of(orphan.incidentId()),
                Optional.of(orphan.articleId()), AlertText.oneLine("Withdrawn: " + what + " is no longer reported by its source"),
                "A correction or a new reading of the article no longer states this incident.", List.of("No longer reported"), List.of(), now);
        enqueue(c, orphan.owner(), id, now, List.of());
        StateTable.delete(c, orphan.owner(), orphan.incidentId());
    }

    private void notify(Connection c, String owner, Notification.Kind kind, ChangedIncident incident, String title, List<String> changes,
                        List<String> watchlists, List<Optional<DeliveryTarget.Digest>> chosen, Instant now) throws SQLException {
        String article = incident.articleIds().get(incident.articleIds().size() - 1);
        long id = NotificationTable.insert(c, owner, kind, OptionalLong.of(incident.id()), Optional.of(article), title,
                AlertText.body(incident, changes), changes, watchlists, now);
        enqueue(c, owner, id, now, chosen);
    }

    /**
     * One outbox row per delivery target of the owner; e-mail digests wait for the end of their window. {@code chosen}
     * are the e-mail digests of the watchlists or subscriptions that caused the alert (empty: as each address says);
     * the most immediate wins, and with none chosen the address's own setting holds. Webhooks always go at once.
     */
    static void enqueue(Connection c, String owner, long notificationId, Instant now, Collection<Optional<DeliveryTarget.Digest>> chosen)
            throws SQLException {
        for (DeliveryTarget target : TargetTable.ofOwner(c, owner)) {
            DeliveryTarget.Digest digest = target.kind() != DeliveryTarget.Kind.EMAIL ? DeliveryTarget.Digest.NONE
                    : chosen.stream().map(d -> d.orElse(target.digest())).min(Comparator.naturalOrder()).orElse(target.digest());
            OutboxTable.enqueue(c, notificationId, target.id(), digest, now);
        }
    }

    /** The owners of the active watchlists last loaded, by watchlist id (for tests and diagnostics). */
    synchronized Map<Long, String> watchlistOwners() {
        return watchlistOwners;
    }
}
