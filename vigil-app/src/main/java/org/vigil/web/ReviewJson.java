package org.vigil.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigil.review.Account;
import org.vigil.review.AuditEntry;
import org.vigil.review.Comment;
import org.vigil.review.CommentMarkup;
import org.vigil.review.Comments;
import org.vigil.review.Correction;
import org.vigil.review.PlacedNote;
import org.vigil.review.RatingSummary;
import org.vigil.review.SourceGrade;

/** The review records as JSON objects of the API; comment bodies come both raw and as sanitized HTML. */
final class ReviewJson {
    private ReviewJson() {
    }

    static Map<String, Object> account(Optional<Account> account) {
        if (account.isEmpty()) return null;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", account.get().id());
        json.put("name", account.get().name());
        json.put("role", account.get().role().code());
        return json;
    }

    static Map<String, Object> rating(RatingSummary r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("average", Math.round(r.average() * 10) / 10.0);
        json.put("votes", r.votes());
        json.put("yours", r.yours().isPresent() ? r.yours().getAsInt() : null);
        json.put("label", r.label());
        return json;
    }

    static Map<String, Object> grade(String outlet, Optional<SourceGrade> grade) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("outlet", outlet);
        json.put("grade", grade.map(g -> g.grade().name()).orElse(null));
        json.put("meaning", grade.map(g -> g.grade().meaning()).orElse("not graded"));
        json.put("gradedBy", grade.map(SourceGrade::gradedBy).orElse(null));
        return json;
    }

    static Map<String, Object> comment(Comment c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id());
        json.put("target", c.target().kind().code() + ":" + c.target().id());
        json.put("parent", c.parent().orElse(null));
        json.put("author", c.author());
        json.put("deleted", c.deleted());
        json.put("body", c.deleted() ? null : c.body());
        json.put("html", c.deleted() ? null : CommentMarkup.toHtml(c.body()));
        json.put("created", c.created().toString());
        json.put("edited", c.edited().map(Object::toString).orElse(null));
        return json;
    }

    static List<Map<String, Object>> threads(List<Comments.Thread> threads) {
        return threads.stream().map(t -> {
            Map<String, Object> json = comment(t.comment());
            json.put("replies", threads(t.replies()));
            return json;
        }).toList();
    }

    static Map<String, Object> note(PlacedNote p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", p.note().id());
        json.put("author", p.note().author());
        json.put("body", p.note().body());
        json.put("created", p.note().created().toString());
        Map<String, Object> selector = new LinkedHashMap<>();
        selector.put("exact", p.note().anchor().exact());
        selector.put("prefix", p.note().anchor().prefix());
        selector.put("suffix", p.note().anchor().suffix());
        selector.put("start", p.note().anchor().start());
        selector.put("end", p.note().anchor().end());
        json.put("target", selector);
        json.put("status", p.placement().status().name().toLowerCase(java.util.Locale.ROOT));
        json.put("start", p.placement().span().map(s -> s.start()).orElse(null));
        json.put("end", p.placement().span().map(s -> s.end()).orElse(null));
        return json;
    }

    static Map<String, Object> correction(Correction c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id());
        json.put("field", c.field().code());
        json.put("value", c.value().orElse(null));
        json.put("original", c.original().orElse(null));
        json.put("author", c.author());
        json.put("at", c.at().toString());
        json.put("articleId", c.articleId());
        json.put("evidence", c.evidenceText());
        json.put("incidentIdThen", c.incidentId().isPresent() ? c.incidentId().getAsLong() : null);
        json.put("noteId", c.noteId().isPresent() ? c.noteId().getAsLong() : null);
        return json;
    }

    static Map<String, Object> audit(AuditEntry e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", e.id());
        json.put("at", e.at().toString());
        json.put("actor", e.actor());
        json.put("action", e.action());
        json.put("target", e.target());
        json.put("detail", e.detail());
        return json;
    }
}
