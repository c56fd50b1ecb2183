package org.vigil.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that turns failures into responses: a bad query parameter is 400, an unknown id or
 * path 404, anything else 500. The API answers with a small JSON body naming the problem; pages
 * answer with an HTML page saying the same.
 */
final class ErrorMapping {
    private ErrorMapping() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(InvalidQuery.class, (e, ctx) -> respond(ctx, 400, "Bad Request", e.getMessage(), e.problems()));
        routes.exception(NotFound.class, (e, ctx) -> respond(ctx, 404, "Not Found", e.getMessage(), List.of()));
        routes.exception(Exception.class, (e, ctx) -> respond(ctx, 500, "Internal Server Error",
                "Vigil failed to answer " + ctx.path() + ": " + e.getMessage(), List.of()));
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || !isJsonOrHtml(ctx)) {
                respond(ctx, 404, "Not Found", "No page or endpoint at " + ctx.path(), List.of());
            }
        });
    }

    private static boolean isJsonOrHtml(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && (type.startsWith("application/json") || type.startsWith("text/html"));
    }

    static void respond(Context ctx, int status, String error, String message, List<String> problems) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/api") || ctx.path().endsWith(".csv")) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("error", error);
            body.put("message", message);
            if (!problems.isEmpty()) body.put("problems", problems);
            ctx.json(body);
        } else {
            StringBuilder html = new StringBuilder("<h1>").append(status).append(' ').append(Html.escape(error)).append("</h1>");
            if (problems.isEmpty()) {
                html.append("<p class=\"error\">").append(Html.escape(message)).append("</p>");
            } else {
                html.append("<ul class=\"error\">");
                problems.forEach(p -> html.append("<li>").append(Html.escape(p)).append("</li>"));
                html.append("</ul>");
            }
            html.append("<p><a href=\"/\">Back to the dashboard</a></p>");
            ctx.html(Layout.page(error, html.toString(), List.of()));
        }
    }
}
