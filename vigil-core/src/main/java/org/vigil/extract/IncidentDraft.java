package org.vigil.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.vigil.nlp.PartialDate;

/**
 * An incident being assembled from the sentences of one article that speak of it. Mutable, and
 * private to extraction: it becomes an immutable {@link IncidentMention} when the article is done.
 */
final class IncidentDraft {
    final IncidentType.Family family;
    /** Every specific type a trigger of this incident named, in the order met. */
    final Set<IncidentType> types = EnumSet.noneOf(IncidentType.class);
    IncidentType firstType;
    /** Types only weak triggers named ("suicide vests"): used when no strong trigger names one. */
    final Set<IncidentType> weakTypes = EnumSet.noneOf(IncidentType.class);
    final List<AnnotatedSentence> sentences = new ArrayList<>();
    AnnotatedSentence evidence;
    int evidenceScore = Integer.MIN_VALUE;
    Optional<PartialDate> date = Optional.empty();
    Location location = Location.NONE;
    Optional<String> perpetrator = Optional.empty();
    /** Whether the perpetrator came from the incident's own sentences rather than from neighbours. */
    boolean perpetratorLocal;
    /** Whether the perpetrator is the group that claimed the incident. */
    boolean perpetratorClaimed;
    /** How surely the perpetrator's sentence names it as the doer (see {@code Attribution.agent}). */
    int perpetratorScore = Integer.MIN_VALUE;
    OptionalInt killed = OptionalInt.empty();
    OptionalInt injured = OptionalInt.empty();
    Optional<Boolean> claimed = Optional.empty();
    /** One victim told without a number ("was murdered"), used only if no sentence gives a figure. */
    boolean oneKilled;
    boolean oneInjured;
    Certainty certainty = Certainty.STATED;
    IncidentStatus status = IncidentStatus.COMPLETED;

    IncidentDraft(IncidentType.Family family) {
        this.family = family;
    }

    boolean hasType(IncidentType type) {
        return types.contains(type);
    }

    void addType(IncidentType type) {
        if (firstType == null) firstType = type;
        types.add(type);
    }

    int lastSentenceIndex() {
        return sentences.isEmpty() ? -1 : sentences.get(sentences.size() - 1).sentence().index();
    }

    int paragraph() {
        return sentences.isEmpty() ? -1 : sentences.get(0).paragraph();
    }

    /** The paragraph of the last sentence told of it. */
    int lastParagraph() {
        return sentences.isEmpty() ? -1 : sentences.get(sentences.size() - 1).paragraph();
    }
}
