package org.vigil.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.vigil.extract.IncidentMention;

/**
 * One article statement an incident rests on: the mention, its row id, the article it comes from, and the
 * analyst who added it when extraction had missed it (empty for what the extractor found).
 */
public record IncidentSource(long mentionId, long incidentId, IncidentMention mention, String articleTitle,
                             Optional<String> articleUrl, LocalDate published, String outlet, Optional<String> addedBy) {
    public IncidentSource {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(articleTitle, "articleTitle");
        Objects.requireNonNull(articleUrl, "articleUrl");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(addedBy, "addedBy");
    }

    /** The same statement with {@code mention} as its values. */
    public IncidentSource withMention(IncidentMention mention) {
        return new IncidentSource(mentionId, incidentId, mention, articleTitle, articleUrl, published, outlet, addedBy);
    }

    public String articleId() {
        return mention.articleId();
    }
}
