package org.vigil.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Handler;
import java.time.Clock;
import org.vigil.alert.AlertSettings;
import org.vigil.alert.Alerts;
import org.vigil.alert.DeliveryWorker;
import org.vigil.alert.InvalidWatchlist;
import org.vigil.alert.ReviewAlerts;
import org.vigil.alert.WatchNames;
import org.vigil.resolve.ActorRegistry;
import org.vigil.resolve.Gazetteer;
import org.vigil.store.SqliteIncidentStore;

/**
 * The alert feature on the web server: the Alerts page, the alert API, the live notification stream,
 * and, while the server runs, the delivery worker that sends e-mails and webhooks. Every route acts for
 * the logged-in account ({@link Owner}; a logged-out visitor gets 401), and every write must carry the
 * session's CSRF token, checked by {@link ReviewSite#write} as for the review routes.
 */
final class AlertRoutes {
    private AlertRoutes() {
    }

    static void register(JavalinConfig config, ReviewSite site, SqliteIncidentStore store, Gazetteer gazetteer, ActorRegistry actors,
                         AlertSettings settings) {
        Alerts alerts = Alerts.open(store.file(), settings, Clock.systemUTC());
        // What this server saves (feeds, corrections) is matched with corrections laid over it, and corrections, comments
        // and reported missed incidents write their alerts in the transaction that saves them.
        store.onChange(ReviewAlerts.matching(Clock.systemUTC()));
        ReviewAlerts.tellFollowers(site.review(), Clock.systemUTC());
        DeliveryWorker worker = new DeliveryWorker(alerts, DeliveryWorker.notifiers(settings), settings);
        NotificationStream stream = new NotificationStream(alerts);
        WatchNames names = new WatchNames(gazetteer, actors);
        PrivateWebhooks webhooks = new PrivateWebhooks(site, settings.allowPrivateWebhooks());
        AlertApi api = new AlertApi(alerts, names, webhooks);
        AlertPage page = new AlertPage(alerts, names, site, webhooks);
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
        routes.post("/alerts/watchlists", write(site, page::createWatchlist));
        routes.post("/alerts/watchlists/{id}/delete", write(site, page::deleteWatchlist));
        routes.post("/alerts/watchlists/{id}/digest", write(site, page::setWatchlistDigest));
        routes.post("/alerts/targets", write(site, page::addTarget));
        routes.post("/alerts/targets/{id}/delete", write(site, page::removeTarget));
        routes.post("/alerts/subscriptions", write(site, page::subscribe));
        routes.post("/alerts/subscriptions/{id}/delete", write(site, page::unsubscribe));
        routes.post("/alerts/subscriptions/{id}/digest", write(site, page::setSubscriptionDigest));
        routes.post("/alerts/deliveries/{id}/retry", write(site, page::retry));
        routes.post("/alerts/notifications/{id}/read", write(site, page::markRead));

        routes.get("/api/watchlists", read(api::watchlists));
        routes.post("/api/watchlists", write(site, api::createWatchlist));
        routes.get("/api/watchlists/{id}", read(api::watchlist));
        routes.put("/api/watchlists/{id}", write(site, api::updateWatchlist));
        routes.delete("/api/watchlists/{id}", write(site, api::deleteWatchlist));
        routes.get("/api/notifications", read(api::notifications));
        routes.before("/api/notifications/stream", Owner::of);
        routes.sse("/api/notifications/stream", stream::connect);
        routes.post("/api/notifications/{id}/read", write(site, api::markRead));
        routes.get("/api/targets", read(api::targets));
        routes.post("/api/targets", write(site, api::addTarget));
        routes.delete("/api/targets/{id}", write(site, api::removeTarget));
        routes.get("/api/subscriptions", read(api::subscriptions));
        routes.post("/api/subscriptions", write(site, api::subscribe));
        routes.patch("/api/subscriptions/{id}", write(site, api::setSubscriptionDigest));
        routes.delete("/api/subscriptions/{id}", write(site, api::unsubscribe));
        routes.get("/api/deliveries", read(api::deliveries));
        routes.post("/api/deliveries/{id}/retry", write(site, api::retry));
    }

    /** A read for the logged-in account only. */
    private static Handler read(Handler handler) {
        return ctx -> {
            Owner.of(ctx);
            handler.handle(ctx);
        };
    }

    /** A write for the logged-in account, with the session's CSRF token and within the write limits, as every review write. */
    private static Handler write(ReviewSite site, Handler handler) {
        return ctx -> {
            Owner.of(ctx);
            site.write(ctx);
            handler.handle(ctx);
        };
    }
}
