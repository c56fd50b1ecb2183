package org.vigil.web;

import java.util.List;
import java.util.Optional;
import org.vigil.store.IncidentPage;
import org.vigil.store.IncidentSearch;

/** Renders the incident list: the filter form, a sortable table of one page, links to the other pages and the CSV of the view. */
final class ListPage {
    private final IncidentTable table;

    ListPage(Names names) {
        this.table = new IncidentTable(names);
    }

    String render(SearchParams params, IncidentSearch search, IncidentPage page, DashboardPage.Suggestions suggestions) {
        int size = search.query().limit();
        int number = params.page();
        int pages = Math.max(1, (page.total() + size - 1) / size);
        int from = page.incidents().isEmpty() ? 0 : search.query().offset() + 1;
        int to = search.query().offset() + page.incidents().size();
        StringBuilder html = new StringBuilder("<h1>Incidents</h1>")
                .append(FilterForm.render("/incidents", params, suggestions.groups(), suggestions.countries()))
                .append("<p class=\"totals\" id=\"totals\"><strong>").append(page.total()).append("</strong> incidents match")
                .append(page.total() > 0 ? " · showing " + from + "–" + to : "")
                .append(" · <a href=\"").append(Html.escape("/incidents.csv" + params.without("page", "size").queryString()))
                .append("\" download>Download CSV</a> · <a href=\"").append(Html.escape("/" + params.filters().queryString()))
                .append("\">Dashboard of this view</a></p>")
                .append(table.render(page.incidents(), "Incidents, page " + number + " of " + pages, Optional.of(params)));
        html.append("<nav class=\"pager\" aria-label=\"Pages\">");
        if (number > 1) html.append(pageLink(params, number - 1, "← Previous", "prev"));
        html.append("<span>Page ").append(number).append(" of ").append(pages).append("</span>");
        if (number < pages) html.append(pageLink(params, number + 1, "Next →", "next"));
        html.append("</nav>");
        return Layout.page("Incidents", html.toString(), List.of());
    }

    private static String pageLink(SearchParams params, int page, String label, String rel) {
        String href = "/incidents" + (page == 1 ? params.without("page") : params.with("page", Integer.toString(page))).queryString();
        return "<a rel=\"" + rel + "\" href=\"" + Html.escape(href) + "\">" + label + "</a>";
    }
}
