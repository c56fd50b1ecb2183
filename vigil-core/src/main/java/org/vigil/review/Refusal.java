package org.vigil.review;

import java.util.List;

/**
 * A review request Vigil will not carry out, with a message someone can act on: the account may not do
 * it ({@link NotAllowed}), the input is wrong ({@link BadInput}), or what it names does not exist
 * ({@link Missing}).
 */
public abstract sealed class Refusal extends RuntimeException permits Refusal.NotAllowed, Refusal.BadInput, Refusal.Missing {
    private Refusal(String message) {
        super(message);
    }

    /** The account (or nobody, when logged out) lacks the role or ownership the action needs. */
    public static final class NotAllowed extends Refusal {
        private final boolean loggedOut;

        public NotAllowed(String message, boolean loggedOut) {
            super(message);
            this.loggedOut = loggedOut;
        }

        /** True when nobody is logged in, so logging in may help. */
        public boolean loggedOut() {
            return loggedOut;
        }
    }

    /** The input cannot be used; every problem is listed, each naming the field and what it got. */
    public static final class BadInput extends Refusal {
        private final List<String> problems;

        public BadInput(List<String> problems) {
            super(String.join("; ", problems));
            if (problems.isEmpty()) throw new IllegalArgumentException("Bad input has at least one problem");
            this.problems = List.copyOf(problems);
        }

        public BadInput(String problem) {
            this(List.of(problem));
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** The comment, note, article or account the request names does not exist. */
    public static final class Missing extends Refusal {
        public Missing(String message) {
            super(message);
        }
    }
}
