package org.vigil.review;

import java.util.Objects;

/** A note and where its passage is in the article as it reads now: attached, moved, or flagged as orphaned. */
public record PlacedNote(Note note, TextAnchor.Placement placement) {
    public PlacedNote {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(placement, "placement");
    }

    public boolean orphaned() {
        return placement.status() == TextAnchor.Status.ORPHANED;
    }
}
