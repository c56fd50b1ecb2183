package org.vigil.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.ingest.Article;
import org.vigil.review.CommentTarget;
import org.vigil.review.Correction;
import org.vigil.review.CorrectionField;
import org.vigil.review.CorrectionOverlay;
import org.vigil.review.FigureWeighing;
import org.vigil.review.Grade;
import org.vigil.review.RatingSummary;
import org.vigil.review.Review;
import org.vigil.review.SourceGrade;
import org.vigil.store.IncidentDetail;
import org.vigil.store.IncidentSource;
import org.vigil.store.ReportedFigure;

/**
 * Adds review to the article and incident pages: the page handler renders as before, then the review
 * sections (source grade, rating, notes, corrections, comments) go in at the end of its main element,
 * with the review script and style. All text from users and articles is escaped.
 */
final class ReviewPanels {
    private final ReviewSite site;
    private final Review review;

    ReviewPanels(ReviewSite site) {
        this.site = site;
        this.review = site.review();
    }

    /** The article page of {@code page} with review sections added. */
    Handler article(Handler page) {
        return ctx -> {
            page.handle(ctx);
            Article article = ApiHandlers.article(ctx.pathParam("id"), site.extracted());
            String here = "/articles/" + Html.url(article.id());
            ctx.html(insert(ctx.result(), "", articlePanel(article, new ReviewForms(site.session(ctx), here))));
        };
    }

    /** The incident page of {@code page} with its corrections, sources' reliability and comments added. */
    Handler incident(Handler page) {
        return ctx -> {
            page.handle(ctx);
            IncidentDetail detail = ApiHandlers.incident(ctx.pathParam("id"), site.corrected());
            ReviewForms forms = new ReviewForms(site.session(ctx), "/incidents/" + detail.incident().id());
            IncidentDetail extracted = ApiHandlers.incident(ctx.pathParam("id"), site.extracted());
            CorrectionOverlay overlay = review.corrections().overlay(extracted.sources().stream().map(IncidentSource::articleId).toList());
            ctx.html(insert(ctx.result(), banner(extracted, overlay), incidentPanel(detail, extracted, overlay, forms)));
        };
    }

    /** The page with {@code banner} after its first heading and {@code sections} at the end of its main element. */
    static String insert(String page, String banner, String sections) {
        int main = page.lastIndexOf("\n</main>");
        int head = page.indexOf("</head>");
        int body = page.lastIndexOf("</body>");
        int h1 = page.indexOf("</h1>");
        if (main < 0 || head < 0 || body < 0 || h1 < 0) throw new IllegalStateException("A Vigil page lacks </head>, </h1>, </main> or </body>");
        return page.substring(0, head) + "<link rel=\"stylesheet\" href=\"/static/review.css\">\n" + page.substring(head, h1 + 5) + banner
                + page.substring(h1 + 5, main) + sections + page.substring(main, body) + "<script src=\"/static/review.js\"></script>\n" + page.substring(body);
    }

    private String articlePanel(Article article, ReviewForms forms) {
        StringBuilder html = new StringBuilder("<section id=\"review\" class=\"review\" aria-labelledby=\"h-review\"><h2 id=\"h-review\">Review</h2>");
        html.append(accountBar(forms));
        html.append(gradeLine(article.source(), review.grades().of(article.source()), forms));
        RatingSummary rating = review.ratings().summary(article.id(), forms.viewer());
        html.append("<div class=\"rating\"><p>Rating: <span class=\"rating-label\">").append(Html.escape(rating.label())).append("</span>");
        if (rating.yours().isPresent()) html.append(" · your vote: <span class=\"your-vote\">").append(rating.yours().getAsInt()).append("</span>");
        html.append("</p>");
        if (forms.loggedIn()) {
            html.append(forms.open("/articles/" + Html.url(article.id()) + "/rating", "rating-form")).append("<fieldset><legend>Your stars</legend>");
            for (int s = 1; s <= 5; s++) {
                html.append("<label><input type=\"radio\" name=\"stars\" value=\"").append(s).append('"')
                        .append(rating.yours().isPresent() && rating.yours().getAsInt() == s ? " checked" : "").append(" required> ").append(s).append("</label>");
            }
            html.append("</fieldset><button type=\"submit\">Rate</button></form>");
        } else {
            html.append(forms.logInTo("rate this article"));
        }
        html.append("</div></section>");
        html.append(NotesView.render(article, review.notes().of(article), site.corrected().mentionsOfArticle(article.id()), forms));
        html.append(history(review.corrections().history(article.id())));
        CommentTarget target = CommentTarget.article(article.id());
        html.append(CommentsView.render(target, review.comments().threads(target), review.comments().count(target), forms, false));
        return html.toString();
    }

