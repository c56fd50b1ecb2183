package org.vigil.review;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One comment: what it is about, the comment it answers (none for a thread's first), its author, its
 * raw body (render it only through {@link CommentMarkup}), and when it was written, edited or deleted.
 */
public record Comment(long id, CommentTarget target, Optional<Long> parent, long authorId, String author, String body,
                      Instant created, Optional<Instant> edited, boolean deleted) {
    public Comment {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(edited, "edited");
    }
}
