package org.vigil.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.vigil.extract.IncidentMention;
import org.vigil.ingest.Article;
import org.vigil.nlp.PartialDate;
import org.vigil.nlp.Span;
import org.vigil.store.IncidentDetail;
import org.vigil.store.IncidentSource;
import org.vigil.store.ReportedFigure;

/**
 * Renders one incident: each field with the certainty its source states it with and a link to that
 * source, the history of each casualty figure, and every source article with its evidence sentence
 * highlighted in the paragraph around it.
 */
final class IncidentView {
    private record Field(String label, Function<IncidentMention, Optional<String>> value) { }

    private final Names names;

    IncidentView(Names names) {
        this.names = names;
    }

    private List<Field> fields() {
        return List.of(
                new Field("Type", m -> Optional.of(Html.label(m.type().code()))),
                new Field("Status", m -> Optional.of(Html.label(m.status().name().toLowerCase(Locale.ROOT)))),
                new Field("Date", m -> m.date().map(PartialDate::toString)),
                new Field("Place", IncidentMention::place),
                new Field("Country", m -> m.country().map(c -> names.countryName(c) + " (" + c + ")")),
                new Field("Coordinates", m -> m.coordinates().map(c -> String.format(Locale.ROOT, "%.4f, %.4f", c.latitude(), c.longitude()))),
                new Field("Group", IncidentMention::perpetrator),
                new Field("Killed", m -> m.killed().isPresent() ? Optional.of(Integer.toString(m.killed().getAsInt())) : Optional.empty()),
                new Field("Injured", m -> m.injured().isPresent() ? Optional.of(Integer.toString(m.injured().getAsInt())) : Optional.empty()),
                new Field("Claimed", m -> m.claimed().map(c -> c ? "yes" : "no")));
    }

    /** The page; {@code articles} holds the text of every source article by id. */
    String render(IncidentDetail detail, Map<String, Article> articles) {
        IncidentMention first = detail.incident().incident().mention();
        String title = Html.label(first.type().code()) + first.place().map(p -> " in " + p).orElse("")
                + first.date().map(d -> ", " + d).orElse("");
        StringBuilder html = new StringBuilder("<h1>").append(Html.escape(title)).append("</h1>")
                .append("<p class=\"meta\">Incident #").append(detail.incident().id()).append(" · stated by ")
                .append(detail.sources().size()).append(detail.sources().size() == 1 ? " article statement" : " article statements").append("</p>");
        html.append("<section aria-labelledby=\"h-fields\"><h2 id=\"h-fields\">What the sources say</h2><div class=\"table-wrap\">")
                .append("<table class=\"fields\"><thead><tr><th scope=\"col\">Field</th><th scope=\"col\">Value</th>")
                .append("<th scope=\"col\">Certainty</th><th scope=\"col\">Source</th></tr></thead><tbody>");
        for (Field f : fields()) {
            List<IncidentSource> stating = detail.sources().stream().filter(s -> f.value().apply(s.mention()).isPresent()).toList();
            if (stating.isEmpty()) {
                html.append("<tr><th scope=\"row\">").append(f.label()).append("</th><td class=\"unknown\">not stated</td><td></td><td></td></tr>");
                continue;
            }
            for (IncidentSource s : stating) {
                html.append("<tr><th scope=\"row\">").append(f.label()).append("</th><td>").append(value(f, s.mention())).append("</td><td>")
                        .append(certainty(s)).append("</td><td>").append(sourceLink(s)).append("</td></tr>");
            }
        }
        html.append("</tbody></table></div></section>");
        html.append(figures(detail.figures()));
        html.append("<section aria-labelledby=\"h-sources\"><h2 id=\"h-sources\">Sources</h2><ol class=\"sources\">");
        for (IncidentSource s : detail.sources()) html.append(source(s, Optional.ofNullable(articles.get(s.articleId()))));
        html.append("</ol></section>");
        return Layout.page(title, html.toString(), List.of());
    }

