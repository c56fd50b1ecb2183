package org.vigil.alert;

import java.util.Objects;
import java.util.Optional;

/**
 * A user's named set of {@link WatchCriteria}; while active, every incident that meets them gives its owner one alert.
 *
 * @param emailDigest how its alerts are e-mailed (each at once, hourly or daily); empty follows each address's own setting
 */
public record Watchlist(long id, String owner, String name, WatchCriteria criteria, boolean active, Optional<DeliveryTarget.Digest> emailDigest) {

    /** A watchlist whose e-mails follow each address's own digest setting. */
    public Watchlist(long id, String owner, String name, WatchCriteria criteria, boolean active) {
        this(id, owner, name, criteria, active, Optional.empty());
    }

    public Watchlist {
        Objects.requireNonNull(emailDigest, "emailDigest");
        Owners.check(owner);
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) throw new IllegalArgumentException("A watchlist needs a name");
        if (name.length() > 200) throw new IllegalArgumentException("Watchlist name is longer than 200 characters: " + name.substring(0, 40) + "...");
        Objects.requireNonNull(criteria, "criteria");
    }
}
