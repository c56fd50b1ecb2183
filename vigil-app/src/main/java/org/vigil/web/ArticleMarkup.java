package org.vigil.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vigil.extract.AnnotatedSentence;
import org.vigil.extract.Annotator;
import org.vigil.ingest.Article;
import org.vigil.nlp.DateMention;
import org.vigil.nlp.NumberMention;
import org.vigil.nlp.NumberParser;
import org.vigil.nlp.Span;
import org.vigil.resolve.ActorMatch;
import org.vigil.resolve.Place;
import org.vigil.resolve.PlaceMatch;
import org.vigil.store.IncidentSource;

/**
 * Marks up an article's text as HTML: the evidence sentence of each extracted incident, and the
 * groups, places, dates and numbers the annotators find, each linked where Vigil has a page for it.
 * All text is escaped; evidence sentences are the outer marks and the others nest inside them.
 */
final class ArticleMarkup {

    /** What a mark highlights. */
    enum Kind {
        EVIDENCE, GROUP, PLACE, DATE, NUMBER;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One highlighted stretch of the article text, the value Vigil read from it, and the page it links to. */
    record Mark(Span span, Kind kind, String value, Optional<String> href) { }

    /** Overlapping evidence spans joined, with the mentions they state. */
    private record Region(int start, int end, List<IncidentSource> mentions) { }

    private final Annotator annotator;
    private final NumberParser numbers;

    ArticleMarkup(Annotator annotator, NumberParser numbers) {
        this.annotator = annotator;
        this.numbers = numbers;
    }

    /** Group, place, date and number marks, left to right and never overlapping; the longest wins where two start together. */
    List<Mark> entities(Article article) {
        List<Mark> all = new ArrayList<>();
        for (AnnotatedSentence s : annotator.annotate(article)) {
            int offset = s.sentence().span().start();
            for (ActorMatch a : s.actors()) {
                all.add(new Mark(shift(a.span(), offset), Kind.GROUP, a.canonical(), Optional.of("/groups/" + Html.url(a.canonical()))));
            }
            for (PlaceMatch p : s.places()) {
                Place best = p.best();
                all.add(new Mark(shift(p.span(), offset), Kind.PLACE, best.name() + ", " + best.countryCode(),
                        Optional.of("/countries/" + Html.url(best.countryCode()))));
            }
            for (DateMention d : s.dates()) {
                all.add(new Mark(shift(d.span(), offset), Kind.DATE, d.date().toString(), Optional.empty()));
            }
            for (NumberMention n : numbers.find(s.text())) {
                if (n.value().isPresent()) {
                    all.add(new Mark(shift(n.span(), offset), Kind.NUMBER, Integer.toString(n.value().getAsInt()), Optional.empty()));
                }
            }
        }
        all.sort(Comparator.comparingInt((Mark m) -> m.span().start()).thenComparingInt(m -> -m.span().length())
                .thenComparing(Mark::kind));
        List<Mark> kept = new ArrayList<>();
        int end = 0;
        for (Mark m : all) {
            if (m.span().start() >= end && m.span().end() <= article.text().length() && m.span().length() > 0) {
                kept.add(m);
                end = m.span().end();
            }
        }
        return kept;
    }

    /** The evidence marks of an article's mentions, one per mention, each linking to its incident. */
    static List<Mark> evidence(List<IncidentSource> mentions) {
        return mentions.stream()
                .map(s -> new Mark(s.mention().evidence(), Kind.EVIDENCE, Long.toString(s.incidentId()), Optional.of("/incidents/" + s.incidentId())))
                .toList();
    }

    /** The whole text as HTML, with evidence regions outermost and entity marks inside them. */
    String render(String text, List<IncidentSource> mentions, List<Mark> entities) {
        List<Region> regions = regions(mentions, text.length());
        StringBuilder html = new StringBuilder(text.length() * 2);
        int at = 0;
        for (Region r : regions) {
            inner(html, text, at, r.start(), entities);
            IncidentSource first = r.mentions().get(0);
            for (IncidentSource other : r.mentions().subList(1, r.mentions().size())) {
                html.append("<span id=\"mention-").append(other.mentionId()).append("\"></span>");
            }
            html.append("<mark class=\"evidence\" id=\"mention-").append(first.mentionId()).append("\" title=\"")
                    .append(Html.escape(titleOf(r))).append("\">");
            inner(html, text, r.start(), r.end(), entities);
            html.append("</mark>");
            for (IncidentSource s : r.mentions()) {
                html.append("<a class=\"ref\" href=\"/incidents/").append(s.incidentId()).append("\" aria-label=\"Incident ")
                        .append(s.incidentId()).append(": ").append(Html.escape(Html.label(s.mention().type().code())))
                        .append("\">#").append(s.incidentId()).append("</a>");
            }
            at = r.end();
        }
        inner(html, text, at, text.length(), entities);
        return html.toString();
    }

    private static String titleOf(Region r) {
        StringBuilder title = new StringBuilder("Evidence for ");
        for (int i = 0; i < r.mentions().size(); i++) {
            IncidentSource s = r.mentions().get(i);
            if (i > 0) title.append(", ");
            title.append(Html.label(s.mention().type().code())).append(" #").append(s.incidentId());
        }
        return title.toString();
    }

    /** Text from {@code from} to {@code to}, with each entity mark clipped to that stretch. */
    private static void inner(StringBuilder html, String text, int from, int to, List<Mark> entities) {
        int at = from;
        for (Mark m : entities) {
            int start = Math.max(m.span().start(), from);
            int end = Math.min(m.span().end(), to);
            if (start >= end || start < at) continue;
            html.append(Html.escape(text.substring(at, start)));
            String cls = "ent ent-" + m.kind().code();
            String title = Html.escape(Html.label(m.kind().code()) + ": " + m.value());
            String body = Html.escape(text.substring(start, end));
            if (m.href().isPresent()) {
                html.append("<a class=\"").append(cls).append("\" href=\"").append(Html.escape(m.href().get())).append("\" title=\"")
                        .append(title).append("\">").append(body).append("</a>");
            } else {
                html.append("<span class=\"").append(cls).append("\" title=\"").append(title).append("\">").append(body).append("</span>");
            }
            at = end;
        }
        html.append(Html.escape(text.substring(at, to)));
    }

    private static List<Region> regions(List<IncidentSource> mentions, int length) {
        List<IncidentSource> sorted = mentions.stream()
                .filter(s -> s.mention().evidence().end() <= length && s.mention().evidence().length() > 0)
                .sorted(Comparator.comparingInt((IncidentSource s) -> s.mention().evidence().start()).thenComparingLong(IncidentSource::mentionId))
                .toList();
        List<Region> regions = new ArrayList<>();
        for (IncidentSource s : sorted) {
            Span e = s.mention().evidence();
            Region last = regions.isEmpty() ? null : regions.get(regions.size() - 1);
            if (last != null && e.start() < last.end()) {
                List<IncidentSource> joined = new ArrayList<>(last.mentions());
                joined.add(s);
                regions.set(regions.size() - 1, new Region(last.start(), Math.max(last.end(), e.end()), joined));
            } else {
                regions.add(new Region(e.start(), e.end(), List.of(s)));
            }
        }
        return regions;
    }

    private static Span shift(Span span, int offset) {
        return new Span(span.start() + offset, span.end() + offset);
    }
}
