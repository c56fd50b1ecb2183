package org.vigil.extract;

import java.util.List;

/**
 * An incident the patterns found, before the relevance model has judged it, with the features that
 * model reads: what triggered it, where it stands in the article, how its date was found, the words
 * of its sentences.
 */
public record Candidate(IncidentMention mention, List<String> features) {
    public Candidate {
        features = List.copyOf(features);
    }
}
