package org.vigil.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.vigil.extract.IncidentMention;
import org.vigil.resolve.FigureReport;

/**
 * An incident as the store returns it: its id; its values as one mention (the first mention's text and
 * evidence, with the canonical date, place, country and group of all its mentions and the headline
 * figures); the title and address of the first mention's article; every article that reports it; and
 * every casualty figure reported, oldest first.
 */
public record StoredIncident(long id, IncidentMention mention, String articleTitle, Optional<String> articleUrl,
                             List<SourceArticle> sources, List<FigureReport> figures) {
    public StoredIncident {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(articleTitle, "articleTitle");
        Objects.requireNonNull(articleUrl, "articleUrl");
        sources = List.copyOf(sources);
        figures = List.copyOf(figures);
    }

    /** An incident known from one mention only, without its sources and figures. */
    public StoredIncident(long id, IncidentMention mention, String articleTitle, Optional<String> articleUrl) {
        this(id, mention, articleTitle, articleUrl, List.of(), List.of());
    }
}
