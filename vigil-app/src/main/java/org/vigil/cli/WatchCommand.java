package org.vigil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vigil.alert.AlertSettings;
import org.vigil.alert.Alerts;
import org.vigil.alert.CriteriaJson;
import org.vigil.alert.Delivery;
import org.vigil.alert.DeliveryTarget;
import org.vigil.alert.DeliveryWorker;
import org.vigil.alert.InvalidWatchlist;
import org.vigil.alert.Notification;
import org.vigil.alert.ReviewAlerts;
import org.vigil.alert.Subscription;
import org.vigil.alert.WatchNames;
import org.vigil.alert.Watchlist;
import org.vigil.store.SqliteIncidentStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil watch}: a user's watchlists, where their alerts go, what they follow, their notifications, and delivering the outbox. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Watchlists and alerts. Every ingest matches new and changed incidents against every watchlist.",
                "Alerts appear in the web UI (/alerts) and go to the user's e-mail and webhook targets:",
                "'vigil serve' delivers them continuously, 'vigil watch deliver' once.",
                "SMTP: VIGIL_SMTP_HOST, _PORT, _TLS (none|starttls|ssl), _USER, _PASSWORD, _FROM,",
                "or smtp.host=... in ~/.vigil/config."})
final class WatchCommand implements Runnable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Spec
    CommandSpec spec;

    private final Components components;

    WatchCommand(Components components) {
        this.components = components;
    }

    /**
     * The store with matching switched on: what it saves is matched against every watchlist in the same transaction,
     * with analysts' corrections laid over it, as the web server matches.
     */
    static SqliteIncidentStore matching(SqliteIncidentStore store) {
        store.onChange(ReviewAlerts.matching(Clock.systemUTC()));
        return store;
    }

    /** Options every subcommand shares: whose alerts, in which store. */
    static final class Who {
        @Option(names = "--user", paramLabel = "NAME", defaultValue = "local", description = "Whose watchlists (default: ${DEFAULT-VALUE}, the web UI's user).")
        String user;

        @Option(names = "--db", paramLabel = "FILE", description = "SQLite store (default: ~/.vigil/vigil.db or $VIGIL_HOME/vigil.db).")
        Path db = SqliteIncidentStore.defaultLocation();

        Alerts open() {
            return Alerts.open(db, AlertSettings.load(), Clock.systemUTC());
        }
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a watchlist. Criteria left out place no limit; each one set must be met.")
    int add(@Mixin Who who,
            @Parameters(paramLabel = "NAME", description = "Name of the watchlist, unique per user.") String name,
            @Option(names = "--type", paramLabel = "TYPE", description = "Incident type (bombing, armed_assault, ...); repeatable.") List<String> types,
            @Option(names = "--group", paramLabel = "GROUP", description = "Perpetrator group by name or alias (ISKP); repeatable.") List<String> groups,
            @Option(names = "--country", paramLabel = "COUNTRY", description = "Country by code or name; repeatable.") List<String> countries,
            @Option(names = "--region", paramLabel = "REGION", description = "Region (Europe, Sahel, Middle East, ...); repeatable.") List<String> regions,
            @Option(names = "--near", paramLabel = "LAT,LON,KM", description = "Within KM of a point; repeatable, each with its radius.") List<String> near,
            @Option(names = "--box", paramLabel = "S,W,N,E", description = "Inside a bounding box; repeatable.") List<String> boxes,
            @Option(names = "--min-killed", paramLabel = "N", description = "At least N killed.") Integer minKilled,
            @Option(names = "--keyword", paramLabel = "WORDS", description = "Word or phrase in the article; repeatable (any one suffices).") List<String> keywords,
            @Option(names = "--paused", description = "Keep it but send nothing yet.") boolean paused,
            @Option(names = "--email-digest", paramLabel = "default|instant|hourly|daily", defaultValue = "default",
                    description = "How its alerts are e-mailed; default follows each address's --digest.") String emailDigest) {
        ObjectNode c = MAPPER.createObjectNode();
        strings(c, "types", types);
        strings(c, "groups", groups);
        strings(c, "countries", countries);
        strings(c, "regions", regions);
        List<String> fences = new ArrayList<>(orEmpty(near));
        orEmpty(boxes).forEach(b -> fences.add("box:" + b));
        strings(c, "geofences", fences);
        if (minKilled != null) c.put("minKilled", minKilled);
        strings(c, "keywords", keywords);
        return withAlerts(who, alerts -> {
            Watchlist w = alerts.createWatchlist(new Watchlist(0, who.user, name.strip(), new WatchNames(components.gazetteer(), components.actors()).read(c),
                    !paused, DeliveryTarget.Digest.choice(emailDigest)));
            out().println("Added watchlist " + w.id() + " '" + w.name() + "' for " + w.owner() + ": " + CriteriaJson.write(w.criteria()));
        });
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the user's watchlists.")
    int list(@Mixin Who who) {
        return withAlerts(who, alerts -> {
            List<Watchlist> all = alerts.watchlists(who.user);
            if (all.isEmpty()) out().println("No watchlists for " + who.user + "; add one with 'vigil watch add NAME --country FR ...'.");
            for (Watchlist w : all) {
                out().println(w.id() + "\t" + w.name() + (w.active() ? "" : " (paused)") + "\t" + CriteriaJson.write(w.criteria())
                        + w.emailDigest().map(d -> "\te-mail: " + d.choiceCode()).orElse(""));
            }
        });
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove one of the user's watchlists, by name or id.")
    int remove(@Mixin Who who, @Parameters(paramLabel = "NAME") String name) {
        return withAlerts(who, alerts -> {
            Optional<Watchlist> w = alerts.watchlist(who.user, name);
            if (w.isEmpty() && name.matches("\\d+")) w = alerts.watchlist(who.user, Long.parseLong(name));
            if (w.isEmpty()) throw new InvalidWatchlist(List.of(who.user + " has no watchlist '" + name + "'"));
            alerts.deleteWatchlist(who.user, w.get().id());
            out().println("Removed watchlist '" + w.get().name() + "'.");
        });
    }

    @Command(name = "target", mixinStandardHelpOptions = true, description = "Add an e-mail or webhook target, or list (no options) or remove them.")
    int target(@Mixin Who who,
               @Option(names = "--email", paramLabel = "ADDRESS") String email,
               @Option(names = "--digest", paramLabel = "none|hourly|daily", defaultValue = "none", description = "E-mail each alert or a digest.") String digest,
               @Option(names = "--webhook", paramLabel = "URL") String webhook,
               @Option(names = "--secret", paramLabel = "SECRET", description = "HMAC-SHA256 key for the webhook's X-Vigil-Signature (16+ characters).") String secret,
               @Option(names = "--remove", paramLabel = "ID") Long remove) {
        return withAlerts(who, alerts -> {
            if (remove != null) {
                if (!alerts.removeTarget(who.user, remove)) throw new InvalidWatchlist(List.of(who.user + " has no target " + remove));
                out().println("Removed target " + remove + ".");
            } else if (email != null || webhook != null) {
                DeliveryTarget t = email != null
                        ? alerts.addTarget(who.user, DeliveryTarget.Kind.EMAIL, email, Optional.empty(), DeliveryTarget.Digest.valueOf(digest.toUpperCase(Locale.ROOT)))
                        : alerts.addTarget(who.user, DeliveryTarget.Kind.WEBHOOK, webhook, Optional.ofNullable(secret), DeliveryTarget.Digest.NONE);
                out().println("Added target " + t.id() + ": " + t.kind().name().toLowerCase(Locale.ROOT) + " " + t.address());
            }
            for (DeliveryTarget t : alerts.targets(who.user)) {
                out().println(t.id() + "\t" + t.kind().name().toLowerCase(Locale.ROOT) + "\t" + t.address() + "\t" + t.digest().name().toLowerCase(Locale.ROOT));
            }
        });
    }

    @Command(name = "follow", mixinStandardHelpOptions = true, description = "Notify me: of an incident's updates, or of comments on an incident or article.")
    int follow(@Mixin Who who,
               @Option(names = "--kind", defaultValue = "incident", paramLabel = "incident|incident_comments|article_comments") String kind,
               @Parameters(paramLabel = "ID", description = "Incident number or article id.") String target,
               @Option(names = "--email-digest", paramLabel = "default|instant|hourly|daily", defaultValue = "default",
                       description = "How its alerts are e-mailed; default follows each address's --digest.") String emailDigest) {
        return withAlerts(who, alerts -> {
            Subscription s = alerts.subscribe(who.user, Subscription.Kind.of(kind), target, DeliveryTarget.Digest.choice(emailDigest));
            out().println("Following " + s.kind().code().replace('_', ' ') + " " + s.target() + " (subscription " + s.id() + ").");
        });
    }

    @Command(name = "unfollow", mixinStandardHelpOptions = true, description = "Stop a subscription, by the number 'follow' printed.")
    int unfollow(@Mixin Who who, @Parameters(paramLabel = "SUBSCRIPTION") long id) {
        return withAlerts(who, alerts -> {
            if (!alerts.unsubscribe(who.user, id)) throw new InvalidWatchlist(List.of(who.user + " has no subscription " + id));
            out().println("Stopped subscription " + id + ".");
        });
    }

    @Command(name = "retry", mixinStandardHelpOptions = true, description = "Send a parked delivery again, from its first attempt.")
    int retry(@Mixin Who who, @Parameters(paramLabel = "DELIVERY") long id) {
        return withAlerts(who, alerts -> {
            if (!alerts.retry(who.user, id)) throw new InvalidWatchlist(List.of(who.user + " has no parked delivery " + id));
            out().println("Delivery " + id + " is pending again; 'vigil watch deliver' or a running 'vigil serve' sends it.");
        });
    }

    @Command(name = "notifications", mixinStandardHelpOptions = true, description = "The user's latest notifications, newest first.")
    int notifications(@Mixin Who who, @Option(names = "--limit", defaultValue = "20") int limit) {
        return withAlerts(who, alerts -> {
            for (Notification n : alerts.notifications(who.user, 0, limit)) {
                out().println(n.id() + "\t" + n.createdAt() + "\t" + n.kind().code() + "\t" + n.title());
            }
        });
    }

    @Command(name = "deliver", mixinStandardHelpOptions = true, description = "Send what is due in the outbox (e-mails, webhooks), then report parked deliveries.")
    int deliver(@Mixin Who who) {
        return withAlerts(who, alerts -> {
            AlertSettings settings = AlertSettings.load();
            DeliveryWorker worker = new DeliveryWorker(alerts, DeliveryWorker.notifiers(settings), settings);
            int sent = 0;
            for (int pass = worker.deliverDue(); pass > 0; pass = worker.deliverDue()) sent += pass;
            out().println("Sent " + sent + "; pending " + alerts.count(Delivery.Status.PENDING) + ", parked " + alerts.count(Delivery.Status.PARKED) + ".");
            for (Delivery d : alerts.deliveries(who.user, Optional.of(Delivery.Status.PARKED), 50)) {
                out().println("parked " + d.id() + " to target " + d.targetId() + " after " + d.attempts() + " attempts: " + d.lastError().orElse(""));
            }
        });
    }

    private interface Work {
        void run(Alerts alerts);
    }

    private int withAlerts(Who who, Work work) {
        PrintWriter err = spec.commandLine().getErr();
        try (Alerts alerts = who.open()) {
            work.run(alerts);
            return 0;
        } catch (InvalidWatchlist e) {
            e.problems().forEach(p -> err.println("error: " + p));
            return 2;
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static void strings(ObjectNode json, String field, List<String> values) {
        orEmpty(values).forEach(json.withArray(field)::add);
    }
}
