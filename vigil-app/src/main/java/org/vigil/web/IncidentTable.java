package org.vigil.web;

import java.util.List;
import java.util.OptionalInt;
import org.vigil.extract.IncidentMention;
import org.vigil.nlp.PartialDate;
import org.vigil.store.IncidentSort;
import org.vigil.store.ListedIncident;

/** Renders incidents as an HTML table, optionally with column headers that sort the current view. */
final class IncidentTable {
    private record Column(String label, IncidentSort sort) { }

    private static final List<Column> COLUMNS = List.of(
            new Column("Date", IncidentSort.DATE), new Column("Type", IncidentSort.TYPE), new Column("Place", IncidentSort.PLACE),
            new Column("Country", IncidentSort.COUNTRY), new Column("Group", IncidentSort.GROUP),
            new Column("Killed", IncidentSort.KILLED), new Column("Injured", IncidentSort.INJURED));

    private final Names names;

    IncidentTable(Names names) {
        this.names = names;
    }

    /** The table; with {@code sorting} present, headers link to the same view sorted by their column. */
    String render(List<ListedIncident> incidents, String caption, java.util.Optional<SearchParams> sorting) {
        if (incidents.isEmpty()) return "<p class=\"empty\">No incidents match.</p>";
        StringBuilder html = new StringBuilder("<div class=\"table-wrap\"><table class=\"incidents\"><caption>")
                .append(Html.escape(caption)).append("</caption><thead><tr>");
        for (Column c : COLUMNS) html.append(header(c, sorting));
        html.append("<th scope=\"col\">Source</th></tr></thead><tbody>");
        for (ListedIncident i : incidents) row(html, i);
        return html.append("</tbody></table></div>").toString();
    }

    private static String header(Column c, java.util.Optional<SearchParams> sorting) {
        boolean numeric = c.sort() == IncidentSort.KILLED || c.sort() == IncidentSort.INJURED;
        String cls = numeric ? " class=\"num\"" : "";
        if (sorting.isEmpty()) return "<th scope=\"col\"" + cls + ">" + c.label() + "</th>";
        SearchParams p = sorting.get();
        boolean active = p.get("sort").orElse("date").equals(c.sort().code());
        boolean descending = !p.get("dir").orElse("desc").equals("asc");
        String nextDir = active ? (descending ? "asc" : "desc") : (c.sort() == IncidentSort.DATE || numeric ? "desc" : "asc");
        String href = "/incidents" + p.without("page").with("sort", c.sort().code()).with("dir", nextDir).queryString();
        String aria = active ? " aria-sort=\"" + (descending ? "descending" : "ascending") + "\"" : "";
        String arrow = active ? (descending ? " ▼" : " ▲") : "";
        return "<th scope=\"col\"" + cls + aria + "><a href=\"" + Html.escape(href) + "\">" + c.label() + arrow + "</a></th>";
    }

    private void row(StringBuilder html, ListedIncident i) {
        IncidentMention m = i.incident().mention();
        String href = "/incidents/" + i.id();
        html.append("<tr><td><a href=\"").append(href).append("\">").append(Html.escape(m.date().map(PartialDate::toString).orElse("undated")))
                .append("</a></td><td><span class=\"type-dot t-").append(m.type().code()).append("\" aria-hidden=\"true\"></span>")
                .append(Html.escape(Html.label(m.type().code()))).append("</td><td>").append(Html.escape(m.place().orElse("")))
                .append("</td><td>");
        m.country().ifPresent(c -> html.append(Html.link("/countries/" + Html.url(c), names.countryName(c))));
        html.append("</td><td>");
        m.perpetrator().ifPresent(g -> html.append(g.equals("unknown") ? "unknown" : Html.link("/groups/" + Html.url(g), g)));
        html.append("</td><td class=\"num\">").append(figure(i.killed())).append("</td><td class=\"num\">").append(figure(i.injured()))
                .append("</td><td class=\"src\">").append(Html.link("/articles/" + Html.url(m.articleId()), i.incident().articleTitle()));
        if (i.mentions() > 1) html.append(" <span class=\"more\">+").append(i.mentions() - 1).append("</span>");
        i.incident().addedBy().ifPresent(a -> html.append(" <span class=\"added-by\">added by analyst ").append(Html.escape(a)).append("</span>"));
        html.append("</td></tr>");
    }

    private static String figure(OptionalInt value) {
        return value.isPresent() ? Integer.toString(value.getAsInt()) : "";
    }
}
