package org.vigil.web;

import java.util.List;
import java.util.Locale;
import org.vigil.ingest.Article;
import org.vigil.nlp.PartialDate;
import org.vigil.store.IncidentSource;

/** Renders one article: its cleaned text with evidence, groups, places, dates and numbers highlighted, and the incidents drawn from it. */
final class ArticleView {
    private final ArticleMarkup markup;

    ArticleView(ArticleMarkup markup) {
        this.markup = markup;
    }

    String render(Article article, List<IncidentSource> mentions) {
        List<ArticleMarkup.Mark> entities = markup.entities(article);
        StringBuilder html = new StringBuilder("<article class=\"source-article\"><h1>").append(Html.escape(article.title())).append("</h1>")
                .append("<p class=\"meta\">").append(Html.escape(article.source())).append(" · published ").append(article.published());
        article.url().ifPresent(u -> html.append(" · ").append(IncidentView.original(u)));
        html.append("</p>");
        html.append("<section aria-labelledby=\"h-extracted\"><h2 id=\"h-extracted\">Incidents found in this article</h2>");
        if (mentions.isEmpty()) {
            html.append("<p class=\"empty\">Vigil found no incident in this article.</p>");
        } else {
            html.append("<ol class=\"extracted\">");
            for (IncidentSource s : mentions) {
                var m = s.mention();
                html.append("<li><a href=\"/incidents/").append(s.incidentId()).append("\">#").append(s.incidentId()).append(' ')
                        .append(Html.escape(Html.label(m.type().code()))).append("</a> ")
                        .append(Html.escape(m.date().map(PartialDate::toString).orElse("undated")))
                        .append(m.place().map(p -> " · " + Html.escape(p)).orElse(""))
                        .append(m.perpetrator().map(p -> " · " + Html.escape(p)).orElse(""))
                        .append(" · <span class=\"certainty c-").append(m.certainty().name().toLowerCase(Locale.ROOT)).append("\">")
                        .append(m.certainty().name().toLowerCase(Locale.ROOT)).append("</span>")
                        .append(s.addedBy().map(a -> " · <span class=\"added-by\">added by analyst " + Html.escape(a) + "</span>").orElse(""))
                        .append(" · <a href=\"#mention-").append(s.mentionId()).append("\">evidence</a></li>");
            }
            html.append("</ol>");
        }
        html.append("</section><section aria-labelledby=\"h-text\"><h2 id=\"h-text\">Text</h2>")
                .append("<p class=\"legend\" aria-label=\"Highlight colours\"><mark class=\"evidence\">evidence sentence</mark> ")
                .append("<span class=\"ent ent-group\">group</span> <span class=\"ent ent-place\">place</span> ")
                .append("<span class=\"ent ent-date\">date</span> <span class=\"ent ent-number\">number</span></p>")
                .append("<div class=\"article-text\">").append(markup.render(article.text(), mentions, entities)).append("</div></section></article>");
        return Layout.page(article.title(), html.toString(), List.of());
    }
}
