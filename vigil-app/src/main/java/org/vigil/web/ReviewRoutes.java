package org.vigil.web;

import io.javalin.config.JavalinConfig;
import java.util.List;
import org.vigil.review.Refusal;

/**
 * The review routes: log in and out, ratings, source grades, notes, corrections, comments and (for admins)
 * accounts as forms and as JSON API, the review pages, and how review refusals become responses (401 to
 * log in, 403, 400 with every problem, 404, 429 with Retry-After).
 */
final class ReviewRoutes {
    private ReviewRoutes() {
    }

    static void register(JavalinConfig config, ReviewSite site) {
        ReviewHandlers h = new ReviewHandlers(site);
        ReviewPages pages = new ReviewPages(site);
        var routes = config.routes;
        routes.before(site::attach);
        config.events.serverStopped(site::close);

        routes.get("/login", pages::login);
        routes.post("/login", h::logIn);
        routes.post("/logout", h::logOut);
        routes.get("/account", pages::account);
        routes.get("/audit", pages::audit);
        AccountAdmin users = new AccountAdmin(site);
        routes.get("/users", users::page);
        routes.post("/users", users::add);
        routes.post("/users/{id}", users::update);
        routes.get("/api/users", users::list);
        routes.post("/api/users", users::add);
        routes.patch("/api/users/{id}", users::update);
        routes.get("/articles/{id}/comments", pages::articleComments);
        routes.get("/incidents/{id}/comments", pages::incidentComments);
        routes.post("/articles/{id}/rating", h::rate);
        routes.post("/articles/{id}/notes", h::addNote);
        routes.post("/notes/{id}/delete", h::deleteNote);
        routes.post("/incidents/{id}/corrections", h::correct);
        routes.post("/sources/grade", h::grade);
        routes.post("/comments", h::postComment);
        routes.post("/comments/{id}/edit", h::editComment);
        routes.post("/comments/{id}/delete", h::deleteComment);

        routes.post("/api/login", h::logIn);
        routes.post("/api/logout", h::logOut);
        routes.get("/api/session", h::session);
        routes.get("/api/articles/{id}/review", h::articleReview);
        routes.put("/api/articles/{id}/rating", h::rate);
        routes.post("/api/articles/{id}/notes", h::addNote);
        routes.delete("/api/notes/{id}", h::deleteNote);
        routes.get("/api/incidents/{id}/review", h::incidentReview);
        routes.post("/api/incidents/{id}/corrections", h::correct);
        routes.put("/api/sources/grade", h::grade);
        routes.get("/api/comments", h::comments);
        routes.post("/api/comments", h::postComment);
        routes.patch("/api/comments/{id}", h::editComment);
        routes.delete("/api/comments/{id}", h::deleteComment);
        routes.get("/api/audit", h::audit);

        routes.exception(Refusal.NotAllowed.class, (e, ctx) -> ErrorMapping.respond(ctx, e.loggedOut() ? 401 : 403,
                e.loggedOut() ? "Unauthorized" : "Forbidden", e.getMessage(), List.of()));
        routes.exception(Refusal.BadInput.class, (e, ctx) -> ErrorMapping.respond(ctx, 400, "Bad Request", e.getMessage(), e.problems()));
        routes.exception(Refusal.Missing.class, (e, ctx) -> ErrorMapping.respond(ctx, 404, "Not Found", e.getMessage(), List.of()));
        routes.exception(TooManyWrites.class, (e, ctx) -> {
            ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            ErrorMapping.respond(ctx, 429, "Too Many Requests", e.getMessage(), List.of());
        });
    }
}
