package org.vigil.web;

import io.javalin.http.Context;
import java.util.Optional;
import org.vigil.review.Refusal;

/**
 * Who is asking: the name of the logged-in account, which {@link ReviewSite#attach} puts in the request
 * attribute {@value #ATTRIBUTE} from the session cookie. Never taken from a header or a parameter the
 * caller chose; a logged-out visitor has no alerts.
 */
final class Owner {
    /** The request attribute that holds the logged-in account's name. */
    static final String ATTRIBUTE = "vigil.user";

    private Owner() {
    }

    static Optional<String> find(Context ctx) {
        Object user = ctx.attribute(ATTRIBUTE);
        return user instanceof String name && !name.isBlank() ? Optional.of(name) : Optional.empty();
    }

    /** The logged-in account's name; a logged-out visitor is refused with a 401. */
    static String of(Context ctx) {
        return find(ctx).orElseThrow(() -> new Refusal.NotAllowed("Log in to see and change your alerts", true));
    }
}
