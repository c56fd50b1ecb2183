package org.vigil.resolve;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A stage whose input is a new mention and the stored incidents a blocking query found for it (same
 * type family, dates within days, same or unknown country) and whose output is a {@link MergeDecision}:
 * join the best-scoring incident, or start a new one, with the reason. It is pure: the store runs the
 * blocking query and carries out the decision.
 *
 * <p>A candidate is joined when its best-matching mention scores at least {@link #JOIN_SCORE}, nothing
 * vetoes the pair, and the pair shares an anchor: the same or a nearby place, the same group, the same
 * toll, or near-identical evidence. Two mentions of one article drawn from the same sentence are never
 * merged: the extractor split them on purpose.
 */
public final class IncidentMerger {
    public static final double JOIN_SCORE = 2.5;

    private final EvidenceSimilarity similarity;
    private final PlaceLookup places;
    private final NamedPlaces named;

    public IncidentMerger(EvidenceSimilarity similarity, PlaceLookup places) {
        this.similarity = Objects.requireNonNull(similarity, "similarity");
        this.places = Objects.requireNonNull(places, "places");
        this.named = new NamedPlaces(places);
    }

    /** A merger with lexical evidence similarity and no gazetteer: no model to load. */
    public static IncidentMerger lexical() {
        return new IncidentMerger(new LexicalSimilarity(), PlaceLookup.none());
    }

    /**
     * Countries of the places the sentence of a mention without an extracted place names: blocking must look
     * for incidents there too, since such a mention's own country may come from a demonym ("a Syrian man").
     */
    public List<String> countriesNamedBy(ReportedMention incoming) {
        return named.countriesInSentence(incoming);
    }

    public MergeDecision decide(ReportedMention incoming, List<MergeCandidate> candidates) {
        if (candidates.isEmpty()) return new MergeDecision.Start("new incident: no stored incident of the same kind, dates and country");
        MergeCandidate best = null;
        MentionComparison bestComparison = null;
        MentionComparison runnerUp = null;
        for (MergeCandidate candidate : candidates) {
            MentionComparison c = compare(incoming, candidate);
            if (c == null) continue;
            if (bestComparison == null || rank(c) > rank(bestComparison)) {
                runnerUp = bestComparison;
                best = candidate;
                bestComparison = c;
            } else if (runnerUp == null || rank(c) > rank(runnerUp)) {
                runnerUp = c;
            }
        }
        if (best == null) {
            return new MergeDecision.Start("new incident: the only candidates are other incidents stated in the same sentence");
        }
        String why = String.join("; ", bestComparison.reasons());
        if (joinable(bestComparison)) {
            return new MergeDecision.Join(best.incidentId(), bestComparison.score(),
                    String.format(Locale.ROOT, "joined incident %d (score %.1f >= %.1f): %s", best.incidentId(), bestComparison.score(),
                            JOIN_SCORE, why));
        }
        String problem = bestComparison.vetoed() ? "ruled out"
                : !bestComparison.anchored() ? "no shared place, group, toll or near-identical evidence"
                : String.format(Locale.ROOT, "score %.1f < %.1f", bestComparison.score(), JOIN_SCORE);
        return new MergeDecision.Start(String.format(Locale.ROOT, "new incident: closest was incident %d, %s: %s",
                best.incidentId(), problem, why));
    }

    private static boolean joinable(MentionComparison c) {
        return !c.vetoed() && c.anchored() && c.score() >= JOIN_SCORE;
    }

    /** Joinable pairs first, then by score. */
    private static double rank(MentionComparison c) {
        return (joinable(c) ? 1000 : 0) + (c.vetoed() ? -1000 : 0) + c.score();
    }

    /** The evidence that the incoming mention reports the candidate; null when the candidate holds the same sentence. */
    private MentionComparison compare(ReportedMention incoming, MergeCandidate candidate) {
        for (ReportedMention stored : candidate.mentions()) {
            if (sameSentence(incoming, stored)) return null;
        }
        return MentionComparison.of(incoming, candidate.mentions(), similarity, places, named);
    }

    private static boolean sameSentence(ReportedMention a, ReportedMention b) {
        return a.mention().articleId().equals(b.mention().articleId()) && a.mention().evidence().equals(b.mention().evidence());
    }
}
