package org.vigil.review;

import java.util.Objects;

/** A person who logs in to Vigil: id, name and role. */
public record Account(long id, String name, Role role) {
    public Account {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
