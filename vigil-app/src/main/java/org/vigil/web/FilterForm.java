package org.vigil.web;

import java.util.List;
import org.vigil.extract.IncidentType;

/** The filter form of the dashboard and the incident list: a GET form, so the filters land in the URL. */
final class FilterForm {
    private FilterForm() {
    }

    /** The form for {@code action}, filled from {@code params}; {@code groups} feed the group field's suggestions. */
    static String render(String action, SearchParams params, List<String> groups, List<String> countries) {
        StringBuilder html = new StringBuilder("<form class=\"filters\" method=\"get\" action=\"").append(Html.escape(action))
                .append("\" role=\"search\" aria-label=\"Filter incidents\">");
        field(html, "q", "Search text", "search", params, "words in the evidence or article", "");
        html.append("<div class=\"field\"><label for=\"f-type\">Type</label><select id=\"f-type\" name=\"type\"><option value=\"\">Any type</option>");
        String selected = params.get("type").orElse("");
        for (IncidentType t : IncidentType.values()) {
            html.append("<option value=\"").append(t.code()).append('"').append(t.code().equals(selected) ? " selected" : "").append('>')
                    .append(Html.escape(Html.label(t.code()))).append("</option>");
        }
        html.append("</select></div>");
        field(html, "group", "Group", "text", params, "e.g. Taliban", "list=\"group-names\"");
        field(html, "country", "Country", "text", params, "name or code", "list=\"country-names\"");
        field(html, "since", "From", "date", params, "", "");
        field(html, "until", "To", "date", params, "", "");
        for (String keep : List.of("sort", "dir", "size")) {
            params.get(keep).ifPresent(v -> html.append("<input type=\"hidden\" name=\"").append(keep).append("\" value=\"")
                    .append(Html.escape(v)).append("\">"));
        }
        html.append("<div class=\"actions\"><button type=\"submit\">Apply filters</button>");
        if (!params.filters().values().isEmpty()) html.append(" <a class=\"clear\" href=\"").append(Html.escape(action)).append("\">Clear</a>");
        html.append("</div>");
        datalist(html, "group-names", groups);
        datalist(html, "country-names", countries);
        return html.append("</form>").toString();
    }

    private static void field(StringBuilder html, String name, String label, String type, SearchParams params, String placeholder, String extra) {
        html.append("<div class=\"field\"><label for=\"f-").append(name).append("\">").append(label).append("</label><input id=\"f-")
                .append(name).append("\" name=\"").append(name).append("\" type=\"").append(type).append('"');
        if (!placeholder.isEmpty()) html.append(" placeholder=\"").append(Html.escape(placeholder)).append('"');
        if (!extra.isEmpty()) html.append(' ').append(extra);
        html.append(" value=\"").append(Html.escape(params.get(name).orElse(""))).append("\"></div>");
    }

    private static void datalist(StringBuilder html, String id, List<String> options) {
        html.append("<datalist id=\"").append(id).append("\">");
        for (String o : options) html.append("<option value=\"").append(Html.escape(o)).append("\"></option>");
        html.append("</datalist>");
    }
}
