package org.vigil.web;

import io.javalin.config.JavalinConfig;
import java.time.Clock;
import org.vigil.alert.AlertSettings;
import org.vigil.alert.Alerts;
import org.vigil.alert.DeliveryWorker;
import org.vigil.alert.IncidentAlerts;
import org.vigil.alert.InvalidWatchlist;
import org.vigil.alert.WatchNames;
import org.vigil.resolve.ActorRegistry;
import org.vigil.resolve.Gazetteer;
import org.vigil.store.IncidentStore;
import org.vigil.store.SqliteIncidentStore;

/**
 * The alert feature on the web server: the Alerts page, the alert API, the live notification stream,
 * and, while the server runs, the delivery worker that sends e-mails and webhooks. The user is the
 * request attribute {@value Owner#ATTRIBUTE} (set by a sign-in filter), or {@value Owner#LOCAL}.
 */
final class AlertRoutes {
    private AlertRoutes() {
    }

    /** Registers everything on {@code config} with the machine's {@link AlertSettings}; a store that is not a SQLite file gets no alerts. */
    static void register(JavalinConfig config, IncidentStore store, Gazetteer gazetteer, ActorRegistry actors) {
        if (store instanceof SqliteIncidentStore sqlite) register(config, sqlite, gazetteer, actors, AlertSettings.load());
    }

    static void register(JavalinConfig config, SqliteIncidentStore store, Gazetteer gazetteer, ActorRegistry actors, AlertSettings settings) {
        Alerts alerts = Alerts.open(store.file(), settings, Clock.systemUTC());
        store.onChange(new IncidentAlerts(Clock.systemUTC())); // what this server saves (corrections, feeds) is matched too
        DeliveryWorker worker = new DeliveryWorker(alerts, DeliveryWorker.notifiers(settings), settings);
        NotificationStream stream = new NotificationStream(alerts);
        WatchNames names = new WatchNames(gazetteer, actors);
        AlertApi api = new AlertApi(alerts, names);
        AlertPage page = new AlertPage(alerts, names);
        config.events.serverStarted(() -> {
            stream.start();
            worker.start();
        });
        config.events.serverStopping(() -> {
            stream.close();
            worker.close();
            alerts.close();
        });

        var routes = config.routes;
        routes.exception(InvalidWatchlist.class, (e, ctx) -> ErrorMapping.respond(ctx, 400, "Bad Request", e.getMessage(), e.problems()));
        routes.get("/alerts", page::show);
        routes.post("/alerts/watchlists", page::createWatchlist);
        routes.post("/alerts/watchlists/{id}/delete", page::deleteWatchlist);
        routes.post("/alerts/targets", page::addTarget);
        routes.post("/alerts/targets/{id}/delete", page::removeTarget);
        routes.post("/alerts/subscriptions", page::subscribe);
        routes.post("/alerts/subscriptions/{id}/delete", page::unsubscribe);
        routes.post("/alerts/deliveries/{id}/retry", page::retry);
        routes.post("/alerts/notifications/{id}/read", page::markRead);

        routes.get("/api/watchlists", api::watchlists);
        routes.post("/api/watchlists", api::createWatchlist);
        routes.get("/api/watchlists/{id}", api::watchlist);
        routes.put("/api/watchlists/{id}", api::updateWatchlist);
        routes.delete("/api/watchlists/{id}", api::deleteWatchlist);
        routes.get("/api/notifications", api::notifications);
        routes.sse("/api/notifications/stream", stream::connect);
        routes.post("/api/notifications/{id}/read", api::markRead);
        routes.get("/api/targets", api::targets);
        routes.post("/api/targets", api::addTarget);
        routes.delete("/api/targets/{id}", api::removeTarget);
        routes.get("/api/subscriptions", api::subscriptions);
        routes.post("/api/subscriptions", api::subscribe);
        routes.delete("/api/subscriptions/{id}", api::unsubscribe);
        routes.get("/api/deliveries", api::deliveries);
        routes.post("/api/deliveries/{id}/retry", api::retry);
    }
}
