package org.vigil.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.vigil.ingest.Article;
import org.vigil.review.Account;
import org.vigil.review.Comment;
import org.vigil.review.CommentTarget;
import org.vigil.review.CorrectionField;
import org.vigil.review.CorrectionOverlay;
import org.vigil.review.Correction;
import org.vigil.review.Corrections;
import org.vigil.review.Note;
import org.vigil.review.Refusal;
import org.vigil.review.Review;
import org.vigil.review.Session;
import org.vigil.store.IncidentDetail;
import org.vigil.store.IncidentSource;

/**
 * The review writes and reads over HTTP. Each write serves a form (answering with a redirect) and the
 * JSON API (answering with JSON) alike; {@link ReviewSite#write} checks its CSRF token and rate first.
 */
final class ReviewHandlers {
    private final ReviewSite site;
    private final Review review;

    ReviewHandlers(ReviewSite site) {
        this.site = site;
        this.review = site.review();
    }

    void logIn(Context ctx) {
        Map<String, String> input = site.login(ctx);
        Session session = review.accounts().logIn(input.get("name"), input.get("password"))
                .orElseThrow(() -> new Refusal.NotAllowed("Wrong account name or password", true));
        site.setSessionCookie(ctx, session);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("account", ReviewJson.account(Optional.of(session.account())));
        json.put("csrf", session.csrf());
        site.done(ctx, input, "/account", json);
    }

    void logOut(Context ctx) {
        Map<String, String> input = site.write(ctx);
        site.session(ctx).ifPresent(s -> review.accounts().logOut(s.token()));
        site.clearSessionCookie(ctx);
        site.done(ctx, input, "/", Map.of("loggedOut", true));
    }

    void session(Context ctx) {
        Optional<Session> session = site.session(ctx);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("account", ReviewJson.account(session.map(Session::account)));
        json.put("csrf", session.map(Session::csrf).orElse(null));
        ctx.json(json);
    }

    void rate(Context ctx) {
        Map<String, String> input = site.write(ctx);
        String id = ctx.pathParam("id");
        var summary = review.ratings().rate(site.viewer(ctx), id, number(input, "stars"));
        site.done(ctx, input, "/articles/" + Html.url(id) + "#review", ReviewJson.rating(summary));
    }

    void grade(Context ctx) {
        Map<String, String> input = site.write(ctx);
        var grade = review.grades().grade(site.viewer(ctx), input.get("outlet"), input.get("grade"));
        site.done(ctx, input, "/", ReviewJson.grade(grade.outlet(), Optional.of(grade)));
    }

    /**
     * A note on a passage, with an optional correction: a field of one of the article's incidents, or a missed incident.
     * The note and its correction are saved together or not at all ({@link Review#addNote}).
     */
    void addNote(Context ctx) {
        Map<String, String> input = site.write(ctx);
        Article article = ApiHandlers.article(ctx.pathParam("id"), site.extracted());
        Optional<Corrections.Request> asked = field(input).map(f -> new Corrections.Request(f, input.get("value"),
                f == CorrectionField.MISSED_INCIDENT ? OptionalLong.empty() : OptionalLong.of(number(input, "incident"))));
        Review.Noted noted = review.addNote(site.viewer(ctx), article.id(), number(input, "start"), number(input, "end"),
                Optional.ofNullable(input.get("quote")), input.get("body"), asked);
        long id = noted.note().id();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("note", ReviewJson.note(review.notes().of(article).stream().filter(p -> p.note().id() == id).findFirst().orElseThrow()));
        json.put("correction", noted.correction().map(ReviewJson::correction).orElse(null));
        site.done(ctx, input, "/articles/" + Html.url(article.id()) + "#note-" + id, json);
    }

    void deleteNote(Context ctx) {
        Map<String, String> input = site.write(ctx);
        long id = pathId(ctx, "note");
        String article = review.notes().find(id).map(Note::articleId).orElse("");
        review.notes().delete(site.viewer(ctx), id);
        site.done(ctx, input, "/articles/" + Html.url(article) + "#notes", Map.of("deleted", id));
    }

    void correct(Context ctx) {
        Map<String, String> input = site.write(ctx);
        long incident = pathId(ctx, "incident");
        CorrectionField field = field(input).orElseThrow(() -> new Refusal.BadInput("Choose the field to correct: one of " + CorrectionField.choices()));
        Correction c = review.corrections().correct(site.viewer(ctx), incident, Optional.ofNullable(input.get("article")).filter(a -> !a.isBlank()),
                field, input.get("value"), OptionalLong.empty());
        site.done(ctx, input, "/incidents/" + incident + "#corrections", ReviewJson.correction(c));
    }

