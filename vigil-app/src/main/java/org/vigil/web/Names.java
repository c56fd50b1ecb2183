package org.vigil.web;

import java.util.Locale;
import java.util.Optional;
import org.vigil.resolve.ActorRegistry;
import org.vigil.resolve.Gazetteer;
import org.vigil.resolve.Place;

/** Resolves what people type for a country or a group to what the store keeps (an ISO code, a canonical name) and back to names. */
final class Names {
    private final Gazetteer gazetteer;
    private final ActorRegistry actors;

    Names(Gazetteer gazetteer, ActorRegistry actors) {
        this.gazetteer = gazetteer;
        this.actors = actors;
    }

    /** The ISO 3166-1 alpha-2 code of a country named by its code, name or demonym. */
    Optional<String> countryCode(String typed) {
        return gazetteer.country(typed.strip()).map(Place::countryCode).map(c -> c.toUpperCase(Locale.ROOT));
    }

    /** The country's name, or the code itself when the gazetteer has no such country. */
    String countryName(String code) {
        return gazetteer.country(code).map(Place::name).orElse(code);
    }

    /** The canonical name of a group named by an alias; a name the registry does not know is kept as typed. */
    String groupName(String typed) {
        String name = typed.strip();
        return actors.canonical(name).orElse(name);
    }
}