    private String incidentPanel(IncidentDetail detail, IncidentDetail extracted, CorrectionOverlay overlay, ReviewForms forms) {
        StringBuilder html = new StringBuilder("<section id=\"corrections\" class=\"review\" aria-labelledby=\"h-corrections\"><h2 id=\"h-corrections\">Corrections</h2>");
        html.append(accountBar(forms));
        List<Correction> all = new ArrayList<>();
        for (IncidentSource s : extracted.sources()) all.addAll(overlay.history(s.mention()));
        if (all.isEmpty()) html.append("<p class=\"empty\">No analyst has corrected this incident.</p>");
        else html.append(table(all));
        if (forms.viewer().filter(a -> a.role().atLeast(org.vigil.review.Role.ANALYST)).isPresent()) {
            html.append(forms.open("/incidents/" + detail.incident().id() + "/corrections", "correction-form")).append("<fieldset><legend>Correct a field</legend>");
            if (extracted.sources().size() > 1) {
                html.append("<label for=\"correct-article\">As stated by</label><select id=\"correct-article\" name=\"article\">");
                for (IncidentSource s : extracted.sources()) {
                    html.append("<option value=\"").append(Html.escape(s.articleId())).append("\">").append(Html.escape(s.articleTitle())).append("</option>");
                }
                html.append("</select>");
            }
            html.append(fieldSelect("correct-field", false)).append("<label for=\"correct-value\">New value</label>")
                    .append("<input id=\"correct-value\" name=\"value\" maxlength=\"200\" placeholder=\"145, 2024-03-22, RU, yes, none ...\">")
                    .append("<button type=\"submit\">Save correction</button></fieldset></form>");
        } else if (!forms.loggedIn()) {
            html.append(forms.logInTo("correct this incident (analysts)"));
        }
        html.append("</section>").append(reliability(detail));
        CommentTarget target = CommentTarget.incident(detail.incident().id());
        html.append(CommentsView.render(target, review.comments().threads(target), review.comments().count(target), forms, false));
        return html.toString();
    }

    /** Right under the title: the corrected values in force, who set them, and what was extracted. */
    private static String banner(IncidentDetail extracted, CorrectionOverlay overlay) {
        StringBuilder html = new StringBuilder();
        for (IncidentSource s : extracted.sources()) {
            Map<CorrectionField, Correction> current = overlay.current(s.mention());
            if (current.isEmpty()) continue;
            if (overlay.rejected(s.mention())) {
                html.append("<p class=\"rejected\" role=\"status\">Judged not an incident by ")
                        .append(Html.escape(current.get(CorrectionField.NOT_INCIDENT).author())).append(".</p>");
            }
            Correction added = current.get(CorrectionField.MISSED_INCIDENT);
            if (added != null) {
                html.append("<p class=\"added-banner\" role=\"status\">Added by analyst ").append(Html.escape(added.author()))
                        .append(": extraction missed this incident (").append(added.at().toString(), 0, 10).append(").</p>");
            }
            List<String> parts = new ArrayList<>();
            for (Correction c : current.values()) {
                if (c.field() == CorrectionField.NOT_INCIDENT || c.field() == CorrectionField.MISSED_INCIDENT) continue;
                parts.add("<span class=\"corrected-field\" data-field=\"" + c.field().code() + "\">" + Html.escape(c.field().label()) + " <strong>"
                        + Html.escape(c.shownValue()) + "</strong> (extracted " + Html.escape(c.shownOriginal()) + "; by " + Html.escape(c.author())
                        + ", " + c.at().toString().substring(0, 10) + ")</span>");
            }
            if (!parts.isEmpty()) html.append("<p class=\"corrected-banner\" id=\"corrected\">Corrected: ").append(String.join(" · ", parts)).append("</p>");
        }
        return html.toString();
    }

    static String table(List<Correction> corrections) {
        StringBuilder html = new StringBuilder("<div class=\"table-wrap\"><table class=\"corrections\"><thead><tr><th scope=\"col\">When</th>")
                .append("<th scope=\"col\">Field</th><th scope=\"col\">Extracted</th><th scope=\"col\">Corrected to</th><th scope=\"col\">By</th>")
                .append("<th scope=\"col\">Incident stated in</th></tr></thead><tbody>");
        for (Correction c : corrections) {
            html.append("<tr><td>").append(c.at().toString(), 0, 16).append("</td><td>").append(Html.escape(c.field().label())).append("</td><td>")
                    .append(Html.escape(c.shownOriginal())).append("</td><td><strong>").append(Html.escape(c.shownValue())).append("</strong></td><td>")
                    .append(Html.escape(c.author())).append("</td><td>").append(Html.escape(shorten(c.evidenceText()))).append("</td></tr>");
        }
        return html.append("</tbody></table></div>").toString();
    }

