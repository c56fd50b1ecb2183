package org.vigil.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Creates and manages accounts (admins list them, change their roles, disable and enable them), checks
 * passwords, and opens, finds and closes sessions. A session's cookie token is 256 random bits; only its
 * SHA-256 is stored, so a copy of the database cannot log anyone in. A disabled account cannot log in and
 * its sessions end.
 */
public final class Accounts {
    static final int MIN_PASSWORD = 10;
    static final int MAX_PASSWORD = 1024;
    private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}";

    private final ReviewStore store;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration sessionLength;
    private final SecureRandom random = new SecureRandom();
    /** Checked against when the name is unknown, so a wrong name takes as long as a wrong password. */
    private final String decoy;

    public Accounts(ReviewStore store, PasswordHasher hasher, AuditLog audit, Clock clock, Duration sessionLength) {
        this.store = store;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
        this.sessionLength = sessionLength;
        this.decoy = hasher.hash("not a password of anyone");
    }

    /**
     * A new account; {@code by} is the admin creating it, or empty for the command line.
     *
     * @throws Refusal.BadInput listing every problem with the name and password
     */
    public Account add(Optional<Account> by, String name, Role role, String password) {
        if (by.isPresent()) Access.require(by, Role.ADMIN, "add accounts");
        List<String> problems = new ArrayList<>();
        String n = name == null ? "" : name.strip();
        if (!n.matches(NAME)) {
            problems.add("Account name must be 1 to 40 letters, digits, dots, dashes or underscores, starting with a letter or digit; got '"
                    + TextAnchor.shorten(n) + "'");
        } else if (store.credentials(n).isPresent()) {
            problems.add("An account named '" + n + "' exists already");
        }
        int length = password == null ? 0 : password.length();
        if (length < MIN_PASSWORD || length > MAX_PASSWORD) {
            problems.add("Password must have " + MIN_PASSWORD + " to " + MAX_PASSWORD + " characters; got " + length);
        }
        if (!problems.isEmpty()) throw new Refusal.BadInput(problems);
        String hash = hasher.hash(password);
        return store.transaction(() -> {
            Account account = store.addAccount(n, role, hash, clock.instant());
            audit.record(by, "account.add", "account " + account.name(), "role " + role.code());
            return account;
        });
    }

    /** Every account with its role and state, for an admin. */
    public List<AccountStatus> list(Optional<Account> viewer) {
        Access.require(viewer, Role.ADMIN, "manage accounts");
        return store.accounts();
    }

    /**
     * Gives the account {@code role}. An admin cannot change their own role, so some admin always remains.
     *
     * @throws Refusal.Missing when there is no such account
     */
    public AccountStatus changeRole(Optional<Account> by, long id, Role role) {
        Account admin = Access.require(by, Role.ADMIN, "change roles");
        AccountStatus target = managed(id);
        if (target.account().id() == admin.id() && role != admin.role()) {
            throw new Refusal.BadInput("An admin cannot change their own role; ask another admin");
        }
        if (target.account().role() == role) return target;
        return store.transaction(() -> {
            store.setRole(id, role);
            audit.record(by, "account.role", "account " + target.account().name(), target.account().role().code() + " -> " + role.code());
            return store.account(id).orElseThrow();
        });
    }

    /**
     * Disables the account (it can no longer log in and its sessions end) or enables it again. An admin cannot
     * disable their own account, so some admin always remains.
     *
     * @throws Refusal.Missing when there is no such account
     */
    public AccountStatus setDisabled(Optional<Account> by, long id, boolean disabled) {
        Account admin = Access.require(by, Role.ADMIN, disabled ? "disable accounts" : "enable accounts");
        AccountStatus target = managed(id);
        if (disabled && target.account().id() == admin.id()) {
            throw new Refusal.BadInput("An admin cannot disable their own account; ask another admin");
        }
        if (target.active() != disabled) return target;
        return store.transaction(() -> {
            store.setDisabled(id, disabled ? Optional.of(clock.instant()) : Optional.empty());
            if (disabled) store.deleteSessionsOf(id);
            audit.record(by, disabled ? "account.disable" : "account.enable", "account " + target.account().name(),
                    disabled ? "can no longer log in; sessions ended" : "can log in again");
            return store.account(id).orElseThrow();
        });
    }

    private AccountStatus managed(long id) {
        return store.account(id).orElseThrow(() -> new Refusal.Missing("No account with id " + id));
    }

    /** A new session when the name and password match an account; empty otherwise, with no hint which was wrong. */
    public Optional<Session> logIn(String name, String password) {
        String n = name == null ? "" : name.strip();
        String p = password == null ? "" : password;
        if (p.length() > MAX_PASSWORD) return Optional.empty();
        Optional<ReviewStore.Credentials> found = n.isEmpty() ? Optional.empty() : store.credentials(n);
        boolean matches = hasher.matches(p, found.map(ReviewStore.Credentials::passwordHash).orElse(decoy));
        if (found.isEmpty() || !matches || found.get().disabled()) return Optional.empty();
        Instant now = clock.instant();
        store.deleteSessionsEndedBy(now);
        String token = randomToken();
        String csrf = randomToken();
        Instant expires = now.plus(sessionLength);
        Account account = found.get().account();
        store.addSession(tokenHash(token), account.id(), csrf, now, expires);
        return Optional.of(new Session(token, csrf, account, expires));
    }

    /** The live session whose cookie token this is. */
    public Optional<Session> session(String token) {
        if (token == null || token.isBlank() || token.length() > 100) return Optional.empty();
        Optional<ReviewStore.StoredSession> stored = store.session(tokenHash(token));
        if (stored.isEmpty() || !stored.get().expires().isAfter(clock.instant())) return Optional.empty();
        return Optional.of(new Session(token, stored.get().csrf(), stored.get().account(), stored.get().expires()));
    }

    public void logOut(String token) {
        if (token != null && !token.isBlank()) store.deleteSession(tokenHash(token));
    }

    /** 256 random bits, URL-safe Base64. */
    public String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String tokenHash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
