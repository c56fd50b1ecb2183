package org.vigil.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.vigil.alert.DeliveryTarget;
import org.vigil.alert.Geofence;
import org.vigil.alert.InvalidWatchlist;
import org.vigil.alert.Regions;
import org.vigil.alert.Subscription;
import org.vigil.alert.WatchCriteria;
import org.vigil.alert.WatchNames;
import org.vigil.alert.Watchlist;
import org.vigil.extract.IncidentType;

/**
 * The watchlists and "following" parts of the Alerts page: a user's watchlists and subscriptions with a form
 * each to choose how their alerts are e-mailed (as each address is set, each alert at once, hourly or daily),
 * the forms that add one, and the reading of those forms into a {@link Watchlist} or a digest choice.
 */
final class WatchlistSection {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The e-mail digest choices as {@link DeliveryTarget.Digest#choice} reads them, with their labels. */
    private static final List<String[]> DIGESTS = List.of(new String[] {"default", "as each address is set"},
            new String[] {"instant", "each alert at once"}, new String[] {"hourly", "hourly digest"}, new String[] {"daily", "daily digest"});

    private WatchlistSection() {
    }

    /** The watchlist a "New watchlist" form posted, for {@code owner}; every problem with it is reported at once. */
    static Watchlist read(Context ctx, String owner, WatchNames names) {
        ObjectNode c = MAPPER.createObjectNode();
        List<String> problems = new ArrayList<>();
        list(c.putArray("types"), ctx.formParams("types"));
        list(c.putArray("regions"), ctx.formParams("regions"));
        list(c.putArray("groups"), split(ctx.formParam("groups"), ","));
        list(c.putArray("countries"), split(ctx.formParam("countries"), ","));
        list(c.putArray("keywords"), split(ctx.formParam("keywords"), ","));
        list(c.putArray("geofences"), split(ctx.formParam("geofences"), "\n"));
        String min = param(ctx, "minKilled");
        if (!min.isEmpty()) {
            try {
                c.put("minKilled", Integer.parseInt(min));
            } catch (NumberFormatException e) {
                problems.add("Minimum killed must be a whole number, got '" + min + "'");
            }
        }
        String name = param(ctx, "name");
        if (name.isEmpty()) problems.add("A watchlist needs a name");
        Optional<DeliveryTarget.Digest> digest = Optional.empty();
        try {
            digest = digest(ctx);
        } catch (InvalidWatchlist e) {
            problems.addAll(e.problems());
        }
        WatchCriteria criteria = null;
        try {
            criteria = names.read(c);
        } catch (InvalidWatchlist e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) throw new InvalidWatchlist(problems);
        return new Watchlist(0, owner, name, criteria, true, digest);
    }

    /** The e-mail digest a form posted as {@code emailDigest}, as the API reads it. */
    static Optional<DeliveryTarget.Digest> digest(Context ctx) {
        return DeliveryTarget.Digest.choice(param(ctx, "emailDigest"));
    }

    static void watchlists(StringBuilder h, List<Watchlist> watchlists) {
        h.append("<section class=\"panel\" aria-labelledby=\"watchlists-h\"><h2 id=\"watchlists-h\">Watchlists</h2>\n<table id=\"watchlists\"><thead><tr>")
                .append("<th>Name</th><th>Watches</th><th>E-mail</th><th></th></tr></thead><tbody>");
        for (Watchlist w : watchlists) {
            h.append("<tr data-id=\"").append(w.id()).append("\"><td>").append(Html.escape(w.name())).append(w.active() ? "" : " (paused)").append("</td><td>")
                    .append(Html.escape(describe(w.criteria()))).append("</td><td>")
                    .append(digestForm("/alerts/watchlists/" + w.id() + "/digest", "wd-" + w.id(), "E-mail of watchlist " + w.name(), w.emailDigest()))
                    .append("</td><td><form method=\"post\" action=\"/alerts/watchlists/").append(w.id())
                    .append("/delete\"><button>Delete</button></form></td></tr>");
        }
        h.append("</tbody></table>\n<form method=\"post\" action=\"/alerts/watchlists\" class=\"filters\" aria-label=\"New watchlist\">")
                .append(AlertPage.field("name", "Name", "text", "ISKP in Europe"))
                .append("<div class=\"field\"><label for=\"w-types\">Types</label><select id=\"w-types\" name=\"types\" multiple size=\"4\">");
        for (IncidentType t : IncidentType.values()) h.append("<option value=\"").append(t.code()).append("\">").append(Html.escape(Html.label(t.code()))).append("</option>");
        h.append("</select></div><div class=\"field\"><label for=\"w-regions\">Regions</label><select id=\"w-regions\" name=\"regions\" multiple size=\"4\">");
        for (String r : Regions.bundled().names()) h.append("<option>").append(Html.escape(r)).append("</option>");
        h.append("</select></div>")
                .append(AlertPage.field("groups", "Groups (comma-separated)", "text", "ISKP, Boko Haram"))
                .append(AlertPage.field("countries", "Countries (comma-separated)", "text", "France, DE"))
                .append("<div class=\"field\"><label for=\"w-geofences\">Geofences, one a line</label><textarea id=\"w-geofences\" name=\"geofences\" rows=\"2\" ")
                .append("placeholder=\"48.8566,2.3522,50&#10;box:40,-5,45,5\"></textarea></div>")
                .append(AlertPage.field("minKilled", "Minimum killed", "number", "11"))
                .append(AlertPage.field("keywords", "Keywords (comma-separated)", "text", "stadium, car bomb"))
                .append("<div class=\"field\"><label for=\"w-digest\">E-mail</label>").append(digestSelect("w-digest", Optional.empty())).append("</div>")
                .append("<div class=\"actions\"><button type=\"submit\">Add watchlist</button></div></form></section>\n");
    }

