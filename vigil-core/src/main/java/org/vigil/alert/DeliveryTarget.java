package org.vigil.alert;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Where one user's alerts are delivered besides the in-app list: an e-mail address (single alerts or a digest) or a webhook URL with its signing secret. */
public record DeliveryTarget(long id, String owner, Kind kind, String address, Optional<String> secret, Digest digest) {

    public enum Kind {
        EMAIL, WEBHOOK;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Whether e-mails go out one per alert or gathered once an hour or a day. */
    public enum Digest {
        NONE, HOURLY, DAILY;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The digest a stored code names. */
        static Digest ofCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT));
        }

        /**
         * The e-mail digest chosen for a watchlist or a subscription: {@code instant} (or {@code none}), {@code hourly}
         * or {@code daily}; blank or {@code default} leaves it to each e-mail address's own setting.
         *
         * @throws InvalidWatchlist naming the text and the choices
         */
        public static Optional<Digest> choice(String text) {
            String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            return switch (t) {
                case "", "default" -> Optional.empty();
                case "instant", "none" -> Optional.of(NONE);
                case "hourly" -> Optional.of(HOURLY);
                case "daily" -> Optional.of(DAILY);
                default -> throw new InvalidWatchlist(java.util.List.of(
                        "E-mail digest must be instant, hourly or daily, or default to follow each address's setting; got '" + text + "'"));
            };
        }

        /** How {@link #choice} reads it back: instant, hourly or daily. */
        public String choiceCode() {
            return this == NONE ? "instant" : code();
        }

        /** The end of the window an alert made at {@code epochMs} is sent with: now, the next full hour, or the next midnight UTC. */
        long dueAfter(long epochMs) {
            return switch (this) {
                case NONE -> epochMs;
                case HOURLY -> (epochMs / 3_600_000L + 1) * 3_600_000L;
                case DAILY -> (epochMs / 86_400_000L + 1) * 86_400_000L;
            };
        }
    }

    public DeliveryTarget {
        Owners.check(owner);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(digest, "digest");
        if (kind == Kind.WEBHOOK && secret.isEmpty()) throw new IllegalArgumentException("Webhook target " + address + " needs a signing secret");
        if (kind == Kind.WEBHOOK && digest != Digest.NONE) throw new IllegalArgumentException("Digests are for e-mail; webhook " + address + " gets every alert");
    }

    /** The secret shown as the first four characters only. */
    public String maskedSecret() {
        return secret.map(s -> s.substring(0, Math.min(4, s.length())) + "…").orElse("");
    }
}
