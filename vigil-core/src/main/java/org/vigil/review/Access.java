package org.vigil.review;

import java.util.Optional;

/** Checks that someone is logged in with a role high enough for an action, or that they own what they change. */
final class Access {
    private Access() {
    }

    /**
     * The account, when it has at least {@code role}.
     *
     * @param action what is being done, as it reads after "to": {@code "correct extracted data"}
     */
    static Account require(Optional<Account> who, Role role, String action) {
        Account account = who.orElseThrow(() -> new Refusal.NotAllowed("Log in to " + action, true));
        if (!account.role().atLeast(role)) {
            String needed = switch (role) {
                case ADMIN -> "an admin";
                case ANALYST -> "an analyst or an admin";
                case READER -> "a reader";
            };
            throw new Refusal.NotAllowed("Only " + needed + " may " + action + "; " + account.name() + " is " + article(account.role()), false);
        }
        return account;
    }

    /** The account, when it wrote the thing (id {@code ownerId}) or is an admin. */
    static Account ownerOrAdmin(Optional<Account> who, long ownerId, String action, String owner) {
        Account account = require(who, Role.READER, action);
        if (account.id() != ownerId && !account.isAdmin()) {
            throw new Refusal.NotAllowed("Only " + owner + " or an admin may " + action, false);
        }
        return account;
    }

    /** The account, when it wrote the thing: nobody else, not even an admin, may change someone's words. */
    static Account owner(Optional<Account> who, long ownerId, String action, String owner) {
        Account account = require(who, Role.READER, action);
        if (account.id() != ownerId) throw new Refusal.NotAllowed("Only " + owner + " may " + action, false);
        return account;
    }

    private static String article(Role role) {
        return role == Role.ADMIN ? "an admin" : role == Role.ANALYST ? "an analyst" : "a reader";
    }

    /** The text stripped; refused when blank or longer than {@code max}. */
    static String text(String typed, String what, int max) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) throw new Refusal.BadInput("The " + what + " is empty: write some text");
        if (text.length() > max) throw new Refusal.BadInput("The " + what + " has " + text.length() + " characters; at most " + max + " are allowed");
        return text;
    }
}
