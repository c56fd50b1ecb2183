package org.vigil.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.vigil.alert.Alerts;
import org.vigil.alert.Delivery;
import org.vigil.alert.DeliveryTarget;
import org.vigil.alert.InvalidWatchlist;
import org.vigil.alert.Subscription;
import org.vigil.alert.WatchNames;
import org.vigil.alert.Watchlist;

/** The JSON API of watchlists, delivery targets, subscriptions, notifications and deliveries; each call acts for the asking user only. */
final class AlertApi {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Alerts alerts;
    private final WatchNames names;
    private final PrivateWebhooks webhooks;

    AlertApi(Alerts alerts, WatchNames names, PrivateWebhooks webhooks) {
        this.alerts = alerts;
        this.names = names;
        this.webhooks = webhooks;
    }

    void watchlists(Context ctx) {
        ctx.json(alerts.watchlists(Owner.of(ctx)).stream().map(NotificationJson::watchlist).toList());
    }

    void watchlist(Context ctx) {
        ctx.json(NotificationJson.watchlist(alerts.watchlist(Owner.of(ctx), id(ctx)).orElseThrow(() -> missing(ctx))));
    }

    /** {"name": "...", "active": true, "criteria": {"types": [...], ...}, "emailDigest": "default"|"instant"|"hourly"|"daily"} */
    void createWatchlist(Context ctx) {
        JsonNode body = body(ctx);
        Watchlist created = alerts.createWatchlist(new Watchlist(0, Owner.of(ctx), name(body), names.read(body.path("criteria")),
                body.path("active").asBoolean(true), DeliveryTarget.Digest.choice(body.path("emailDigest").asText(""))));
        ctx.status(201).header("Location", "/api/watchlists/" + created.id()).json(NotificationJson.watchlist(created));
    }

    /** As {@link #createWatchlist}; an {@code emailDigest} left out keeps the watchlist's current one. */
    void updateWatchlist(Context ctx) {
        JsonNode body = body(ctx);
        String owner = Owner.of(ctx);
        Watchlist current = alerts.watchlist(owner, id(ctx)).orElseThrow(() -> missing(ctx));
        Optional<DeliveryTarget.Digest> digest = body.has("emailDigest") ? DeliveryTarget.Digest.choice(body.path("emailDigest").asText("")) : current.emailDigest();
        Watchlist w = new Watchlist(current.id(), owner, name(body), names.read(body.path("criteria")), body.path("active").asBoolean(true), digest);
        ctx.json(NotificationJson.watchlist(alerts.updateWatchlist(w).orElseThrow(() -> missing(ctx))));
    }

    void deleteWatchlist(Context ctx) {
        if (!alerts.deleteWatchlist(Owner.of(ctx), id(ctx))) throw missing(ctx);
        ctx.status(204);
    }

    void notifications(Context ctx) {
        String owner = Owner.of(ctx);
        long after = number(ctx.queryParam("after"), "after", 0);
        int limit = (int) Math.min(500, number(ctx.queryParam("limit"), "limit", 50));
        ctx.json(Map.of("unread", alerts.unread(owner), "notifications", NotificationJson.notifications(alerts.notifications(owner, after, limit))));
    }

    void markRead(Context ctx) {
        if (!alerts.markRead(Owner.of(ctx), id(ctx))) throw missing(ctx);
        ctx.status(204);
    }

    void targets(Context ctx) {
        ctx.json(alerts.targets(Owner.of(ctx)).stream().map(NotificationJson::target).toList());
    }

    /** {"kind": "email"|"webhook", "address": "...", "secret": "...", "digest": "none"|"hourly"|"daily"} */
    void addTarget(Context ctx) {
        JsonNode body = body(ctx);
        DeliveryTarget.Kind kind = kind(body.path("kind").asText(""));
        webhooks.check(ctx, kind, body.path("address").asText(""));
        DeliveryTarget t = alerts.addTarget(Owner.of(ctx), kind, body.path("address").asText(""),
                Optional.ofNullable(body.path("secret").textValue()), digest(body.path("digest").asText("none")));
        ctx.status(201).json(NotificationJson.target(t));
    }

