package org.vigil.alert;

/** Checks the user names that key watchlists, targets, subscriptions and notifications. */
final class Owners {
    private Owners() {
    }

    static String check(String owner) {
        if (owner == null || !owner.matches("[\\p{L}\\p{N}._@+-]{1,100}")) {
            throw new IllegalArgumentException("User name must be 1 to 100 letters, digits or . _ @ + -, got '" + owner + "'");
        }
        return owner;
    }
}
