package org.vigil.alert;

import java.util.List;

/** A watchlist, target or subscription request that cannot be accepted, with every problem found in it. */
public final class InvalidWatchlist extends RuntimeException {
    private final List<String> problems;

    public InvalidWatchlist(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
