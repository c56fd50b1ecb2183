package org.vigil.eval;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.vigil.extract.IncidentType;
import org.vigil.nlp.PartialDate;

/**
 * Decides, field by field, whether a predicted incident agrees with a gold one, following
 * SCHEMA.md: any gold alternative counts, dates are compared at the gold precision, places and
 * perpetrators through their alias functions after case, accent and punctuation folding.
 */
final class FieldRules {
    static final String UNKNOWN = "unknown";

    private final Function<String, String> canonicalActor;
    private final Function<String, String> canonicalPlace;

    FieldRules(Function<String, String> canonicalActor, Function<String, String> canonicalPlace) {
        this.canonicalActor = canonicalActor;
        this.canonicalPlace = canonicalPlace;
    }

    /** Whether the gold incident has a value for {@code field} (JSON null has none). */
    static boolean goldHas(Field field, GoldIncident g) {
        return switch (field) {
            case TYPE -> true;
            case DATE -> g.date().isPresent();
            case COUNTRY -> g.country().isPresent();
            case PLACE -> !g.places().isEmpty();
            case PERPETRATOR -> !g.perpetrators().isEmpty();
            case KILLED -> g.killed().isPresent();
            case INJURED -> g.injured().isPresent();
            case CLAIMED -> g.claimed().isPresent();
        };
    }

    /** Whether the prediction has a value for {@code field}, on its own (no gold to compare with). */
    static boolean predictedHas(Field field, PredictedIncident p) {
        return switch (field) {
            case TYPE -> true;
            case DATE -> p.date().isPresent();
            case COUNTRY -> p.country().isPresent();
            case PLACE -> p.place().isPresent();
            case PERPETRATOR -> p.perpetrator().isPresent();
            case KILLED -> p.killed().isPresent();
            case INJURED -> p.injured().isPresent();
            case CLAIMED -> p.claimed().isPresent();
        };
    }

    /**
     * Whether the prediction has a value for {@code field} when paired with {@code g}: as
     * {@link #predictedHas}, except that a null perpetrator reads as "unknown" against a gold
     * perpetrator that allows "unknown" (SCHEMA.md: "unknown" is matched by "unknown" or null).
     */
    static boolean predictedHas(Field field, GoldIncident g, PredictedIncident p) {
        if (field == Field.PERPETRATOR && p.perpetrator().isEmpty()) return allowsUnknown(g);
        return predictedHas(field, p);
    }

    /** Whether the prediction agrees with a gold value that is present; false when gold is null. */
    boolean agrees(Field field, GoldIncident g, PredictedIncident p) {
        if (!goldHas(field, g)) return false;
        return switch (field) {
            case TYPE -> g.types().contains(p.type());
            case DATE -> dateAgrees(g.date().get(), p.date());
            case COUNTRY -> p.country().map(c -> c.equalsIgnoreCase(g.country().get())).orElse(false);
            case PLACE -> p.place().map(place -> anyEqual(g.places(), place, canonicalPlace)).orElse(false);
            case PERPETRATOR -> perpetratorAgrees(g.perpetrators(), p.perpetrator());
            case KILLED -> sameNumber(g.killed(), p.killed());
            case INJURED -> sameNumber(g.injured(), p.injured());
            case CLAIMED -> g.claimed().equals(p.claimed());
        };
    }

    static boolean sameFamily(GoldIncident g, PredictedIncident p) {
        Optional<IncidentType.Family> predicted = IncidentType.fromCode(p.type()).map(IncidentType::family);
        Optional<IncidentType.Family> gold = IncidentType.fromCode(g.types().get(0)).map(IncidentType::family);
        return predicted.isPresent() && predicted.equals(gold);
    }

    /** Exact at the gold precision: a finer prediction is cut to the gold precision, a coarser one is wrong. */
    static boolean dateAgrees(String gold, Optional<String> predicted) {
        Optional<PartialDate> g = PartialDate.parse(gold);
        Optional<PartialDate> p = predicted.flatMap(PartialDate::parse);
        if (g.isEmpty() || p.isEmpty()) return false;
        if (p.get().precision().compareTo(g.get().precision()) < 0) return false;
        return p.get().truncatedTo(g.get().precision()).equals(g.get());
    }

    /** Lower case, accents, punctuation and repeated spaces removed: "Saint-Étienne" → "saint etienne". */
    static String fold(String s) {
        String plain = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    static String describe(Field field, GoldIncident g) {
        return switch (field) {
            case TYPE -> alternatives(g.types());
            case DATE -> g.date().orElse("null");
            case COUNTRY -> g.country().orElse("null");
            case PLACE -> alternatives(g.places());
            case PERPETRATOR -> alternatives(g.perpetrators());
            case KILLED -> number(g.killed());
            case INJURED -> number(g.injured());
            case CLAIMED -> g.claimed().map(String::valueOf).orElse("null");
        };
    }

    static String describe(Field field, PredictedIncident p) {
        return switch (field) {
            case TYPE -> p.type();
            case DATE -> p.date().orElse("null");
            case COUNTRY -> p.country().orElse("null");
            case PLACE -> p.place().orElse("null");
            case PERPETRATOR -> p.perpetrator().orElse("null");
            case KILLED -> number(p.killed());
            case INJURED -> number(p.injured());
            case CLAIMED -> p.claimed().map(String::valueOf).orElse("null");
        };
    }

    private static boolean allowsUnknown(GoldIncident g) {
        return g.perpetrators().stream().anyMatch(UNKNOWN::equalsIgnoreCase);
    }

    private boolean perpetratorAgrees(List<String> gold, Optional<String> predicted) {
        boolean unknown = predicted.map(UNKNOWN::equalsIgnoreCase).orElse(true);
        if (unknown) return gold.stream().anyMatch(UNKNOWN::equalsIgnoreCase);
        List<String> named = gold.stream().filter(a -> !UNKNOWN.equalsIgnoreCase(a)).toList();
        return anyEqual(named, predicted.get(), canonicalActor);
    }

    private static boolean anyEqual(List<String> gold, String predicted, Function<String, String> canonical) {
        String p = fold(canonical.apply(predicted));
        return gold.stream().anyMatch(a -> fold(canonical.apply(a)).equals(p));
    }

    private static boolean sameNumber(OptionalInt gold, OptionalInt predicted) {
        return gold.isPresent() && predicted.isPresent() && gold.getAsInt() == predicted.getAsInt();
    }

    private static String alternatives(List<String> values) {
        if (values.isEmpty()) return "null";
        return values.size() == 1 ? values.get(0) : values.stream().collect(Collectors.joining(" | ", "[", "]"));
    }

    private static String number(OptionalInt n) {
        return n.isPresent() ? String.valueOf(n.getAsInt()) : "null";
    }
}
