package org.vigil.review;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What an account may do: readers rate, comment and take notes; analysts also correct data and grade sources; admins also moderate and read the audit log. */
public enum Role {
    READER, ANALYST, ADMIN;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role named {@code admin}, {@code analyst} or {@code reader}, in any case. */
    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equalsIgnoreCase(code == null ? "" : code.strip())).findFirst();
    }

    /** "admin, analyst or reader", for messages. */
    public static String choices() {
        return Arrays.stream(values()).map(Role::code).sorted().collect(Collectors.joining(", "));
    }

    /** True when this role has at least the rights of {@code other}. */
    public boolean atLeast(Role other) {
        return ordinal() >= other.ordinal();
    }
}
