package org.vigil.nlp;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A count stated in a sentence: where it is (a span relative to the sentence, qualifier included), its
 * value when the text gives one, and how exact the text says it is.
 */
public record NumberMention(Span span, OptionalInt value, Qualifier qualifier) {

    /** How a count is hedged in the text. */
    public enum Qualifier {
        /** "139", "three", "a dozen", "no one" (0). */
        EXACT,
        /** "at least 89", "more than 100", "over 40", "upwards of 50", "300+". */
        AT_LEAST,
        /** "about 1,500", "around 170", "nearly 80,000", "some 50", "an estimated 200", "up to 30". */
        ABOUT,
        /** A count without a value: "dozens", "scores", "hundreds", "several", "many", "a number of". */
        VAGUE
    }

    public NumberMention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(qualifier, "qualifier");
        if (qualifier == Qualifier.VAGUE && value.isPresent()) {
            throw new IllegalArgumentException("A VAGUE number mention has no value, got " + value.getAsInt());
        }
        if (qualifier != Qualifier.VAGUE && value.isEmpty()) {
            throw new IllegalArgumentException("A " + qualifier + " number mention needs a value");
        }
    }
}
