package org.vigil.review;

import java.time.Instant;
import java.util.Objects;

/** A note an account attached to a passage of an article, anchored by {@link TextAnchor}. */
public record Note(long id, String articleId, long authorId, String author, TextAnchor anchor, String body, Instant created) {
    public Note {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(anchor, "anchor");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(created, "created");
    }
}
