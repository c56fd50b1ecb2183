package org.vigil.alert;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A user's "notify me" on one incident (its updates: tolls, claims, corrections) or on the comments of an incident or an article.
 *
 * @param emailDigest how its alerts are e-mailed (each at once, hourly or daily); empty follows each address's own setting
 */
public record Subscription(long id, String owner, Kind kind, String target, Optional<DeliveryTarget.Digest> emailDigest) {

    public enum Kind {
        INCIDENT, INCIDENT_COMMENTS, ARTICLE_COMMENTS;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Kind of(String code) {
            for (Kind k : values()) if (k.code().equals(code.trim().toLowerCase(Locale.ROOT).replace('-', '_'))) return k;
            throw new InvalidWatchlist(java.util.List.of("Subscription kind must be incident, incident_comments or article_comments, got '" + code + "'"));
        }
    }

    public Subscription {
        Objects.requireNonNull(emailDigest, "emailDigest");
        Owners.check(owner);
        Objects.requireNonNull(kind, "kind");
        if (target == null || target.isBlank()) throw new IllegalArgumentException("A subscription needs the id of what it follows");
    }
}
