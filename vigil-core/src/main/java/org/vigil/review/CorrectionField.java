package org.vigil.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.vigil.extract.IncidentMention;
import org.vigil.extract.IncidentType;
import org.vigil.nlp.PartialDate;
import org.vigil.store.CorrectionsInForce;

/**
 * A field of an incident an analyst may correct, how a typed value is checked and normalized, how the
 * extracted value reads as text, and how a corrected value replaces it in a mention. Coordinates are
 * "latitude, longitude" in decimal degrees; a corrected place drops the extracted ones, and
 * {@link Corrections} locates the new place in the gazetteer when it can. Two fields judge
 * the incident itself: {@code not_incident} (the extractor saw an incident that is none) and
 * {@code missed_incident} (the extractor missed one the passage states; its value is the type).
 */
public enum CorrectionField {
    TYPE, DATE, PLACE, COUNTRY, COORDINATES, PERPETRATOR, KILLED, INJURED, CLAIMED, NOT_INCIDENT, MISSED_INCIDENT;

    /** The word that clears a field: the article does not say. */
    public static final String NONE = "none";
    private static final int MAX_FIGURE = 1_000_000;
    private static final int MAX_TEXT = 200;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "Killed", "Not an incident". */
    public String label() {
        return switch (this) {
            case NOT_INCIDENT -> "Not an incident";
            case MISSED_INCIDENT -> "Missed incident";
            case PERPETRATOR -> "Perpetrator";
            default -> code().substring(0, 1).toUpperCase(Locale.ROOT) + code().substring(1);
        };
    }

    public static Optional<CorrectionField> fromCode(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.code().equals(c)).findFirst();
    }

    public static String choices() {
        return Arrays.stream(values()).map(CorrectionField::code).collect(Collectors.joining(", "));
    }

    /**
     * The value to store for what was typed: a canonical text, or empty when the field is cleared
     * ({@code none} or nothing typed).
     *
     * @throws Refusal.BadInput naming the field, what it accepts and what it got
     */
    public Optional<String> normalize(String typed) {
        String v = typed == null ? "" : typed.strip();
        boolean clear = v.isEmpty() || v.equalsIgnoreCase(NONE);
        switch (this) {
            case TYPE, MISSED_INCIDENT -> {
                return Optional.of(IncidentType.fromCode(v.toLowerCase(Locale.ROOT)).map(IncidentType::code).orElseThrow(() -> bad(
                        "one of " + Arrays.stream(IncidentType.values()).map(IncidentType::code).collect(Collectors.joining(", ")), v)));
            }
            case NOT_INCIDENT -> {
                return Optional.of(yesNo(v).map(String::valueOf).orElseThrow(() -> bad("yes or no", v)));
            }
            default -> {
                if (clear) return Optional.empty();
            }
        }
        return Optional.of(switch (this) {
            case DATE -> PartialDate.parse(v).map(PartialDate::toString).orElseThrow(() -> bad("a date like 2024-03-22, 2024-03 or 2024, or 'none'", v));
            case COUNTRY -> {
                if (!v.matches("[A-Za-z]{2}")) throw bad("a two-letter ISO 3166 code like RU, or 'none'", v);
                yield v.toUpperCase(Locale.ROOT);
            }
            case COORDINATES -> CorrectionsInForce.coordinates(v).map(CorrectionsInForce::text)
                    .orElseThrow(() -> bad("latitude, longitude in decimal degrees like 55.75, 37.62, or 'none'", v));
            case KILLED, INJURED -> {
                if (!v.matches("\\d{1,7}") || Integer.parseInt(v) > MAX_FIGURE) throw bad("a whole number from 0 to " + MAX_FIGURE + ", or 'none'", v);
                yield Integer.toString(Integer.parseInt(v));
            }
            case CLAIMED -> String.valueOf(yesNo(v).orElseThrow(() -> bad("yes, no or 'none'", v)));
            case PLACE, PERPETRATOR -> {
                if (v.length() > MAX_TEXT) throw bad("a name of at most " + MAX_TEXT + " characters", v);
                yield v;
            }
            default -> throw new IllegalStateException("Field " + this + " was handled above");
        });
    }

    /** The mention's value of this field as text, empty when the mention has none. */
    public Optional<String> of(IncidentMention m) {
        return switch (this) {
            case TYPE -> Optional.of(m.type().code());
            case DATE -> m.date().map(PartialDate::toString);
            case PLACE -> m.place();
            case COUNTRY -> m.country();
            case COORDINATES -> m.coordinates().map(CorrectionsInForce::text);
            case PERPETRATOR -> m.perpetrator();
            case KILLED -> text(m.killed());
            case INJURED -> text(m.injured());
            case CLAIMED -> m.claimed().map(String::valueOf);
            case NOT_INCIDENT, MISSED_INCIDENT -> Optional.of("false");
        };
    }

    /** The mention with this field set to {@code value} (a value {@link #normalize} returned); the verdict fields leave it as it is. */
    public IncidentMention apply(IncidentMention m, Optional<String> value) {
        return CorrectionsInForce.set(m, code(), value);
    }

    private static Optional<Boolean> yesNo(String v) {
        return switch (v.toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> Optional.of(true);
            case "no", "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static Optional<String> text(OptionalInt value) {
        return value.isPresent() ? Optional.of(Integer.toString(value.getAsInt())) : Optional.empty();
    }

    private Refusal.BadInput bad(String expected, String got) {
        return new Refusal.BadInput("A correction of '" + code() + "' must be " + expected + "; got '" + TextAnchor.shorten(got) + "'");
    }
}