    private String value(Field f, IncidentMention m) {
        String text = f.value().apply(m).orElse("");
        if (f.label().equals("Group") && !text.equals("unknown")) return Html.link("/groups/" + Html.url(text), text);
        if (f.label().equals("Country")) return Html.link("/countries/" + Html.url(m.country().orElse("")), text);
        return Html.escape(text);
    }

    private static String certainty(IncidentSource s) {
        String c = s.mention().certainty().name().toLowerCase(Locale.ROOT);
        return "<span class=\"certainty c-" + c + "\">" + c + "</span>";
    }

    private static String sourceLink(IncidentSource s) {
        return "<a href=\"/articles/" + Html.escape(Html.url(s.articleId())) + "#mention-" + s.mentionId() + "\">"
                + Html.escape(s.articleTitle()) + "</a> <span class=\"date\">" + s.published() + "</span>";
    }

    private static String figures(List<ReportedFigure> figures) {
        StringBuilder html = new StringBuilder("<section aria-labelledby=\"h-figures\"><h2 id=\"h-figures\">How the figures changed</h2>");
        if (figures.isEmpty()) return html.append("<p class=\"empty\">No source gives a casualty figure.</p></section>").toString();
        Map<String, List<ReportedFigure>> byKind = figures.stream().collect(Collectors.groupingBy(ReportedFigure::kind,
                java.util.TreeMap::new, Collectors.toList()));
        byKind.forEach((kind, list) -> {
            html.append("<h3>").append(Html.escape(Html.label(kind))).append(": ")
                    .append(list.stream().map(f -> Integer.toString(f.value())).collect(Collectors.joining(" → "))).append("</h3><ol class=\"history\">");
            for (ReportedFigure f : list) {
                html.append("<li><strong>").append(f.value()).append("</strong> reported ").append(f.reportedAt()).append(" by <a href=\"/articles/")
                        .append(Html.escape(Html.url(f.articleId()))).append("#mention-").append(f.mentionId()).append("\">")
                        .append(Html.escape(f.articleTitle())).append("</a></li>");
            }
            html.append("</ol>");
        });
        return html.append("</section>").toString();
    }

    private static String source(IncidentSource s, Optional<Article> article) {
        StringBuilder html = new StringBuilder("<li class=\"source\"><h3>").append(sourceLink(s)).append("</h3><p class=\"meta\">")
                .append(Html.escape(s.outlet())).append(" · ").append(certainty(s)).append(" · confidence ")
                .append(String.format(Locale.ROOT, "%.2f", s.mention().confidence()));
        s.addedBy().ifPresent(a -> html.append(" · <span class=\"added-by\">added by analyst ").append(Html.escape(a))
                .append(": extraction missed it</span>"));
        s.articleUrl().ifPresent(u -> html.append(" · ").append(original(u)));
        html.append("</p><blockquote class=\"context\">").append(context(s, article)).append("</blockquote></li>");
        return html.toString();
    }

    /** A link to the article where it was published, only for web addresses: a stored URL is untrusted. */
    static String original(String url) {
        boolean web = url.startsWith("https://") || url.startsWith("http://");
        return web ? "<a rel=\"noopener noreferrer nofollow\" href=\"" + Html.escape(url) + "\">original</a>" : "original: " + Html.escape(url);
    }

    /** The paragraph holding the evidence, with the evidence sentence marked; the sentence alone if the article is gone. */
    static String context(IncidentSource s, Optional<Article> article) {
        Span e = s.mention().evidence();
        if (article.isEmpty() || e.end() > article.get().text().length()) {
            return "<mark class=\"evidence\">" + Html.escape(s.mention().evidenceText()) + "</mark>";
        }
        String text = article.get().text();
        Span paragraph = article.get().paragraphs().stream().filter(p -> p.start() <= e.start() && e.end() <= p.end()).findFirst()
                .orElse(e);
        return Html.escape(text.substring(paragraph.start(), e.start())) + "<mark class=\"evidence\">"
                + Html.escape(text.substring(e.start(), e.end())) + "</mark>" + Html.escape(text.substring(e.end(), paragraph.end()));
    }
}
