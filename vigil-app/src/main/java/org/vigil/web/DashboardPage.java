package org.vigil.web;

import java.util.List;
import java.util.Optional;
import org.vigil.store.IncidentPage;
import org.vigil.store.IncidentSearch;
import org.vigil.store.IncidentStats;
import org.vigil.store.IncidentStats.NameCount;
import org.vigil.store.IncidentStore;

/**
 * Renders a dashboard for the incidents a set of filters selects: totals, the timeline and the map
 * (drawn by dashboard.js from /api/stats with the same filters), the leading groups and countries and
 * the latest incidents. The main screen, a group's page and a country's page are all such dashboards.
 */
final class DashboardPage {
    static final int LATEST = 10;

    private final IncidentStore store;
    private final Names names;
    private final IncidentTable table;

    DashboardPage(IncidentStore store, Names names) {
        this.store = store;
        this.names = names;
        this.table = new IncidentTable(names);
    }

    /** The whole page; {@code intro} is escaped HTML shown under the heading, {@code suggestions} feed the form's fields. */
    String render(String title, String intro, String path, SearchParams params, Suggestions suggestions) {
        SearchParams filters = params.filters();
        IncidentSearch search = filters.with("size", Integer.toString(LATEST)).search(names);
        IncidentStats stats = store.stats(search, ApiHandlers.TOP);
        IncidentPage latest = store.search(search);
        String statsUrl = "/api/stats" + filters.queryString();
        StringBuilder html = new StringBuilder("<h1>").append(Html.escape(title)).append("</h1>").append(intro)
                .append(FilterForm.render(path, filters, suggestions.groups(), suggestions.countries()))
                .append("<p class=\"totals\" id=\"totals\"><strong>").append(stats.incidents()).append("</strong> incidents · <strong>")
                .append(stats.killed()).append("</strong> killed · <strong>").append(stats.injured()).append("</strong> injured")
                .append(" · <a href=\"").append(Html.escape("/incidents" + filters.queryString())).append("\">List them</a></p>")
                .append("<div class=\"grid\">")
                .append("<section class=\"panel wide\" aria-labelledby=\"h-timeline\"><h2 id=\"h-timeline\">Incidents over time, by type</h2>")
                .append("<div id=\"timeline\" class=\"chart\" data-stats=\"").append(Html.escape(statsUrl)).append("\" data-list=\"")
                .append(Html.escape("/incidents" + filters.without("since", "until").queryString()))
                .append("\"><p class=\"loading\">Loading the timeline…</p></div></section>")
                .append("<section class=\"panel wide\" aria-labelledby=\"h-map\"><h2 id=\"h-map\">Where</h2>")
                .append("<div id=\"map\" class=\"map\" data-stats=\"").append(Html.escape(statsUrl))
                .append("\" data-shapes=\"/static/countries-110m.json\"><p class=\"loading\">Loading the map…</p></div>")
                .append("<p class=\"note\">Circles gather nearby incidents; colour is the most frequent type, size the people killed and injured.</p></section>")
                .append(names(path, filters, "Top groups", "group", stats.groups(), false))
                .append(names(path, filters, "Top countries", "country", stats.countries(), true))
                .append("<section class=\"panel wide\" aria-labelledby=\"h-latest\"><h2 id=\"h-latest\">Latest incidents</h2>")
                .append(table.render(latest.incidents(), "The " + latest.incidents().size() + " most recent of " + latest.total(), Optional.empty()))
                .append("</section></div>");
        return Layout.page(title, html.toString(), List.of("dashboard.js"));
    }

    private String names(String path, SearchParams filters, String heading, String param, List<NameCount> counts, boolean country) {
        String id = "h-" + param;
        StringBuilder html = new StringBuilder("<section class=\"panel\" aria-labelledby=\"").append(id).append("\"><h2 id=\"").append(id)
                .append("\">").append(heading).append("</h2>");
        if (counts.isEmpty()) return html.append("<p class=\"empty\">None.</p></section>").toString();
        html.append("<ol class=\"bars\">");
        int max = counts.get(0).count();
        for (NameCount c : counts) {
            String name = country ? names.countryName(c.key()) : c.name();
            String page = country ? "/countries/" + Html.url(c.key()) : "/groups/" + Html.url(c.name());
            String filtered = path + filters.with(param, c.key()).queryString();
            int width = Math.max(2, Math.round(100f * c.count() / max));
            html.append("<li><a href=\"").append(Html.escape(page)).append("\">").append(Html.escape(name)).append("</a>")
                    .append(" <a class=\"count\" href=\"").append(Html.escape(filtered)).append("\" title=\"Filter this view by ")
                    .append(Html.escape(name)).append("\">").append(c.count()).append("</a>")
                    .append("<span class=\"bar w").append(width / 5 * 5).append("\" aria-hidden=\"true\"></span></li>");
        }
        return html.append("</ol></section>").toString();
    }

    /** Names the filter form suggests for its group and country fields. */
    record Suggestions(List<String> groups, List<String> countries) {
        static final Suggestions NONE = new Suggestions(List.of(), List.of());
    }
}
