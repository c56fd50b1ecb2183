package org.vigil.store;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One article that reports an incident: its id, title, outlet, publication date and every URL it was found under. */
public record SourceArticle(String articleId, String title, String source, LocalDate published, List<String> urls) {
    public SourceArticle {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(published, "published");
        urls = List.copyOf(urls);
    }
}
