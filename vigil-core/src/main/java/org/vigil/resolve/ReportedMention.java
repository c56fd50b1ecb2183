package org.vigil.resolve;

import java.time.LocalDate;
import java.util.Objects;
import org.vigil.extract.IncidentMention;

/**
 * A mention together with what is known of the article that reports it: when it was published, by
 * which outlet, and its title and text. Merging needs them all: tolls rise over time, overnight attacks
 * get different dates, and an article names places the extractor did not give its mention (see
 * {@link NamedPlaces}). Title and text are empty when unknown.
 */
public record ReportedMention(IncidentMention mention, LocalDate published, String source, String title, String text) {
    public ReportedMention {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
    }

    /** A mention whose article's title and text are not at hand: only its evidence sentence is read for places. */
    public ReportedMention(IncidentMention mention, LocalDate published, String source) {
        this(mention, published, source, "", "");
    }
}
