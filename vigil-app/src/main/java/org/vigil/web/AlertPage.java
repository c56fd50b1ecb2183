package org.vigil.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.vigil.alert.Alerts;
import org.vigil.alert.Delivery;
import org.vigil.alert.DeliveryTarget;
import org.vigil.alert.InvalidWatchlist;
import org.vigil.alert.Notification;
import org.vigil.alert.Regions;
import org.vigil.alert.Subscription;
import org.vigil.alert.WatchNames;
import org.vigil.alert.Watchlist;
import org.vigil.extract.IncidentType;

/**
 * The Alerts page: the user's notifications (kept live by {@code alerts.js}), watchlists, delivery
 * targets with parked deliveries, and what they follow, each with a form; forms post back here and
 * a refused one shows every problem above the page.
 */
final class AlertPage {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final Alerts alerts;
    private final WatchNames names;

    AlertPage(Alerts alerts, WatchNames names) {
        this.alerts = alerts;
        this.names = names;
    }

    void show(Context ctx) {
        ctx.html(render(Owner.of(ctx), List.of()));
    }

    void createWatchlist(Context ctx) {
        act(ctx, owner -> {
            ObjectNode c = MAPPER.createObjectNode();
            list(c.putArray("types"), ctx.formParams("types"));
            list(c.putArray("regions"), ctx.formParams("regions"));
            list(c.putArray("groups"), split(ctx.formParam("groups"), ","));
            list(c.putArray("countries"), split(ctx.formParam("countries"), ","));
            list(c.putArray("keywords"), split(ctx.formParam("keywords"), ","));
            list(c.putArray("geofences"), split(ctx.formParam("geofences"), "\n"));
            String min = Optional.ofNullable(ctx.formParam("minKilled")).orElse("").strip();
            if (!min.isEmpty()) {
                try {
                    c.put("minKilled", Integer.parseInt(min));
                } catch (NumberFormatException e) {
                    throw new InvalidWatchlist(List.of("Minimum killed must be a whole number, got '" + min + "'"));
                }
            }
            String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
            if (name.isEmpty()) throw new InvalidWatchlist(List.of("A watchlist needs a name"));
            alerts.createWatchlist(owner, name, names.read(c), true);
        });
    }

    void deleteWatchlist(Context ctx) {
        act(ctx, owner -> alerts.deleteWatchlist(owner, id(ctx)));
    }

    void addTarget(Context ctx) {
        act(ctx, owner -> alerts.addTarget(owner, AlertApi.kind(param(ctx, "kind")), param(ctx, "address"),
                Optional.of(param(ctx, "secret")).filter(s -> !s.isBlank()), AlertApi.digest(param(ctx, "digest").isBlank() ? "none" : param(ctx, "digest"))));
    }

    void removeTarget(Context ctx) {
        act(ctx, owner -> alerts.removeTarget(owner, id(ctx)));
    }

    void subscribe(Context ctx) {
        act(ctx, owner -> alerts.subscribe(owner, Subscription.Kind.of(param(ctx, "kind")), param(ctx, "target")));
    }

    void unsubscribe(Context ctx) {
        act(ctx, owner -> alerts.unsubscribe(owner, id(ctx)));
    }

    void retry(Context ctx) {
        act(ctx, owner -> alerts.retry(owner, id(ctx)));
    }

    void markRead(Context ctx) {
        act(ctx, owner -> alerts.markRead(owner, id(ctx)));
    }

    /** Post/redirect/get: a done action goes back to the page; a refused one shows the page with its problems. */
    private void act(Context ctx, Consumer<String> action) {
        String owner = Owner.of(ctx);
        try {
            action.accept(owner);
            ctx.redirect("/alerts", io.javalin.http.HttpStatus.SEE_OTHER);
        } catch (InvalidWatchlist e) {
            ctx.status(400).html(render(owner, e.problems()));
        }
    }

