package org.vigil.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** One entry of a feed: the link to its article, its title, and the date the feed gives it. */
public record FeedItem(String link, String title, Optional<LocalDate> published) {
    public FeedItem {
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        if (link.isBlank()) throw new IllegalArgumentException("Feed item '" + title + "' has a blank link");
    }
}
