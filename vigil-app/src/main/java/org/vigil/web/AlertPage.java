package org.vigil.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.vigil.alert.Alerts;
import org.vigil.alert.Delivery;
import org.vigil.alert.DeliveryTarget;
import org.vigil.alert.InvalidWatchlist;
import org.vigil.alert.Notification;
import org.vigil.alert.Subscription;
import org.vigil.alert.WatchNames;
import org.vigil.alert.Watchlist;

/**
 * The Alerts page: the user's notifications (kept live by {@code alerts.js}), watchlists, delivery
 * targets with parked deliveries, and what they follow ({@link WatchlistSection}), each with a form;
 * forms post back here and a refused one shows every problem above the page.
 */
final class AlertPage {
    private static final java.util.regex.Pattern FORM_TAG = java.util.regex.Pattern.compile("<form method=\"post\"[^>]*>");
    private final Alerts alerts;
    private final WatchNames names;
    private final ReviewSite site;
    private final PrivateWebhooks webhooks;

    AlertPage(Alerts alerts, WatchNames names, ReviewSite site, PrivateWebhooks webhooks) {
        this.alerts = alerts;
        this.names = names;
        this.site = site;
        this.webhooks = webhooks;
    }

    /** The page of the logged-in account; a logged-out visitor is sent to log in and comes back here. */
    void show(Context ctx) {
        if (Owner.find(ctx).isEmpty()) {
            ctx.redirect("/login?next=/alerts", io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        ctx.html(render(ctx, List.of()));
    }

    void createWatchlist(Context ctx) {
        act(ctx, owner -> alerts.createWatchlist(WatchlistSection.read(ctx, owner, names)));
    }

    void setWatchlistDigest(Context ctx) {
        act(ctx, owner -> {
            Optional<DeliveryTarget.Digest> digest = WatchlistSection.digest(ctx);
            Watchlist w = alerts.watchlist(owner, id(ctx)).orElse(null);
            mine(w != null && alerts.updateWatchlist(new Watchlist(w.id(), owner, w.name(), w.criteria(), w.active(), digest)).isPresent(), ctx, "watchlist");
        });
    }

    void deleteWatchlist(Context ctx) {
        act(ctx, owner -> mine(alerts.deleteWatchlist(owner, id(ctx)), ctx, "watchlist"));
    }

    void addTarget(Context ctx) {
        act(ctx, owner -> {
            DeliveryTarget.Kind kind = AlertApi.kind(param(ctx, "kind"));
            webhooks.check(ctx, kind, param(ctx, "address"));
            alerts.addTarget(owner, kind, param(ctx, "address"), Optional.of(param(ctx, "secret")).filter(s -> !s.isBlank()),
                    AlertApi.digest(param(ctx, "digest").isBlank() ? "none" : param(ctx, "digest")));
        });
    }

    void removeTarget(Context ctx) {
        act(ctx, owner -> mine(alerts.removeTarget(owner, id(ctx)), ctx, "delivery target"));
    }

    void subscribe(Context ctx) {
        act(ctx, owner -> alerts.subscribe(owner, Subscription.Kind.of(param(ctx, "kind")), param(ctx, "target"), WatchlistSection.digest(ctx)));
    }

    void setSubscriptionDigest(Context ctx) {
        act(ctx, owner -> {
            Optional<DeliveryTarget.Digest> digest = WatchlistSection.digest(ctx);
            mine(alerts.setDigest(owner, id(ctx), digest).isPresent(), ctx, "subscription");
        });
    }

    void unsubscribe(Context ctx) {
        act(ctx, owner -> mine(alerts.unsubscribe(owner, id(ctx)), ctx, "subscription"));
    }

    void retry(Context ctx) {
        act(ctx, owner -> mine(alerts.retry(owner, id(ctx)), ctx, "parked delivery"));
    }

    void markRead(Context ctx) {
        act(ctx, owner -> mine(alerts.markRead(owner, id(ctx)), ctx, "notification"));
    }

    /** Nothing was changed because the item is not the asker's (or is gone): a 404 naming it. */
    private static void mine(boolean changed, Context ctx, String what) {
        if (!changed) throw new NotFound("You have no " + what + " " + ctx.pathParam("id"));
    }

    /** Post/redirect/get: a done action goes back to the page; a refused one shows the page with its problems. */
    private void act(Context ctx, Consumer<String> action) {
        String owner = Owner.of(ctx);
        try {
            action.accept(owner);
            ctx.redirect("/alerts", io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (InvalidWatchlist e) {
            ctx.status(400).html(render(ctx, e.problems()));
        }
    }

    /** The page of the asking account; every form carries the session's CSRF token as the hidden field {@code csrf}. */
    String render(Context ctx, List<String> problems) {
        String owner = Owner.of(ctx);
        String csrf = ReviewForms.hidden(ReviewSite.CSRF_FIELD, site.session(ctx).map(org.vigil.review.Session::csrf).orElse(""));
        StringBuilder h = new StringBuilder();
        h.append("<h1>Alerts</h1>\n<p class=\"meta\">Alerts of <strong>").append(Html.escape(owner)).append("</strong>.</p>\n");
        if (!problems.isEmpty()) {
            h.append("<ul class=\"error\" role=\"alert\">");
            problems.forEach(p -> h.append("<li>").append(Html.escape(p)).append("</li>"));
            h.append("</ul>\n");
        }
        notifications(h, owner);
        WatchlistSection.watchlists(h, alerts.watchlists(owner));
        targets(h, owner);
        WatchlistSection.subscriptions(h, alerts.subscriptions(owner));
        String body = FORM_TAG.matcher(h).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group() + csrf));
        return Layout.page("Alerts", body, List.of());
    }

    private void notifications(StringBuilder h, String owner) {
        h.append("<section class=\"panel\" aria-labelledby=\"notifications-h\"><h2 id=\"notifications-h\">Notifications <span id=\"alert-unread\" class=\"meta\">")
                .append(alerts.unread(owner)).append(" unread</span></h2>\n");
        List<Notification> shown = alerts.notifications(owner, 0, 100);
        h.append("<ol id=\"notification-list\" class=\"notifications\" aria-live=\"polite\" data-last-id=\"")
                .append(shown.isEmpty() ? 0 : shown.get(0).id()).append("\">");
        for (Notification n : shown) {
            h.append("<li class=\"notification kind-").append(n.kind().code()).append(n.read() ? " read" : "").append("\" data-id=\"").append(n.id()).append("\">")
                    .append("<strong class=\"title\">").append(Html.escape(n.title())).append("</strong> <span class=\"meta\">")
                    .append(Html.escape(n.kind().code())).append(" · ").append(Html.escape(n.createdAt().toString()));
            if (!n.watchlists().isEmpty()) h.append(" · ").append(Html.escape(String.join(", ", n.watchlists())));
            h.append("</span>");
            if (n.incidentId().isPresent()) h.append(" <a href=\"/incidents/").append(n.incidentId().getAsLong()).append("\">incident</a>");
            if (!n.read()) {
                h.append(" <form method=\"post\" action=\"/alerts/notifications/").append(n.id()).append("/read\" class=\"inline\"><button class=\"mark-read\">Mark read</button></form>");
            }
            h.append("<pre class=\"body\">").append(Html.escape(n.body())).append("</pre></li>\n");
        }
        h.append("</ol><p class=\"empty\" id=\"notification-empty\"").append(shown.isEmpty() ? "" : " hidden")
                .append(">No notifications yet.</p></section>\n");
    }

    private void targets(StringBuilder h, String owner) {
        h.append("<section class=\"panel\" aria-labelledby=\"targets-h\"><h2 id=\"targets-h\">Where alerts go</h2>\n<p class=\"note\">Alerts always appear here; they also go to:</p><ul>");
        for (DeliveryTarget t : alerts.targets(owner)) {
            h.append("<li>").append(Html.escape(t.kind().name().toLowerCase(java.util.Locale.ROOT))).append(' ').append(Html.escape(t.address()))
                    .append(t.digest() == DeliveryTarget.Digest.NONE ? "" : " (" + t.digest().name().toLowerCase(java.util.Locale.ROOT) + " digest)")
                    .append(" <form method=\"post\" action=\"/alerts/targets/").append(t.id()).append("/delete\" class=\"inline\"><button>Remove</button></form></li>");
        }
        h.append("</ul><form method=\"post\" action=\"/alerts/targets\" class=\"filters\" aria-label=\"New delivery target\">")
                .append("<div class=\"field\"><label for=\"t-kind\">Kind</label><select id=\"t-kind\" name=\"kind\"><option value=\"email\">E-mail</option>")
                .append("<option value=\"webhook\">Webhook</option></select></div>")
                .append(field("address", "Address or URL", "text", "analyst@example.org"))
                .append(field("secret", "Webhook secret", "password", "16 characters or more"))
                .append("<div class=\"field\"><label for=\"t-digest\">E-mail</label><select id=\"t-digest\" name=\"digest\"><option value=\"none\">each alert</option>")
                .append("<option value=\"hourly\">hourly digest</option><option value=\"daily\">daily digest</option></select></div>")
                .append("<div class=\"actions\"><button type=\"submit\">Add</button></div></form>\n");
        List<Delivery> parked = alerts.deliveries(owner, Optional.of(Delivery.Status.PARKED), 50);
        h.append("<h3>Failed deliveries</h3>");
        if (parked.isEmpty()) h.append("<p class=\"empty\">None.</p>");
        else {
            h.append("<table id=\"parked\"><thead><tr><th>Target</th><th>Attempts</th><th>Last error</th><th></th></tr></thead><tbody>");
            for (Delivery d : parked) {
                h.append("<tr><td>").append(d.targetId()).append("</td><td>").append(d.attempts()).append("</td><td>").append(Html.escape(d.lastError().orElse("")))
                        .append("</td><td><form method=\"post\" action=\"/alerts/deliveries/").append(d.id()).append("/retry\"><button>Retry</button></form></td></tr>");
            }
            h.append("</tbody></table>");
        }
        h.append("</section>\n");
    }

    static String field(String name, String label, String type, String placeholder) {
        return "<div class=\"field\"><label for=\"f-" + name + "\">" + Html.escape(label) + "</label><input id=\"f-" + name + "\" name=\"" + name
                + "\" type=\"" + type + "\" placeholder=\"" + Html.escape(placeholder) + "\"></div>";
    }

    private static String param(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
    }

    private static long id(Context ctx) {
        try {
            return Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw new NotFound("No such item: " + ctx.pathParam("id"));
        }
    }
}
