package org.vigil.web;

import java.util.List;

/** The frame every page shares: head, skip link, navigation, footer and the page's own script files. */
final class Layout {
    private Layout() {
    }

    /** A whole HTML document; {@code body} must already be escaped HTML, {@code scripts} are paths under /static. */
    static String page(String title, String body, List<String> scripts) {
        StringBuilder html = new StringBuilder(body.length() + 1200);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(Html.escape(title)).append(" · Vigil</title>\n")
                .append("<link rel=\"stylesheet\" href=\"/static/vigil.css\">\n")
                .append("</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
                .append("<header class=\"top\"><nav aria-label=\"Main\"><a class=\"brand\" href=\"/\">Vigil</a>")
                .append("<a href=\"/\">Dashboard</a><a href=\"/incidents\">Incidents</a><a href=\"/groups\">Groups</a>")
                .append("<a href=\"/alerts\">Alerts<span id=\"alert-badge\" class=\"badge\" hidden></span></a>")
                .append("<a href=\"/countries\">Countries</a><a href=\"/api/openapi.json\">API</a><a href=\"/account\">Account</a></nav></header>\n")
                .append("<main id=\"main\">\n").append(body).append("\n</main>\n")
                .append("<footer>Vigil: incidents extracted from news, each traced to the sentence that states it. ")
                .append("Country shapes: Natural Earth (public domain) via world-atlas.</footer>\n");
        html.append("<script src=\"/static/alerts.js\"></script>\n");
        for (String script : scripts) html.append("<script src=\"/static/").append(Html.escape(script)).append("\"></script>\n");
        return html.append("</body>\n</html>\n").toString();
    }
}
