package org.vigil.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.vigil.ingest.Article;
import org.vigil.store.IncidentDetail;
import org.vigil.store.IncidentQuery;
import org.vigil.store.IncidentSearch;
import org.vigil.store.IncidentStats;
import org.vigil.store.IncidentStats.NameCount;
import org.vigil.store.IncidentStore;
import org.vigil.store.IncidentSource;

/** The HTML pages' handlers: each reads the store and hands records to its page renderer. */
final class PageHandlers {
    /** How long the form's group and country suggestions are reused before they are counted again. */
    private static final long SUGGESTIONS_MILLIS = 60_000;

    private final IncidentStore store;
    private final Names names;
    private final GroupAliases aliases;
    private final DashboardPage dashboard;
    private final ListPage list;
    private final IncidentView incident;
    private final ArticleView article;
    private DashboardPage.Suggestions suggestions = DashboardPage.Suggestions.NONE;
    private long suggestionsAt;

    PageHandlers(IncidentStore store, Names names, ArticleMarkup markup, GroupAliases aliases) {
        this.store = store;
        this.names = names;
        this.aliases = aliases;
        this.dashboard = new DashboardPage(store, names);
        this.list = new ListPage(names);
        this.incident = new IncidentView(names);
        this.article = new ArticleView(markup);
    }

    void dashboard(Context ctx) {
        ctx.html(dashboard.render("Dashboard", "", "/", SearchParams.of(ctx.queryParamMap()), suggestions()));
    }

    void incidents(Context ctx) {
        SearchParams params = SearchParams.of(ctx.queryParamMap());
        IncidentSearch search = params.search(names);
        ctx.html(list.render(params, search, store.search(search), suggestions()));
    }

    void incidentsCsv(Context ctx) throws IOException {
        IncidentSearch search = SearchParams.of(ctx.queryParamMap()).without("page", "size").search(names);
        ctx.contentType("text/csv; charset=utf-8").header("Content-Disposition", "attachment; filename=\"vigil-incidents.csv\"");
        Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8);
        CsvExport.write(store, search.withQuery(search.query().withOffset(0)), out);
    }

    void incident(Context ctx) {
        IncidentDetail detail = ApiHandlers.incident(ctx.pathParam("id"), store);
        Map<String, Article> articles = new LinkedHashMap<>();
        for (IncidentSource s : detail.sources()) {
            articles.computeIfAbsent(s.articleId(), id -> store.article(id).orElse(null));
        }
        ctx.html(incident.render(detail, articles));
    }

    void article(Context ctx) {
        Article a = ApiHandlers.article(ctx.pathParam("id"), store);
        ctx.html(article.render(a, store.mentionsOfArticle(a.id())));
    }

    void group(Context ctx) {
        String name = names.groupName(ctx.pathParam("name"));
        SearchParams params = SearchParams.of(ctx.queryParamMap()).with("group", name);
        List<String> other = aliases.of(name);
        String intro = other.isEmpty() ? "<p class=\"meta\">Vigil's alias tables list no other name for this group.</p>"
                : "<p class=\"meta\">Also known as: " + Html.escape(String.join(", ", other)) + "</p>";
        ctx.html(dashboard.render("Group: " + name, intro, "/groups/" + Html.url(name), params, suggestions()));
    }

    void country(Context ctx) {
        String typed = ctx.pathParam("code");
        String code = names.countryCode(typed).orElseThrow(() -> new NotFound("No country with code or name '" + typed + "'"));
        SearchParams params = SearchParams.of(ctx.queryParamMap()).with("country", code);
        ctx.html(dashboard.render("Country: " + names.countryName(code), "<p class=\"meta\">ISO 3166 code " + Html.escape(code) + "</p>",
                "/countries/" + code, params, suggestions()));
    }

    void groups(Context ctx) {
        ctx.html(Layout.page("Groups", directory("Groups", "group", all().groups(), false), List.of()));
    }

    void countries(Context ctx) {
        ctx.html(Layout.page("Countries", directory("Countries", "country", all().countries(), true), List.of()));
    }

    private IncidentStats all() {
        return store.stats(IncidentSearch.of(IncidentQuery.all()), Integer.MAX_VALUE);
    }

    private String directory(String title, String kind, List<NameCount> counts, boolean country) {
        StringBuilder html = new StringBuilder("<h1>").append(title).append("</h1>");
        if (counts.isEmpty()) return html.append("<p class=\"empty\">No incident names a ").append(kind).append(" yet.</p>").toString();
        html.append("<div class=\"table-wrap\"><table class=\"directory\"><caption>").append(counts.size()).append(' ').append(title.toLowerCase())
                .append(" by number of incidents</caption><thead><tr><th scope=\"col\">").append(Html.label(kind))
                .append("</th><th scope=\"col\" class=\"num\">Incidents</th></tr></thead><tbody>");
        for (NameCount c : counts) {
            String name = country ? names.countryName(c.key()) : c.name();
            String href = country ? "/countries/" + Html.url(c.key()) : "/groups/" + Html.url(c.name());
            html.append("<tr><td>").append(Html.link(href, name)).append("</td><td class=\"num\">").append(c.count()).append("</td></tr>");
        }
        return html.append("</tbody></table></div>").toString();
    }

    private synchronized DashboardPage.Suggestions suggestions() {
        long now = System.currentTimeMillis();
        if (now - suggestionsAt > SUGGESTIONS_MILLIS) {
            IncidentStats stats = store.stats(IncidentSearch.of(IncidentQuery.all()), 500);
            suggestions = new DashboardPage.Suggestions(stats.groups().stream().map(NameCount::name).toList(),
                    stats.countries().stream().map(c -> names.countryName(c.key())).toList());
            suggestionsAt = now;
        }
        return suggestions;
    }
}
