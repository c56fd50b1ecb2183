package org.vigil.resolve;

import java.util.Objects;

/** What {@link IncidentMerger} decided for one mention: join a stored incident, or start a new one; either way with the reason in words. */
public sealed interface MergeDecision permits MergeDecision.Join, MergeDecision.Start {

    /** Why, in one line a person can check ("same type bombing; same day 2024-03-22; ..."). */
    String reason();

    /** The mention reports the stored incident {@code incidentId}; {@code score} is the summed evidence for it. */
    record Join(long incidentId, double score, String reason) implements MergeDecision {
        public Join {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** The mention reports an incident not stored yet. */
    record Start(String reason) implements MergeDecision {
        public Start {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
