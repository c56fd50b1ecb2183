package org.vigil.web;

import java.util.List;
import java.util.Locale;
import org.vigil.ingest.Article;
import org.vigil.review.PlacedNote;
import org.vigil.review.Role;
import org.vigil.review.TextAnchor;
import org.vigil.store.IncidentSource;

/**
 * Renders the notes on an article's passages (a note whose passage is gone is flagged, not hidden) and
 * the form to add one: the review script fills in the selected passage; analysts may attach a
 * correction of one of the article's incidents, or a missed incident, to the note.
 */
final class NotesView {
    private NotesView() {
    }

    static String render(Article article, List<PlacedNote> notes, List<IncidentSource> mentions, ReviewForms forms) {
        StringBuilder html = new StringBuilder("<section id=\"notes\" class=\"notes\" aria-labelledby=\"h-notes\"><h2 id=\"h-notes\">Notes on passages <span class=\"count\">(")
                .append(notes.size()).append(")</span></h2>");
        if (notes.isEmpty()) html.append("<p class=\"empty\">No notes yet.</p>");
        html.append("<ol class=\"note-list\">");
        for (PlacedNote p : notes) {
            String status = p.placement().status().name().toLowerCase(Locale.ROOT);
            html.append("<li class=\"note note-").append(status).append("\" id=\"note-").append(p.note().id()).append('"');
            p.placement().span().ifPresent(s -> html.append(" data-start=\"").append(s.start()).append("\" data-end=\"").append(s.end()).append('"'));
            html.append("><blockquote class=\"quote\">").append(Html.escape(p.note().anchor().exact())).append("</blockquote><p class=\"note-body\">")
                    .append(Html.escape(p.note().body())).append("</p><p class=\"meta\">").append(Html.escape(p.note().author())).append(" · ")
                    .append(p.note().created().toString(), 0, 10).append(" · ").append(statusText(p.placement().status())).append("</p>");
            if (forms.viewer().filter(a -> a.id() == p.note().authorId() || a.isAdmin()).isPresent()) {
                html.append(forms.button("/notes/" + p.note().id() + "/delete", "Delete note", "delete-form"));
            }
            html.append("</li>");
        }
        html.append("</ol>");
        if (!forms.loggedIn()) return html.append(forms.logInTo("attach notes to passages")).append("</section>").toString();
        html.append(forms.open("/articles/" + Html.url(article.id()) + "/notes", "note-form").replace("<form ", "<form id=\"note-form\" "))
                .append(ReviewForms.hidden("start", "")).append(ReviewForms.hidden("end", "")).append(ReviewForms.hidden("quote", ""))
                .append("<p id=\"note-quote\" class=\"hint\" aria-live=\"polite\">Select a passage of the text above to attach a note to it.</p>")
                .append("<label for=\"note-body\">Note</label><textarea id=\"note-body\" name=\"body\" rows=\"2\" maxlength=\"5000\" required></textarea>");
        if (forms.viewer().filter(a -> a.role().atLeast(Role.ANALYST)).isPresent()) {
            html.append("<fieldset class=\"note-correction\"><legend>Correct the data (optional)</legend>")
                    .append("<label for=\"note-incident\">Incident</label><select id=\"note-incident\" name=\"incident\">");
            for (IncidentSource s : mentions) {
                html.append("<option value=\"").append(s.incidentId()).append("\">#").append(s.incidentId()).append(' ')
                        .append(Html.escape(Html.label(s.mention().type().code()))).append(": ").append(Html.escape(ReviewPanels.shorten(s.mention().evidenceText())))
                        .append("</option>");
            }
            html.append("</select>").append(ReviewPanels.fieldSelect("note-field", true))
                    .append("<label for=\"note-value\">New value</label><input id=\"note-value\" name=\"value\" maxlength=\"200\" ")
                    .append("placeholder=\"145; for a missed incident its type, e.g. bombing\"></fieldset>");
        }
        return html.append("<button type=\"submit\" id=\"note-submit\" disabled>Add note</button></form></section>").toString();
    }

    private static String statusText(TextAnchor.Status status) {
        return switch (status) {
            case ATTACHED -> "attached";
            case MOVED -> "re-attached: the article changed and the passage moved";
            case ORPHANED -> "<strong class=\"orphaned\">flagged: this passage is no longer in the article</strong>";
        };
    }
}
