package org.vigil.extract;

import java.util.Optional;
import java.util.regex.Pattern;
import org.vigil.nlp.DateMention;
import org.vigil.nlp.PartialDate;

/**
 * Chooses which of a sentence's dates is the date of its incident: the one nearest the trigger,
 * never a range, and never the date of what was said or decided about it afterwards ("was
 * sentenced on Wednesday", "claimed responsibility on Saturday").
 */
final class IncidentDates {
    private static final Pattern AFTERMATH_BEFORE = Pattern.compile(
            "(?i)\\b(?:said|says|told|announced|claimed responsibility|claimed|sentenced|convicted|jailed|acquitted|charged|tried|trial|court|hearing|ruled|"
                    + "published|reported|statement|revised|confirmed|condemned|marched|held|commemorat\\w*|mourn\\w*|buried|funeral|"
                    + "released|extradited|appeared)\\b(?:\\s+\\w+){0,3}\\s*$");

    private IncidentDates() {}

    /** The date the sentence gives an incident: its first single date (ranges are spans of years, not dates). */
    static Optional<PartialDate> of(AnnotatedSentence s) {
        return near(s, 0);
    }

    /**
     * The date nearest to {@code position} in the sentence, passing over ranges and the dates of what
     * was said or decided about the incident ("was sentenced on Wednesday", "said on Saturday").
     */
    static Optional<PartialDate> near(AnnotatedSentence s, int position) {
        return near(s, position, false);
    }

    /** As {@link #near(AnnotatedSentence, int)}; with {@code strict}, aftermath dates are never taken. */
    static Optional<PartialDate> near(AnnotatedSentence s, int position, boolean strict) {
        DateMention best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateMention d : s.dates()) {
            if (d.kind() == DateMention.Kind.RANGE || Dateline.covers(s.text(), d.span())) continue;
            int distance = d.span().start() >= position ? d.span().start() - position : position - d.span().end();
            String before = s.text().substring(Math.max(0, d.span().start() - 40), d.span().start());
            // "Monday's mosque bombing", "the 2014 massacre": a date that modifies the trigger is its date.
            boolean modifiesTrigger = d.span().end() <= position && position - d.span().end() <= 25
                    && s.text().substring(d.span().end(), position).matches("(?:['’]s)?(?:\\s+[\\p{L}-]+){0,2}\\s+");
            if (!modifiesTrigger && AFTERMATH_BEFORE.matcher(before).find()) {
                if (strict) continue;
                distance += 1000;
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = d;
            }
        }
        return Optional.ofNullable(best).map(DateMention::date);
    }

}
