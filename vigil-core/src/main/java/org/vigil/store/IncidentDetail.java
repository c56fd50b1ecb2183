package org.vigil.store;

import java.util.List;
import java.util.Objects;

/**
 * Everything the store knows about one incident: its list row, every article statement it rests on
 * (oldest first) and every casualty figure reported for it, in the order they were reported.
 */
public record IncidentDetail(ListedIncident incident, List<IncidentSource> sources, List<ReportedFigure> figures) {
    public IncidentDetail {
        Objects.requireNonNull(incident, "incident");
        sources = List.copyOf(sources);
        figures = List.copyOf(figures);
    }
}
