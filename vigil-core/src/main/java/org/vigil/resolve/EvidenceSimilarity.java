package org.vigil.resolve;

/**
 * A measure whose input is two evidence sentences and whose output is how alike they are, with the two
 * points of its own scale that {@link IncidentMerger} reads: below {@link #neutral()} the sentences
 * speak against one incident, at {@link #strong()} and above they speak clearly for it.
 */
public interface EvidenceSimilarity {
    double similarity(String a, String b);

    double neutral();

    double strong();

    /** A short name for explanations ("MiniLM", "lexical"). */
    String name();
}
