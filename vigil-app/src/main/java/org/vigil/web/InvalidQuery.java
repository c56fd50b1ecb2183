package org.vigil.web;

import java.util.List;

/** A request whose query parameters cannot be used; it lists every problem, each naming the parameter and what it got. */
final class InvalidQuery extends RuntimeException {
    private final List<String> problems;

    InvalidQuery(List<String> problems) {
        super(String.join("; ", problems));
        if (problems.isEmpty()) throw new IllegalArgumentException("An invalid query has at least one problem");
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