    void removeTarget(Context ctx) {
        if (!alerts.removeTarget(Owner.of(ctx), id(ctx))) throw missing(ctx);
        ctx.status(204);
    }

    void subscriptions(Context ctx) {
        ctx.json(alerts.subscriptions(Owner.of(ctx)).stream().map(NotificationJson::subscription).toList());
    }

    /** {"kind": "incident"|"incident_comments"|"article_comments", "target": "42", "emailDigest": "default"|"instant"|"hourly"|"daily"} */
    void subscribe(Context ctx) {
        JsonNode body = body(ctx);
        Subscription s = alerts.subscribe(Owner.of(ctx), Subscription.Kind.of(body.path("kind").asText("")), body.path("target").asText(""),
                DeliveryTarget.Digest.choice(body.path("emailDigest").asText("")));
        ctx.status(201).json(NotificationJson.subscription(s));
    }

    /** {"emailDigest": "default"|"instant"|"hourly"|"daily"} */
    void setSubscriptionDigest(Context ctx) {
        JsonNode body = body(ctx);
        if (!body.has("emailDigest")) throw new InvalidWatchlist(List.of("The request body needs 'emailDigest': default, instant, hourly or daily"));
        Subscription s = alerts.setDigest(Owner.of(ctx), id(ctx), DeliveryTarget.Digest.choice(body.path("emailDigest").asText("")))
                .orElseThrow(() -> missing(ctx));
        ctx.json(NotificationJson.subscription(s));
    }

    void unsubscribe(Context ctx) {
        if (!alerts.unsubscribe(Owner.of(ctx), id(ctx))) throw missing(ctx);
        ctx.status(204);
    }

    void deliveries(Context ctx) {
        Optional<Delivery.Status> status = Optional.ofNullable(ctx.queryParam("status")).filter(s -> !s.isBlank()).map(AlertApi::status);
        ctx.json(alerts.deliveries(Owner.of(ctx), status, 200).stream().map(NotificationJson::delivery).toList());
    }

    void retry(Context ctx) {
        if (!alerts.retry(Owner.of(ctx), id(ctx))) throw new NotFound("You have no parked delivery " + ctx.pathParam("id"));
        ctx.status(204);
    }

    static DeliveryTarget.Kind kind(String text) {
        try {
            return DeliveryTarget.Kind.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidWatchlist(List.of("Target kind must be email or webhook, got '" + text + "'"));
        }
    }

    static DeliveryTarget.Digest digest(String text) {
        try {
            return DeliveryTarget.Digest.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidWatchlist(List.of("Digest must be none, hourly or daily, got '" + text + "'"));
        }
    }

    private static Delivery.Status status(String text) {
        try {
            return Delivery.Status.valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidQuery(List.of("Query parameter 'status' must be pending, delivered, parked or cancelled, got '" + text + "'"));
        }
    }

    private static String name(JsonNode body) {
        String name = body.path("name").asText("").strip();
        if (name.isEmpty()) throw new InvalidWatchlist(List.of("A watchlist needs a name"));
        return name;
    }

    private static JsonNode body(Context ctx) {
        try {
            JsonNode json = MAPPER.readTree(ctx.body());
            if (json == null || !json.isObject()) throw new InvalidWatchlist(List.of("The request body must be a JSON object"));
            return json;
        } catch (JsonProcessingException e) {
            throw new InvalidWatchlist(List.of("The request body is not JSON: " + e.getOriginalMessage()));
        }
    }

    private static long id(Context ctx) {
        return number(ctx.pathParam("id"), "id", 0);
    }

    private static long number(String text, String name, long fallback) {
        if (text == null || text.isBlank()) return fallback;
        try {
            long value = Long.parseLong(text.trim());
            if (value < 0) throw new NumberFormatException();
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidQuery(List.of("'" + name + "' must be a whole number 0 or more, got '" + text + "'"));
        }
    }

    private static NotFound missing(Context ctx) {
        return new NotFound("You have nothing at " + ctx.path());
    }
}
