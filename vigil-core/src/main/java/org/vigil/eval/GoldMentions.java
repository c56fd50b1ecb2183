package org.vigil.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.vigil.extract.Certainty;
import org.vigil.extract.IncidentMention;
import org.vigil.extract.IncidentStatus;
import org.vigil.extract.IncidentType;
import org.vigil.ingest.Article;
import org.vigil.nlp.PartialDate;
import org.vigil.nlp.Span;
import org.vigil.resolve.Place;
import org.vigil.resolve.PlaceLookup;

/** Turns an article's gold incidents into the mentions a perfect extractor would give: first alternative of each field, evidence located in the text. */
final class GoldMentions {
    private GoldMentions() {
    }

    static List<IncidentMention> of(GoldArticle gold, Article article, PlaceLookup places) {
        List<IncidentMention> mentions = new ArrayList<>();
        for (GoldIncident g : gold.incidents()) {
            int start = article.text().indexOf(g.evidence());
            Span evidence = start < 0 ? new Span(0, 0) : new Span(start, start + g.evidence().length());
            Optional<String> place = g.places().stream().findFirst();
            Optional<IncidentMention.Coordinates> at = place.flatMap(p -> places.place(p, g.country())).map(GoldMentions::coordinates);
            mentions.add(new IncidentMention(article.id(), IncidentType.fromCode(g.types().get(0)).orElseThrow(), IncidentStatus.COMPLETED,
                    g.date().flatMap(PartialDate::parse), place, g.country(), at, g.perpetrators().stream().findFirst(),
                    g.killed(), g.injured(), g.claimed(), Certainty.STATED, evidence,
                    start < 0 ? "" : g.evidence(), 1.0));
        }
        return mentions;
    }

    /** A town's point; regions and countries get NaN, as the extractor gives them. */
    private static IncidentMention.Coordinates coordinates(Place p) {
        return p.kind() == Place.Kind.CITY && p.hasCoordinates()
                ? new IncidentMention.Coordinates(p.latitude(), p.longitude())
                : new IncidentMention.Coordinates(Double.NaN, Double.NaN);
    }

}
