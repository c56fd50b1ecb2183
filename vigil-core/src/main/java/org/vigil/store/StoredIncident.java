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
 * every casualty figure reported, oldest first; and, when extraction missed it and an analyst added it
 * from a passage of that article, the analyst's account name.
 */
public record StoredIncident(long id, IncidentMention mention, String articleTitle, Optional<String> articleUrl,
                             List<SourceArticle> sources, List<FigureReport> figures, Optional<String> addedBy) {
    public StoredIncident {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(articleTitle, "articleTitle");
        Objects.requireNonNull(articleUrl, "articleUrl");
        Objects.requireNonNull(addedBy, "addedBy");
        sources = List.copyOf(sources);
        figures = List.copyOf(figures);
    }

    /** An incident the extractor found, with its sources and figures. */
    public StoredIncident(long id, IncidentMention mention, String articleTitle, Optional<String> articleUrl,
                          List<SourceArticle> sources, List<FigureReport> figures) {
        this(id, mention, articleTitle, articleUrl, sources, figures, Optional.empty());
    }

    /** An incident known from one mention only, without its sources and figures. */
    public StoredIncident(long id, IncidentMention mention, String articleTitle, Optional<String> articleUrl, Optional<String> addedBy) {
        this(id, mention, articleTitle, articleUrl, List.of(), List.of(), addedBy);
    }

    /** An incident the extractor found, known from one mention only. */
    public StoredIncident(long id, IncidentMention mention, String articleTitle, Optional<String> articleUrl) {
        this(id, mention, articleTitle, articleUrl, Optional.empty());
    }

    /** The same incident shown with {@code mention} as its values. */
    public StoredIncident withMention(IncidentMention mention) {
        return new StoredIncident(id, mention, articleTitle, articleUrl, sources, figures, addedBy);
    }
}