    static void subscriptions(StringBuilder h, List<Subscription> subscriptions) {
        h.append("<section class=\"panel\" aria-labelledby=\"subs-h\"><h2 id=\"subs-h\">Following</h2><ul id=\"subscriptions\">");
        for (Subscription s : subscriptions) {
            String href = s.kind() == Subscription.Kind.ARTICLE_COMMENTS ? "/articles/" + Html.url(s.target()) : "/incidents/" + Html.url(s.target());
            String what = s.kind().code().replace('_', ' ') + " " + s.target();
            h.append("<li data-id=\"").append(s.id()).append("\">").append(Html.escape(s.kind().code().replace('_', ' '))).append(' ').append(Html.link(href, s.target()))
                    .append(' ').append(digestForm("/alerts/subscriptions/" + s.id() + "/digest", "sd-" + s.id(), "E-mail of " + what, s.emailDigest()))
                    .append(" <form method=\"post\" action=\"/alerts/subscriptions/").append(s.id()).append("/delete\" class=\"inline\"><button>Stop</button></form></li>");
        }
        h.append("</ul><form method=\"post\" action=\"/alerts/subscriptions\" class=\"filters\" aria-label=\"Follow\">")
                .append("<div class=\"field\"><label for=\"s-kind\">Notify me of</label><select id=\"s-kind\" name=\"kind\">")
                .append("<option value=\"incident\">updates to incident</option><option value=\"incident_comments\">comments on incident</option>")
                .append("<option value=\"article_comments\">comments on article</option></select></div>")
                .append(AlertPage.field("target", "Incident number or article id", "text", "42"))
                .append("<div class=\"field\"><label for=\"s-digest\">E-mail</label>").append(digestSelect("s-digest", Optional.empty())).append("</div>")
                .append("<div class=\"actions\"><button type=\"submit\">Follow</button></div></form></section>\n");
    }

    /** "Types: bombing · Groups: Islamic State Khorasan Province · Within: 48.85,2.35,50 km"; everything when nothing is set. */
    static String describe(WatchCriteria c) {
        List<String> parts = new ArrayList<>();
        if (!c.types().isEmpty()) parts.add("Types: " + String.join(", ", c.types().stream().map(t -> t.code().replace('_', ' ')).sorted().toList()));
        if (!c.groups().isEmpty()) parts.add("Groups: " + String.join(", ", c.groups()));
        List<String> places = new ArrayList<>(c.countries().stream().sorted().toList());
        places.addAll(c.regions().stream().sorted().toList());
        c.geofences().forEach(g -> places.add(g instanceof Geofence.Circle ? g.text() + " km" : g.text()));
        if (!places.isEmpty()) parts.add("In: " + String.join(", ", places));
        c.minKilled().ifPresent(k -> parts.add("Killed: " + k + " or more"));
        if (!c.keywords().isEmpty()) parts.add("Keywords: " + String.join(", ", c.keywords()));
        return parts.isEmpty() ? "Every incident" : String.join(" · ", parts);
    }

    /** A small form that posts one item's e-mail digest choice to {@code action}. */
    private static String digestForm(String action, String id, String label, Optional<DeliveryTarget.Digest> current) {
        return "<form method=\"post\" action=\"" + action + "\" class=\"inline digest\" aria-label=\"" + Html.escape(label) + "\">"
                + digestSelect(id, current).replace("<select ", "<select aria-label=\"" + Html.escape(label) + "\" ")
                + " <button>Save</button></form>";
    }

    private static String digestSelect(String id, Optional<DeliveryTarget.Digest> current) {
        String selected = current.map(DeliveryTarget.Digest::choiceCode).orElse("default");
        StringBuilder s = new StringBuilder("<select id=\"").append(id).append("\" name=\"emailDigest\">");
        for (String[] d : DIGESTS) {
            s.append("<option value=\"").append(d[0]).append('"').append(d[0].equals(selected) ? " selected" : "").append('>')
                    .append(Html.escape(d[1])).append("</option>");
        }
        return s.append("</select>").toString();
    }

    private static String param(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).orElse("").strip();
    }

    private static List<String> split(String text, String separator) {
        if (text == null) return List.of();
        return Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void list(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
