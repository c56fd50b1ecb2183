package org.vigil.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.vigil.ingest.Article;
import org.vigil.review.AuditEntry;
import org.vigil.review.CommentTarget;
import org.vigil.review.Review;
import org.vigil.review.SourceGrade;
import org.vigil.store.IncidentDetail;

/**
 * The review's own pages: log in, the account page, every comment of an article or incident, and the audit
 * log for admins (the users page is {@link AccountAdmin}'s).
 */
final class ReviewPages {
    private final ReviewSite site;
    private final Review review;

    ReviewPages(ReviewSite site) {
        this.site = site;
        this.review = site.review();
    }

    void login(Context ctx) {
        String next = Optional.ofNullable(ctx.queryParam("next")).orElse("/account");
        ReviewForms forms = new ReviewForms(Optional.empty(), next);
        String html = "<h1>Log in</h1>" + "<form method=\"post\" action=\"/login\" class=\"login-form\">" + ReviewForms.hidden("csrf", site.loginToken(ctx))
                + ReviewForms.hidden("next", forms.here())
                + "<label for=\"login-name\">Account name</label><input id=\"login-name\" name=\"name\" autocomplete=\"username\" required maxlength=\"40\">"
                + "<label for=\"login-password\">Password</label><input id=\"login-password\" name=\"password\" type=\"password\" "
                + "autocomplete=\"current-password\" required maxlength=\"1024\"><button type=\"submit\">Log in</button></form>"
                + "<p class=\"hint\">Accounts are made by an admin on the users page, or with <code>vigil user add NAME --role admin|analyst|reader</code>.</p>";
        ctx.html(page("Log in", html));
    }

    void account(Context ctx) {
        ReviewForms forms = new ReviewForms(site.session(ctx), "/account");
        StringBuilder html = new StringBuilder("<h1>Account</h1>");
        if (forms.viewer().isEmpty()) {
            html.append("<p>You are not logged in: you can read everything, and write nothing.</p>").append(forms.logInTo("rate, comment, note and correct"));
        } else {
            var a = forms.viewer().get();
            html.append("<p>Logged in as <strong class=\"viewer\">").append(Html.escape(a.name())).append("</strong>, ").append(a.role().code()).append(".</p>")
                    .append(forms.button("/logout", "Log out", "logout-form"));
            if (a.isAdmin()) html.append("<p><a href=\"/users\">Users</a> · <a href=\"/audit\">Audit log</a></p>");
        }
        html.append("<h2>Source reliability grades</h2>");
        List<SourceGrade> grades = review.grades().all();
        if (grades.isEmpty()) html.append("<p class=\"empty\">No outlet is graded yet.</p>");
        html.append("<ul class=\"grades\">");
        for (SourceGrade g : grades) {
            html.append("<li>").append(Html.escape(g.outlet())).append(": <strong>").append(g.grade()).append("</strong> (")
                    .append(Html.escape(g.grade().meaning())).append(", ").append(Html.escape(g.gradedBy())).append(")</li>");
        }
        ctx.html(page("Account", html.append("</ul>").toString()));
    }

    void articleComments(Context ctx) {
        Article article = ApiHandlers.article(ctx.pathParam("id"), site.extracted());
        comments(ctx, CommentTarget.article(article.id()), "Comments on " + article.title());
    }

    void incidentComments(Context ctx) {
        IncidentDetail detail = ApiHandlers.incident(ctx.pathParam("id"), site.extracted());
        comments(ctx, CommentTarget.incident(detail.incident().id()), "Comments on incident #" + detail.incident().id());
    }

    void audit(Context ctx) {
        List<AuditEntry> entries = review.audit().recent(site.viewer(ctx), 500);
        StringBuilder html = new StringBuilder("<h1>Audit log</h1><div class=\"table-wrap\"><table class=\"audit\"><caption>The ")
                .append(entries.size()).append(" newest changes</caption><thead><tr><th scope=\"col\">When</th><th scope=\"col\">Who</th>")
                .append("<th scope=\"col\">Action</th><th scope=\"col\">Target</th><th scope=\"col\">Detail</th></tr></thead><tbody>");
        for (AuditEntry e : entries) {
            html.append("<tr><td>").append(e.at()).append("</td><td>").append(Html.escape(e.actor())).append("</td><td>").append(Html.escape(e.action()))
                    .append("</td><td>").append(Html.escape(e.target())).append("</td><td>").append(Html.escape(e.detail())).append("</td></tr>");
        }
        ctx.html(page("Audit log", html.append("</tbody></table></div>").toString()));
    }

    private void comments(Context ctx, CommentTarget target, String title) {
        ReviewForms forms = new ReviewForms(site.session(ctx), ReviewHandlers.page(target) + "/comments");
        String html = "<h1>" + Html.escape(title) + "</h1><p><a href=\"" + Html.escape(ReviewHandlers.page(target)) + "\">Back</a></p>"
                + CommentsView.render(target, review.comments().threads(target), review.comments().count(target), forms, true);
        ctx.html(page(title, html));
    }

    /** A review page: the layout with the review style and script. */
    static String page(String title, String body) {
        return ReviewPanels.insert(Layout.page(title, body, List.of()), "", "");
    }
}
