package org.vigil.store;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One row of an incident list: the incident with its first mention and article, and the incident's
 * own figures, which are the largest any of its mentions reported.
 *
 * @param mentions how many article statements this incident rests on
 */
public record ListedIncident(StoredIncident incident, OptionalInt killed, OptionalInt injured, int mentions) {
    public ListedIncident {
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(killed, "killed");
        Objects.requireNonNull(injured, "injured");
    }

    public long id() {
        return incident.id();
    }
}
