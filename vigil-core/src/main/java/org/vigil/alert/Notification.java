package org.vigil.alert;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One alert to one user, as the in-app list shows it and every delivery carries it: a new incident, an
 * update saying what changed, an incident withdrawn by a correction, or a new comment.
 *
 * @param incidentId  the incident it is about, as stored when the alert was made
 * @param changes     one sentence per changed field; empty for a new incident
 * @param watchlists  the owner's watchlists the incident met
 */
public record Notification(long id, String owner, Kind kind, OptionalLong incidentId, Optional<String> articleId, String title,
                           String body, List<String> changes, List<String> watchlists, Instant createdAt, boolean read) {

    public enum Kind {
        NEW, UPDATE, WITHDRAWN, COMMENT;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Kind of(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }
    }

    public Notification {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(body, "body");
        changes = List.copyOf(changes);
        watchlists = List.copyOf(watchlists);
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