    String render(String owner, List<String> problems) {
        StringBuilder h = new StringBuilder();
        h.append("<h1>Alerts</h1>\n<p class=\"meta\">Alerts of <strong>").append(Html.escape(owner)).append("</strong>.</p>\n");
        if (!problems.isEmpty()) {
            h.append("<ul class=\"error\" role=\"alert\">");
            problems.forEach(p -> h.append("<li>").append(Html.escape(p)).append("</li>"));
            h.append("</ul>\n");
        }
        notifications(h, owner);
        watchlists(h, owner);
        targets(h, owner);
        subscriptions(h, owner);
        return Layout.page("Alerts", h.toString(), List.of());
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
                h.append(" <form method=\"post\" action=\"/alerts/notifications/").append(n.id()).append("/read\" class=\"inline\"><button>Mark read</button></form>");
            }
            h.append("<pre class=\"body\">").append(Html.escape(n.body())).append("</pre></li>\n");
        }
        h.append("</ol><p class=\"empty\" id=\"notification-empty\"").append(shown.isEmpty() ? "" : " hidden")
                .append(">No notifications yet.</p></section>\n");
    }

    private void watchlists(StringBuilder h, String owner) {
        h.append("<section class=\"panel\" aria-labelledby=\"watchlists-h\"><h2 id=\"watchlists-h\">Watchlists</h2>\n<table><thead><tr><th>Name</th><th>Watches</th><th></th></tr></thead><tbody>");
        for (Watchlist w : alerts.watchlists(owner)) {
            h.append("<tr><td>").append(Html.escape(w.name())).append(w.active() ? "" : " (paused)").append("</td><td>")
                    .append(Html.escape(describe(w.criteria()))).append("</td><td><form method=\"post\" action=\"/alerts/watchlists/")
                    .append(w.id()).append("/delete\"><button>Delete</button></form></td></tr>");
        }
        h.append("</tbody></table>\n<form method=\"post\" action=\"/alerts/watchlists\" class=\"filters\" aria-label=\"New watchlist\">")
                .append(field("name", "Name", "text", "ISKP in Europe"))
                .append("<div class=\"field\"><label for=\"w-types\">Types</label><select id=\"w-types\" name=\"types\" multiple size=\"4\">");
        for (IncidentType t : IncidentType.values()) h.append("<option value=\"").append(t.code()).append("\">").append(Html.escape(Html.label(t.code()))).append("</option>");
        h.append("</select></div><div class=\"field\"><label for=\"w-regions\">Regions</label><select id=\"w-regions\" name=\"regions\" multiple size=\"4\">");
        for (String r : Regions.bundled().names()) h.append("<option>").append(Html.escape(r)).append("</option>");
        h.append("</select></div>")
                .append(field("groups", "Groups (comma-separated)", "text", "ISKP, Boko Haram"))
                .append(field("countries", "Countries (comma-separated)", "text", "France, DE"))
                .append("<div class=\"field\"><label for=\"w-geofences\">Geofences, one a line</label><textarea id=\"w-geofences\" name=\"geofences\" rows=\"2\" ")
                .append("placeholder=\"48.8566,2.3522,50&#10;box:40,-5,45,5\"></textarea></div>")
                .append(field("minKilled", "Minimum killed", "number", "11"))
                .append(field("keywords", "Keywords (comma-separated)", "text", "stadium, car bomb"))
                .append("<div class=\"actions\"><button type=\"submit\">Add watchlist</button></div></form></section>\n");
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

    private void subscriptions(StringBuilder h, String owner) {
        h.append("<section class=\"panel\" aria-labelledby=\"subs-h\"><h2 id=\"subs-h\">Following</h2><ul>");
        for (Subscription s : alerts.subscriptions(owner)) {
            String href = s.kind() == Subscription.Kind.ARTICLE_COMMENTS ? "/articles/" + Html.url(s.target()) : "/incidents/" + Html.url(s.target());
            h.append("<li>").append(Html.escape(s.kind().code().replace('_', ' '))).append(' ').append(Html.link(href, s.target()))
                    .append(" <form method=\"post\" action=\"/alerts/subscriptions/").append(s.id()).append("/delete\" class=\"inline\"><button>Stop</button></form></li>");
        }
        h.append("</ul><form method=\"post\" action=\"/alerts/subscriptions\" class=\"filters\" aria-label=\"Follow\">")
                .append("<div class=\"field\"><label for=\"s-kind\">Notify me of</label><select id=\"s-kind\" name=\"kind\">")
                .append("<option value=\"incident\">updates to incident</option><option value=\"incident_comments\">comments on incident</option>")
                .append("<option value=\"article_comments\">comments on article</option></select></div>")
                .append(field("target", "Incident number or article id", "text", "42"))
                .append("<div class=\"actions\"><button type=\"submit\">Follow</button></div></form></section>\n");
    }

    /** "Types: bombing · Groups: Islamic State Khorasan Province · Within: 48.85,2.35,50 km"; everything when nothing is set. */
    static String describe(org.vigil.alert.WatchCriteria c) {
        List<String> parts = new java.util.ArrayList<>();
        if (!c.types().isEmpty()) parts.add("Types: " + String.join(", ", c.types().stream().map(t -> t.code().replace('_', ' ')).sorted().toList()));
        if (!c.groups().isEmpty()) parts.add("Groups: " + String.join(", ", c.groups()));
        List<String> places = new java.util.ArrayList<>(c.countries().stream().sorted().toList());
        places.addAll(c.regions().stream().sorted().toList());
        c.geofences().forEach(g -> places.add(g instanceof org.vigil.alert.Geofence.Circle ? g.text() + " km" : g.text()));
        if (!places.isEmpty()) parts.add("In: " + String.join(", ", places));
        c.minKilled().ifPresent(k -> parts.add("Killed: " + k + " or more"));
        if (!c.keywords().isEmpty()) parts.add("Keywords: " + String.join(", ", c.keywords()));
        return parts.isEmpty() ? "Every incident" : String.join(" · ", parts);
    }

    private static String field(String name, String label, String type, String placeholder) {
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

    private static List<String> split(String text, String separator) {
        if (text == null) return List.of();
        return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void list(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
