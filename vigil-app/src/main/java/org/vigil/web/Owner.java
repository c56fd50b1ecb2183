package org.vigil.web;

import io.javalin.http.Context;

/**
 * Who is asking: the user name an accounts filter put in the request attribute {@value #ATTRIBUTE}, or
 * {@value #LOCAL} while Vigil has no accounts. Never taken from a header or a parameter the caller chose.
 */
final class Owner {
    /** The request attribute a sign-in filter (issue 5) sets to the signed-in user's name. */
    static final String ATTRIBUTE = "vigil.user";
    /** The single user of a Vigil without accounts. */
    static final String LOCAL = "local";

    private Owner() {
    }

    static String of(Context ctx) {
        Object user = ctx.attribute(ATTRIBUTE);
        return user instanceof String name && !name.isBlank() ? name : LOCAL;
    }
}
