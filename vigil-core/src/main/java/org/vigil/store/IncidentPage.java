package org.vigil.store;

import java.util.List;

/** One page of a search's incidents and how many incidents match the search in all. */
public record IncidentPage(List<ListedIncident> incidents, int total) {
    public IncidentPage {
        incidents = List.copyOf(incidents);
        if (total < incidents.size()) {
            throw new IllegalArgumentException("A page of " + incidents.size() + " incidents cannot come from " + total + " matches");
        }
    }
}