    void postComment(Context ctx) {
        Map<String, String> input = site.write(ctx);
        CommentTarget target = target(input.getOrDefault("target", ""));
        Optional<Long> parent = Optional.ofNullable(input.get("parent")).filter(p -> !p.isBlank()).map(p -> (long) number(input, "parent"));
        Comment c = review.comments().post(site.viewer(ctx), target, parent, input.get("body"));
        site.done(ctx, input, page(target) + "#comment-" + c.id(), ReviewJson.comment(c));
    }

    void editComment(Context ctx) {
        Map<String, String> input = site.write(ctx);
        Comment c = review.comments().edit(site.viewer(ctx), pathId(ctx, "comment"), input.get("body"));
        site.done(ctx, input, page(c.target()) + "#comment-" + c.id(), ReviewJson.comment(c));
    }

    void deleteComment(Context ctx) {
        Map<String, String> input = site.write(ctx);
        long id = pathId(ctx, "comment");
        Optional<Comment> c = review.comments().find(id);
        review.comments().delete(site.viewer(ctx), id);
        site.done(ctx, input, c.map(x -> page(x.target()) + "#comments").orElse("/"), Map.of("deleted", id));
    }

    void comments(Context ctx) {
        CommentTarget target = target(Optional.ofNullable(ctx.queryParam("target")).orElse(""));
        ctx.json(Map.of("count", review.comments().count(target), "comments", ReviewJson.threads(review.comments().threads(target))));
    }

    void articleReview(Context ctx) {
        Article article = ApiHandlers.article(ctx.pathParam("id"), site.extracted());
        Optional<Account> viewer = site.viewer(ctx);
        CommentTarget target = CommentTarget.article(article.id());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rating", ReviewJson.rating(review.ratings().summary(article.id(), viewer)));
        json.put("source", ReviewJson.grade(article.source(), review.grades().of(article.source())));
        json.put("notes", review.notes().of(article).stream().map(ReviewJson::note).toList());
        json.put("comments", review.comments().count(target));
        json.put("corrections", review.corrections().history(article.id()).stream().map(ReviewJson::correction).toList());
        ctx.json(json);
    }

    void incidentReview(Context ctx) {
        long id = pathId(ctx, "incident");
        IncidentDetail detail = ApiHandlers.incident(Long.toString(id), site.extracted());
        CorrectionOverlay overlay = review.corrections().overlay(detail.sources().stream().map(IncidentSource::articleId).toList());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rejected", detail.sources().stream().anyMatch(s -> overlay.rejected(s.mention())));
        json.put("corrections", detail.sources().stream().flatMap(s -> overlay.history(s.mention()).stream()).map(ReviewJson::correction).toList());
        json.put("sources", detail.sources().stream().map(s -> ReviewJson.grade(s.outlet(), review.grades().of(s.outlet()))).distinct().toList());
        json.put("comments", review.comments().count(CommentTarget.incident(id)));
        ctx.json(json);
    }

    void audit(Context ctx) {
        ctx.json(Map.of("entries", review.audit().recent(site.viewer(ctx), 200).stream().map(ReviewJson::audit).toList()));
    }

    /** The target named {@code article:ID} or {@code incident:N}, which must exist. */
    CommentTarget target(String typed) {
        int colon = typed.indexOf(':');
        Optional<CommentTarget.Kind> kind = colon < 0 ? Optional.empty() : CommentTarget.Kind.fromCode(typed.substring(0, colon));
        String id = colon < 0 ? "" : typed.substring(colon + 1).strip();
        if (kind.isEmpty() || id.isEmpty()) {
            throw new Refusal.BadInput("A comment target must be article:ID or incident:NUMBER; got '" + typed + "'");
        }
        if (kind.get() == CommentTarget.Kind.ARTICLE) {
            ApiHandlers.article(id, site.extracted());
        } else {
            ApiHandlers.incident(id, site.extracted());
        }
        return new CommentTarget(kind.get(), id);
    }

    static String page(CommentTarget target) {
        return (target.kind() == CommentTarget.Kind.ARTICLE ? "/articles/" : "/incidents/") + Html.url(target.id());
    }

    private static Optional<CorrectionField> field(Map<String, String> input) {
        String code = input.getOrDefault("field", "").strip();
        if (code.isEmpty()) return Optional.empty();
        return Optional.of(CorrectionField.fromCode(code).orElseThrow(() -> new Refusal.BadInput(
                "Field '" + code + "' cannot be corrected; choose one of " + CorrectionField.choices())));
    }

    private static int number(Map<String, String> input, String name) {
        String value = input.getOrDefault(name, "").strip();
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new Refusal.BadInput("Field '" + name + "' must be a whole number; got '" + (value.length() <= 40 ? value : value.substring(0, 37) + "...") + "'");
        }
    }

    private static long pathId(Context ctx, String what) {
        String id = ctx.pathParam("id");
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFound("No " + what + " with id '" + id + "': ids are whole numbers");
        }
    }

}
