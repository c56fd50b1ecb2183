package org.vigil.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of incident of the gold schema: attacks (after the Global Terrorism Database) and security events. */
public enum IncidentType {
    BOMBING(Family.ATTACK),
    ARMED_ASSAULT(Family.ATTACK),
    ASSASSINATION(Family.ATTACK),
    HOSTAGE_TAKING(Family.ATTACK),
    KIDNAPPING(Family.ATTACK),
    HIJACKING(Family.ATTACK),
    ARSON_SABOTAGE(Family.ATTACK),
    VEHICLE_RAMMING(Family.ATTACK),
    UNARMED_ASSAULT(Family.ATTACK),
    PLOT_FOILED(Family.SECURITY_EVENT),
    ARREST(Family.SECURITY_EVENT),
    WARNING(Family.SECURITY_EVENT);

    /** Attacks and security events are never matched against each other in eval. */
    public enum Family { ATTACK, SECURITY_EVENT }

    private final Family family;

    IncidentType(Family family) {
        this.family = family;
    }

    public Family family() {
        return family;
    }

    /** The gold-file code, such as {@code armed_assault}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<IncidentType> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code().equals(code)).findFirst();
    }
}
