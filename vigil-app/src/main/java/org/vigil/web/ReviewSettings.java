package org.vigil.web;

import java.util.Map;

/**
 * How the review features guard writes: whether session cookies are always {@code Secure}, and how
 * many writes and login attempts a minute an account and an address may make.
 *
 * <p>Cookies get {@code Secure} when the request came over HTTPS (directly or, per
 * {@code X-Forwarded-Proto}, through a proxy). {@code VIGIL_SECURE_COOKIES=true} sets it always, for a
 * proxy that does not say; plain-HTTP use on this machine ({@code vigil serve} on 127.0.0.1) needs no flag.
 */
record ReviewSettings(boolean alwaysSecure, int writesPerAccount, int writesPerAddress, int loginsPerAddress) {
    static final ReviewSettings DEFAULTS = new ReviewSettings(false, 30, 120, 20);

    ReviewSettings {
        if (writesPerAccount < 1 || writesPerAddress < 1 || loginsPerAddress < 1) {
            throw new IllegalArgumentException("Rate limits must allow at least one request a minute");
        }
    }

    /** The defaults, with {@code VIGIL_SECURE_COOKIES}, {@code VIGIL_WRITES_PER_MINUTE} and {@code VIGIL_WRITES_PER_MINUTE_PER_ADDRESS} applied. */
    static ReviewSettings from(Map<String, String> environment) {
        return new ReviewSettings(
                "true".equalsIgnoreCase(environment.getOrDefault("VIGIL_SECURE_COOKIES", "false").strip()),
                number(environment, "VIGIL_WRITES_PER_MINUTE", DEFAULTS.writesPerAccount),
                number(environment, "VIGIL_WRITES_PER_MINUTE_PER_ADDRESS", DEFAULTS.writesPerAddress),
                DEFAULTS.loginsPerAddress);
    }

    private static int number(Map<String, String> environment, String name, int otherwise) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) return otherwise;
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Environment variable " + name + " must be a whole number of requests a minute; got '" + value + "'");
        }
    }
}
