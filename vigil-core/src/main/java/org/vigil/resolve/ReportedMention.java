package org.vigil.resolve;

import java.time.LocalDate;
import java.util.Objects;
import org.vigil.extract.IncidentMention;

/**
 * A mention together with what is known of the article that reports it: when it was published and by
 * which outlet. Merging needs both: tolls rise over time, and overnight attacks get different dates.
 */
public record ReportedMention(IncidentMention mention, LocalDate published, String source) {
    public ReportedMention {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(source, "source");
    }
}
