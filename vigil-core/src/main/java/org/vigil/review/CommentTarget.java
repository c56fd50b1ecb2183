package org.vigil.review;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** What a comment is about: an article (by id) or an incident (by number). */
public record CommentTarget(Kind kind, String id) {
    /** The two things comments attach to. */
    public enum Kind {
        ARTICLE, INCIDENT;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Kind> fromCode(String code) {
            for (Kind k : values()) if (k.code().equals(code)) return Optional.of(k);
            return Optional.empty();
        }
    }

    public CommentTarget {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank()) throw new IllegalArgumentException("A comment target needs an id");
    }

    public static CommentTarget article(String id) {
        return new CommentTarget(Kind.ARTICLE, id);
    }

    public static CommentTarget incident(long id) {
        return new CommentTarget(Kind.INCIDENT, Long.toString(id));
    }

    /** "article kabul" or "incident 12", for the audit log. */
    @Override
    public String toString() {
        return kind.code() + " " + id;
    }
}
