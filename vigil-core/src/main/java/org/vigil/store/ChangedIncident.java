package org.vigil.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.vigil.extract.IncidentMention.Coordinates;
import org.vigil.extract.IncidentStatus;
import org.vigil.extract.IncidentType;

/**
 * An incident as it stands right after a change, with what watchlists match on: its canonical fields,
 * its largest figures, whether any source says it was claimed, and the titles and texts of its articles.
 *
 * @param date        YYYY, YYYY-MM or YYYY-MM-DD as the earliest mention gives it
 * @param articleIds  the articles that state it, earliest first
 * @param text        titles and texts of those articles, for keyword matching
 */
public record ChangedIncident(long id, IncidentType type, IncidentStatus status, Optional<String> date, Optional<String> place,
                              Optional<String> country, Optional<Coordinates> coordinates, Optional<String> perpetrator,
                              OptionalInt killed, OptionalInt injured, Optional<Boolean> claimed, List<String> articleIds,
                              String title, Optional<String> url, String evidence, String text) {
    public ChangedIncident {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        articleIds = List.copyOf(articleIds);
        if (articleIds.isEmpty()) throw new IllegalArgumentException("Incident " + id + " has no article");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(text, "text");
    }
}
