package org.vigil.web;

import java.util.List;
import org.vigil.review.Comment;
import org.vigil.review.CommentMarkup;
import org.vigil.review.CommentTarget;
import org.vigil.review.Comments;

/** Renders the threaded comments of an article or incident, with reply, edit and delete forms where the viewer may use them. */
final class CommentsView {
    /** How many threads a page shows before "view all comments". */
    static final int SHOWN = 10;

    private CommentsView() {
    }

    /** The comments section; {@code all} shows every thread, else the first {@link #SHOWN} and a link to the rest. */
    static String render(CommentTarget target, List<Comments.Thread> threads, int count, ReviewForms forms, boolean all) {
        StringBuilder html = new StringBuilder("<section id=\"comments\" class=\"comments\" aria-labelledby=\"h-comments\"><h2 id=\"h-comments\">Comments <span class=\"count\">(")
                .append(count).append(")</span></h2>");
        if (threads.isEmpty()) html.append("<p class=\"empty\">No comments yet.</p>");
        html.append("<ol class=\"threads\">");
        List<Comments.Thread> shown = all ? threads : threads.subList(0, Math.min(SHOWN, threads.size()));
        for (Comments.Thread t : shown) thread(html, t, target, forms);
        html.append("</ol>");
        if (!all && count > 0) {
            html.append("<p><a class=\"all-comments\" href=\"").append(Html.escape(ReviewHandlers.page(target))).append("/comments\">View all ")
                    .append(count).append(count == 1 ? " comment" : " comments").append("</a></p>");
        }
        if (forms.loggedIn()) {
            html.append(forms.open("/comments", "comment-form")).append(ReviewForms.hidden("target", target.kind().code() + ":" + target.id()))
                    .append("<label for=\"comment-body\">Add a comment</label><textarea id=\"comment-body\" name=\"body\" rows=\"3\" maxlength=\"5000\" required></textarea>")
                    .append("<p class=\"hint\">You may use &lt;b&gt;, &lt;i&gt;, &lt;code&gt;, &lt;blockquote&gt;, lists and http(s) links.</p>")
                    .append("<button type=\"submit\">Post comment</button></form>");
        } else {
            html.append(forms.logInTo("comment"));
        }
        return html.append("</section>").toString();
    }

    private static void thread(StringBuilder html, Comments.Thread t, CommentTarget target, ReviewForms forms) {
        Comment c = t.comment();
        html.append("<li class=\"comment\" id=\"comment-").append(c.id()).append("\">");
        if (c.deleted()) {
            html.append("<p class=\"deleted\">[deleted]</p>");
        } else {
            html.append("<p class=\"meta\"><strong>").append(Html.escape(c.author())).append("</strong> · ").append(c.created().toString(), 0, 16)
                    .append(c.edited().isPresent() ? " · edited" : "").append("</p><div class=\"comment-body\">")
                    .append(CommentMarkup.toHtml(c.body())).append("</div>");
            actions(html, c, target, forms);
        }
        if (!t.replies().isEmpty()) {
            html.append("<ol class=\"replies\">");
            for (Comments.Thread r : t.replies()) thread(html, r, target, forms);
            html.append("</ol>");
        }
        html.append("</li>");
    }

    private static void actions(StringBuilder html, Comment c, CommentTarget target, ReviewForms forms) {
        if (!forms.loggedIn()) return;
        var viewer = forms.viewer().orElseThrow();
        html.append("<details class=\"reply\"><summary>Reply</summary>").append(forms.open("/comments", "reply-form"))
                .append(ReviewForms.hidden("target", target.kind().code() + ":" + target.id())).append(ReviewForms.hidden("parent", Long.toString(c.id())))
                .append("<label for=\"reply-").append(c.id()).append("\">Your reply</label><textarea id=\"reply-").append(c.id())
                .append("\" name=\"body\" rows=\"2\" maxlength=\"5000\" required></textarea><button type=\"submit\">Reply</button></form></details>");
        if (viewer.id() == c.authorId()) {
            html.append("<details class=\"edit\"><summary>Edit</summary>").append(forms.open("/comments/" + c.id() + "/edit", "edit-form"))
                    .append("<label for=\"edit-").append(c.id()).append("\">Comment</label><textarea id=\"edit-").append(c.id())
                    .append("\" name=\"body\" rows=\"3\" maxlength=\"5000\" required>").append(Html.escape(c.body())).append("</textarea>")
                    .append("<button type=\"submit\">Save</button></form></details>");
        }
        if (viewer.id() == c.authorId() || viewer.isAdmin()) {
            html.append(forms.button("/comments/" + c.id() + "/delete", viewer.id() == c.authorId() ? "Delete" : "Delete (moderate)", "delete-form"));
        }
    }
}
