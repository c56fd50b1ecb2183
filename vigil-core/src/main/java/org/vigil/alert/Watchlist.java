package org.vigil.alert;

import java.util.Objects;

/** A user's named set of {@link WatchCriteria}; while active, every incident that meets them gives its owner one alert. */
public record Watchlist(long id, String owner, String name, WatchCriteria criteria, boolean active) {
    public Watchlist {
        Owners.check(owner);
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) throw new IllegalArgumentException("A watchlist needs a name");
        if (name.length() > 200) throw new IllegalArgumentException("Watchlist name is longer than 200 characters: " + name.substring(0, 40) + "...");
        Objects.requireNonNull(criteria, "criteria");
    }
}
