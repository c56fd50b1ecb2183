package org.vigil.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.vigil.extract.IncidentMention;

/** Why an incident holds the mentions it holds: each mention in the order stored, with its article and the merge decision it got. */
public record IncidentExplanation(long incidentId, List<Entry> entries) {
    public IncidentExplanation {
        entries = List.copyOf(entries);
    }

    /** One mention, the article it comes from, and the reason the merger gave when it was stored. */
    public record Entry(IncidentMention mention, String articleTitle, LocalDate published, String reason) {
        public Entry {
            Objects.requireNonNull(mention, "mention");
            Objects.requireNonNull(articleTitle, "articleTitle");
            Objects.requireNonNull(published, "published");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
