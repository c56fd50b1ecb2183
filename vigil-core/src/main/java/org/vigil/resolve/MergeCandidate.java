package org.vigil.resolve;

import java.util.List;

/** A stored incident a new mention may join: its id and the mentions it already has. */
public record MergeCandidate(long incidentId, List<ReportedMention> mentions) {
    public MergeCandidate {
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) throw new IllegalArgumentException("Merge candidate incident " + incidentId + " has no mentions");
    }
}
