package org.vigil.alert;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * How alerts are delivered: the SMTP server, whether webhooks may target loopback or private
 * addresses (an administrator's choice, off by default), and the retry policy. Read from environment
 * variables ({@code VIGIL_SMTP_HOST}, ...) over the properties file {@code ~/.vigil/config} ({@code smtp.host}, ...).
 *
 * @param maxAttempts  failed attempts after which a delivery is parked for the user to see and retry
 * @param backoffBase  the wait after the first failure; each further failure doubles it, up to {@code backoffCap}
 * @param lease        how long a worker holds a delivery it is sending; a worker that died frees it after this
 * @param poll         how often an idle worker looks for due deliveries
 */
public record AlertSettings(Optional<SmtpSettings> smtp, boolean allowPrivateWebhooks, int maxAttempts, Duration backoffBase,
                            Duration backoffCap, Duration lease, Duration poll) {

    /** SMTP without TLS, with STARTTLS (required), or over TLS from the start. */
    public enum Tls { NONE, STARTTLS, SSL }

    /** The SMTP server e-mail alerts go through; {@code from} is the sender address. */
    public record SmtpSettings(String host, int port, Tls tls, Optional<String> user, Optional<String> password, String from) {
        public SmtpSettings {
            if (host == null || host.isBlank()) throw new IllegalArgumentException("SMTP host must not be blank");
            if (port < 1 || port > 65535) throw new IllegalArgumentException("SMTP port must be 1 to 65535, got " + port);
            MailAddresses.check(from);
        }
    }

    public AlertSettings {
        if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
    }

    /** No e-mail, no private webhook targets, 8 attempts from 2 s doubling to 10 min, 100 ms polls. */
    public static AlertSettings defaults() {
        return new AlertSettings(Optional.empty(), false, 8, Duration.ofSeconds(2), Duration.ofMinutes(10), Duration.ofSeconds(60), Duration.ofMillis(100));
    }

    public AlertSettings withSmtp(SmtpSettings settings) {
        return new AlertSettings(Optional.of(settings), allowPrivateWebhooks, maxAttempts, backoffBase, backoffCap, lease, poll);
    }

    public AlertSettings withPrivateWebhooks(boolean allow) {
        return new AlertSettings(smtp, allow, maxAttempts, backoffBase, backoffCap, lease, poll);
    }

    public AlertSettings withRetries(int attempts, Duration base, Duration cap) {
        return new AlertSettings(smtp, allowPrivateWebhooks, attempts, base, cap, lease, poll);
    }

    public AlertSettings withLease(Duration leaseTime) {
        return new AlertSettings(smtp, allowPrivateWebhooks, maxAttempts, backoffBase, backoffCap, leaseTime, poll);
    }

    public AlertSettings withPoll(Duration every) {
        return new AlertSettings(smtp, allowPrivateWebhooks, maxAttempts, backoffBase, backoffCap, lease, every);
    }

    /** The wait before attempt {@code failures + 1}: base × 2^(failures − 1), at most the cap. */
    Duration backoff(int failures) {
        long base = backoffBase.toMillis();
        long wait = failures >= 31 ? Long.MAX_VALUE : base << Math.max(0, failures - 1);
        return Duration.ofMillis(Math.min(wait < 0 ? Long.MAX_VALUE : wait, backoffCap.toMillis()));
    }

    /** Settings of this machine: environment variables first, then {@code $VIGIL_HOME/config} or {@code ~/.vigil/config}. */
    public static AlertSettings load() {
        Map<String, String> env = System.getenv();
        String home = env.get("VIGIL_HOME");
        Path folder = home == null || home.isBlank() ? Path.of(System.getProperty("user.home"), ".vigil") : Path.of(home);
        return load(env, folder.resolve("config"));
    }

    static AlertSettings load(Map<String, String> env, Path configFile) {
        Properties file = new Properties();
        if (Files.isRegularFile(configFile)) {
            try (Reader reader = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
                file.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read Vigil config " + configFile, e);
            }
        }
        Settings s = new Settings(env, file, configFile);
        AlertSettings settings = defaults();
        Optional<String> host = s.get("VIGIL_SMTP_HOST", "smtp.host");
        if (host.isPresent()) {
            Tls tls = Tls.valueOf(s.get("VIGIL_SMTP_TLS", "smtp.tls").orElse("starttls").trim().toUpperCase(Locale.ROOT));
            int port = s.integer("VIGIL_SMTP_PORT", "smtp.port", tls == Tls.SSL ? 465 : 587);
            settings = settings.withSmtp(new SmtpSettings(host.get(), port, tls, s.get("VIGIL_SMTP_USER", "smtp.user"),
                    s.get("VIGIL_SMTP_PASSWORD", "smtp.password"), s.get("VIGIL_SMTP_FROM", "smtp.from").orElse("vigil@localhost")));
        }
        boolean allowPrivate = s.get("VIGIL_WEBHOOK_ALLOW_PRIVATE", "webhook.allowPrivate").map(v -> v.trim().equalsIgnoreCase("true")).orElse(false);
        int attempts = s.integer("VIGIL_DELIVERY_MAX_ATTEMPTS", "delivery.maxAttempts", settings.maxAttempts());
        return settings.withPrivateWebhooks(allowPrivate).withRetries(attempts, settings.backoffBase(), settings.backoffCap());
    }

    private record Settings(Map<String, String> env, Properties file, Path configFile) {
        Optional<String> get(String variable, String key) {
            String value = env.get(variable);
            if (value == null || value.isBlank()) value = file.getProperty(key);
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
        }

        int integer(String variable, String key, int fallback) {
            Optional<String> value = get(variable, key);
            if (value.isEmpty()) return fallback;
            try {
                return Integer.parseInt(value.get());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(variable + " (or " + key + " in " + configFile + ") must be a whole number, got '" + value.get() + "'");
            }
        }
    }
}
