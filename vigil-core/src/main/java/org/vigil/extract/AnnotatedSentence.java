package org.vigil.extract;

import java.util.List;
import org.vigil.nlp.DateMention;
import org.vigil.nlp.Sentence;
import org.vigil.resolve.ActorMatch;
import org.vigil.resolve.PlaceMatch;

/**
 * One sentence with everything the annotators found in it. Spans of triggers, dates, places and
 * actors are relative to the sentence's own text.
 */
public record AnnotatedSentence(
        Sentence sentence,
        int paragraph,
        List<Trigger> triggers,
        List<DateMention> dates,
        List<PlaceMatch> places,
        List<ActorMatch> actors,
        Casualties casualties) {

    public AnnotatedSentence {
        triggers = List.copyOf(triggers);
        dates = List.copyOf(dates);
        places = List.copyOf(places);
        actors = List.copyOf(actors);
    }

    public String text() {
        return sentence.text();
    }
}
