package org.vigil.store;

import java.util.Objects;
import java.util.Optional;
import org.vigil.extract.IncidentMention;

/**
 * An incident as the store returns it: its id, the mention that states it, and the title and address
 * of the article that mention comes from.
 */
public record StoredIncident(long id, IncidentMention mention, String articleTitle, Optional<String> articleUrl) {
    public StoredIncident {
        Objects.requireNonNull(mention, "mention");
        Objects.requireNonNull(articleTitle, "articleTitle");
        Objects.requireNonNull(articleUrl, "articleUrl");
    }
}
