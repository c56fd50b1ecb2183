package org.vigil.alert;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.vigil.extract.Certainty;
import org.vigil.extract.IncidentMention;
import org.vigil.extract.IncidentMention.Coordinates;
import org.vigil.extract.IncidentStatus;
import org.vigil.extract.IncidentType;
import org.vigil.ingest.Article;
import org.vigil.nlp.PartialDate;
import org.vigil.nlp.Span;
import org.vigil.store.ChangedIncident;

/** Hand-built articles, mentions and incidents for the alert tests. */
final class AlertSamples {
    static final Coordinates KABUL = new Coordinates(34.5281, 69.1723);
    static final Coordinates PARIS = new Coordinates(48.8534, 2.3488);
    static final Coordinates SAINT_DENIS = new Coordinates(48.9362, 2.3574);

    private AlertSamples() {
    }

    static Article article(String id, String text) {
        return new Article(id, Optional.of("https://news.example/" + id), "Headline of " + id, LocalDate.of(2024, 3, 9), "en",
                text, Article.paragraphsOf(text), "Example News");
    }

    /** A mention of a bombing whose evidence is the whole first sentence of {@code text}. */
    static IncidentMention bombing(String articleId, String text, String place, String country, Coordinates at, String group, int killed) {
        int end = text.indexOf('.') + 1;
        return new IncidentMention(articleId, IncidentType.BOMBING, IncidentStatus.COMPLETED, Optional.of(PartialDate.ofDay(LocalDate.of(2024, 3, 8))),
                Optional.of(place), Optional.of(country), Optional.ofNullable(at), Optional.ofNullable(group),
                killed < 0 ? OptionalInt.empty() : OptionalInt.of(killed), OptionalInt.empty(), Optional.empty(), Certainty.STATED,
                new Span(0, end), text.substring(0, end), 0.9);
    }

    static IncidentMention claimed(IncidentMention m) {
        return new IncidentMention(m.articleId(), m.type(), m.status(), m.date(), m.place(), m.country(), m.coordinates(), m.perpetrator(),
                m.killed(), m.injured(), Optional.of(true), m.certainty(), m.evidence(), m.evidenceText(), m.confidence());
    }

    static IncidentMention type(IncidentMention m, IncidentType type) {
        return new IncidentMention(m.articleId(), type, m.status(), m.date(), m.place(), m.country(), m.coordinates(), m.perpetrator(),
                m.killed(), m.injured(), m.claimed(), m.certainty(), m.evidence(), m.evidenceText(), m.confidence());
    }

    static ChangedIncident incident(IncidentType type, String country, Coordinates at, String group, int killed, String text) {
        return new ChangedIncident(1, type, IncidentStatus.COMPLETED, Optional.of("2024-03-08"), Optional.of("Somewhere"),
                Optional.ofNullable(country), Optional.ofNullable(at), Optional.ofNullable(group),
                killed < 0 ? OptionalInt.empty() : OptionalInt.of(killed), OptionalInt.empty(), Optional.empty(), List.of("a1"),
                "Headline", Optional.empty(), text, text);
    }

    static WatchCriteria criteria(String json) {
        try {
            return CriteriaJson.read(CriteriaJson.MAPPER.readTree(json));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(json, e);
        }
    }

    static Watchlist watchlist(String owner, String name, String json) {
        return new Watchlist(0, owner, name, criteria(json), true);
    }

    static Set<String> names(List<Watchlist> list) {
        return Set.copyOf(list.stream().map(Watchlist::name).toList());
    }
}
