package org.vigil.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.vigil.extract.IncidentMention;

/** One article statement an incident rests on: the mention, its row id, and the article it comes from. */
public record IncidentSource(long mentionId, long incidentId, IncidentMention mention, String articleTitle,
                             Optional<String> articleUrl, LocalDate published, String outlet) {
    public IncidentSource {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(articleTitle, "articleTitle");
        Objects.requireNonNull(articleUrl, "articleUrl");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(outlet, "outlet");
    }

    public String articleId() {
        return mention.articleId();
    }
}
