package org.vigil.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.vigil.extract.IncidentMention;
import org.vigil.ingest.Article;
import org.vigil.nlp.PartialDate;
import org.vigil.nlp.Span;
import org.vigil.store.IncidentDetail;
import org.vigil.store.IncidentPage;
import org.vigil.store.IncidentSource;
import org.vigil.store.IncidentStats;
import org.vigil.store.ListedIncident;
import org.vigil.store.ReportedFigure;

/** Turns store records into the JSON objects of the REST API: plain maps, absent values as {@code null}, field order fixed. */
final class JsonViews {
    private final Names names;

    JsonViews(Names names) {
        this.names = names;
    }

    Map<String, Object> page(IncidentPage page, int number, int size) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("total", page.total());
        json.put("page", number);
        json.put("size", size);
        json.put("incidents", page.incidents().stream().map(this::incident).toList());
        return json;
    }

    Map<String, Object> incident(ListedIncident listed) {
        IncidentMention m = listed.incident().mention();
        Map<String, Object> json = fields(m);
        json.put("id", listed.id());
        json.put("killed", value(listed.killed()));
        json.put("injured", value(listed.injured()));
        json.put("mentions", listed.mentions());
        json.put("addedBy", listed.incident().addedBy().orElse(null));
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("id", m.articleId());
        article.put("title", listed.incident().articleTitle());
        article.put("url", listed.incident().articleUrl().orElse(null));
        json.put("article", article);
        return json;
    }

    Map<String, Object> detail(IncidentDetail detail) {
        Map<String, Object> json = incident(detail.incident());
        json.put("sources", detail.sources().stream().map(this::source).toList());
        List<Map<String, Object>> figures = new ArrayList<>();
        for (ReportedFigure f : detail.figures()) {
            Map<String, Object> figure = new LinkedHashMap<>();
            figure.put("kind", f.kind());
            figure.put("value", f.value());
            figure.put("reportedAt", f.reportedAt().toString());
            figure.put("mentionId", f.mentionId());
            figure.put("article", Map.of("id", f.articleId(), "title", f.articleTitle()));
            figures.add(figure);
        }
        json.put("figures", figures);
        return json;
    }

    Map<String, Object> source(IncidentSource s) {
        Map<String, Object> json = fields(s.mention());
        json.put("mentionId", s.mentionId());
        json.put("incidentId", s.incidentId());
        json.put("addedBy", s.addedBy().orElse(null));
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("id", s.articleId());
        article.put("title", s.articleTitle());
        article.put("url", s.articleUrl().orElse(null));
        article.put("published", s.published().toString());
        article.put("outlet", s.outlet());
        json.put("article", article);
        return json;
    }

    Map<String, Object> article(Article a, List<IncidentSource> mentions, List<ArticleMarkup.Mark> marks) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", a.id());
        json.put("title", a.title());
        json.put("url", a.url().orElse(null));
        json.put("published", a.published().toString());
        json.put("language", a.language());
        json.put("outlet", a.source());
        json.put("text", a.text());
        json.put("paragraphs", a.paragraphs().stream().map(p -> List.of(p.start(), p.end())).toList());
        json.put("mentions", mentions.stream().map(this::source).toList());
        List<Map<String, Object>> annotations = new ArrayList<>();
        for (ArticleMarkup.Mark mark : marks) {
            Map<String, Object> annotation = new LinkedHashMap<>();
            annotation.put("kind", mark.kind().code());
            annotation.put("start", mark.span().start());
            annotation.put("end", mark.span().end());
            annotation.put("text", mark.span().of(a.text()));
            annotation.put("value", mark.value());
            annotations.add(annotation);
        }
        json.put("annotations", annotations);
        return json;
    }

    Map<String, Object> stats(IncidentStats stats) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("incidents", stats.incidents());
        json.put("killed", stats.killed());
        json.put("injured", stats.injured());
        json.put("months", stats.months().stream().map(m -> Map.of("month", m.month(), "type", m.type(), "count", m.count())).toList());
        json.put("groups", stats.groups().stream().map(g -> Map.of("name", g.name(), "count", g.count())).toList());
        json.put("countries", stats.countries().stream()
                .map(c -> Map.of("code", c.key(), "name", names.countryName(c.key()), "count", c.count())).toList());
        json.put("cells", stats.cells().stream().map(c -> {
            Map<String, Object> cell = new LinkedHashMap<>();
            cell.put("latitude", c.latitude());
            cell.put("longitude", c.longitude());
            cell.put("type", c.type());
            cell.put("count", c.count());
            cell.put("killed", c.killed());
            cell.put("injured", c.injured());
            return cell;
        }).toList());
        return json;
    }

    /** The fields one mention states, each with the certainty the article states it with. */
    private Map<String, Object> fields(IncidentMention m) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", m.type().code());
        json.put("status", m.status().name().toLowerCase(java.util.Locale.ROOT));
        json.put("date", m.date().map(PartialDate::toString).orElse(null));
        json.put("place", m.place().orElse(null));
        json.put("country", m.country().orElse(null));
        json.put("countryName", m.country().map(names::countryName).orElse(null));
        json.put("latitude", m.coordinates().map(IncidentMention.Coordinates::latitude).orElse(null));
        json.put("longitude", m.coordinates().map(IncidentMention.Coordinates::longitude).orElse(null));
        json.put("perpetrator", m.perpetrator().orElse(null));
        json.put("killed", value(m.killed()));
        json.put("injured", value(m.injured()));
        json.put("claimed", m.claimed().orElse(null));
        json.put("certainty", m.certainty().name().toLowerCase(java.util.Locale.ROOT));
        json.put("confidence", m.confidence());
        json.put("evidence", evidence(m.evidence(), m.evidenceText()));
        return json;
    }

    private static Map<String, Object> evidence(Span span, String text) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("start", span.start());
        json.put("end", span.end());
        json.put("text", text);
        return json;
    }

    private static Integer value(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }
}