    private static String history(List<Correction> corrections) {
        StringBuilder html = new StringBuilder("<section id=\"article-corrections\" aria-labelledby=\"h-article-corrections\"><h2 id=\"h-article-corrections\">")
                .append("Corrections from this article</h2>");
        if (corrections.isEmpty()) return html.append("<p class=\"empty\">None yet.</p></section>").toString();
        return html.append(table(corrections)).append("</section>").toString();
    }

    private String reliability(IncidentDetail detail) {
        StringBuilder html = new StringBuilder("<section id=\"reliability\" aria-labelledby=\"h-reliability\"><h2 id=\"h-reliability\">Sources' reliability</h2><ul class=\"grades\">");
        Map<Long, String> outlets = new java.util.HashMap<>();
        for (IncidentSource s : detail.sources()) outlets.put(s.mentionId(), s.outlet());
        for (String outlet : new java.util.TreeSet<>(outlets.values())) {
            html.append("<li>").append(Html.escape(outlet)).append(": ").append(gradeText(review.grades().of(outlet))).append("</li>");
        }
        html.append("</ul>");
        for (String kind : List.of("killed", "injured")) {
            List<FigureWeighing.Report> reports = new ArrayList<>();
            for (ReportedFigure f : detail.figures()) {
                if (!f.kind().equals(kind)) continue;
                String outlet = outlets.getOrDefault(f.mentionId(), "unknown outlet");
                reports.add(new FigureWeighing.Report(f.value(), f.reportedAt(), outlet, review.grades().of(outlet).map(SourceGrade::grade)));
            }
            FigureWeighing.best(reports).ifPresent(r -> html.append("<p class=\"weighted\">").append(Html.label(kind))
                    .append(", weighing sources by reliability: <strong>").append(r.value()).append("</strong> (").append(Html.escape(r.outlet()))
                    .append(", grade ").append(r.grade().map(Grade::name).orElse("none")).append(", ").append(r.reportedAt()).append(")</p>"));
        }
        return html.append("</section>").toString();
    }

    private String accountBar(ReviewForms forms) {
        if (forms.viewer().isEmpty()) return "<p class=\"account-bar\"><a href=\"/login?next=" + Html.escape(Html.url(forms.here())) + "\">Log in</a></p>";
        var a = forms.viewer().get();
        return "<p class=\"account-bar\">Logged in as <strong class=\"viewer\">" + Html.escape(a.name()) + "</strong> (" + a.role().code() + ") "
                + forms.button("/logout", "Log out", "logout-form") + "</p>";
    }

    private static String gradeText(Optional<SourceGrade> grade) {
        return grade.map(g -> "<strong class=\"grade grade-" + g.grade() + "\">" + g.grade() + "</strong> (" + Html.escape(g.grade().meaning()) + ", graded by "
                + Html.escape(g.gradedBy()) + ")").orElse("<span class=\"grade\">not graded</span>");
    }

    private static String gradeLine(String outlet, Optional<SourceGrade> grade, ReviewForms forms) {
        StringBuilder html = new StringBuilder("<div class=\"source-grade\"><p>Source: ").append(Html.escape(outlet)).append(" · reliability ")
                .append(gradeText(grade)).append("</p>");
        if (forms.viewer().filter(a -> a.role().atLeast(org.vigil.review.Role.ANALYST)).isPresent()) {
            html.append(forms.open("/sources/grade", "grade-form")).append(ReviewForms.hidden("outlet", outlet))
                    .append("<label for=\"grade\">Grade this source</label><select id=\"grade\" name=\"grade\">");
            for (Grade g : Grade.values()) {
                html.append("<option value=\"").append(g).append('"').append(grade.map(x -> x.grade() == g).orElse(false) ? " selected" : "").append('>')
                        .append(g).append(" – ").append(Html.escape(g.meaning())).append("</option>");
            }
            html.append("</select><button type=\"submit\">Grade</button></form>");
        }
        return html.append("</div>").toString();
    }

    /** A select of the fields a correction may change; {@code missed} adds "missed incident" for notes. */
    static String fieldSelect(String id, boolean missed) {
        StringBuilder html = new StringBuilder("<label for=\"").append(id).append("\">Field</label><select id=\"").append(id).append("\" name=\"field\">");
        if (missed) html.append("<option value=\"\">(no correction)</option>");
        for (CorrectionField f : CorrectionField.values()) {
            if (f == CorrectionField.MISSED_INCIDENT && !missed) continue;
            html.append("<option value=\"").append(f.code()).append("\">").append(Html.escape(f.label())).append("</option>");
        }
        return html.append("</select>").toString();
    }

    static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
