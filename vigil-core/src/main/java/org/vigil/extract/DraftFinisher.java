package org.vigil.extract;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.vigil.ingest.Article;
import org.vigil.nlp.DatePrecision;
import org.vigil.nlp.PartialDate;
import org.vigil.resolve.Place;

/**
 * Turns the drafts of one article into incident mentions, filling what a draft's own sentences left
 * open from the article around them: a type from the article's weapons, a date from the sentence
 * before, a group named next door, the country of a demonym, the dateline's city.
 */
final class DraftFinisher {
    /** Articles this short are briefs: an undated incident in them happened on the day of publication. */
    private static final int BRIEF_SENTENCES = 3;

    private final Article article;
    private final List<AnnotatedSentence> sentences;

    private final Optional<Place> dateline;

    DraftFinisher(Article article, List<AnnotatedSentence> sentences, Optional<Place> dateline) {
        this.article = article;
        this.sentences = sentences;
        this.dateline = dateline;
    }

    List<IncidentMention> finish(List<IncidentDraft> drafts) {
        IncidentType articleWeapon = dominantAttackType();
        List<IncidentMention> mentions = new ArrayList<>();
        for (IncidentDraft d : drafts) {
            IncidentType type = d.types.isEmpty() ? articleWeapon : typeOf(d);
            boolean attack = d.family == IncidentType.Family.ATTACK;
            Optional<PartialDate> date = d.date.or(() -> dateBefore(d)).or(() -> fallbackDate());
            // The dateline says where the report comes from: the place of an incident the text does not place.
            Optional<String> country = d.location.country().or(() -> demonymCountry(d))
                    .or(() -> dateline.map(Place::countryCode));
            Optional<Place> place = d.location.place()
                    .or(() -> d.location.place().isEmpty() && type != IncidentType.WARNING && country.equals(dateline.map(Place::countryCode))
                            ? dateline.filter(p -> p.kind() == Place.Kind.CITY) : Optional.empty());
            Optional<String> perpetrator = d.perpetrator.or(() -> neighbourGroup(d));
            AnnotatedSentence ev = d.evidence;
            mentions.add(new IncidentMention(
                    article.id(),
                    type,
                    d.status,
                    date,
                    place.map(Place::name),
                    country,
                    place.map(p -> new IncidentMention.Coordinates(p.latitude(), p.longitude())),
                    perpetrator,
                    attack ? figure(d.killed, d.oneKilled) : OptionalInt.empty(),
                    attack ? figure(d.injured, d.oneInjured) : OptionalInt.empty(),
                    attack ? d.claimed.or(() -> perpetrator.map(group -> false)) : Optional.of(false),
                    d.certainty,
                    ev.sentence().span(),
                    ev.text(),
                    confidence(d)));
        }
        return mentions;
    }

    private static OptionalInt figure(OptionalInt stated, boolean one) {
        return stated.isPresent() || !one ? stated : OptionalInt.of(1);
    }

    private static IncidentType typeOf(IncidentDraft d) {
        for (IncidentType t : PatternIncidentExtractor.typePriority()) if (d.types.contains(t)) return t;
        throw new IllegalStateException("Draft has types " + d.types + " outside the priority list");
    }

    /** The attack type the article's specific triggers name most often; armed assault when none does. */
    private IncidentType dominantAttackType() {
        Map<IncidentType, Integer> counts = new EnumMap<>(IncidentType.class);
        for (AnnotatedSentence s : sentences) {
            for (Trigger t : s.triggers()) {
                if (t.family() == IncidentType.Family.ATTACK && t.type().isPresent()) counts.merge(t.type().get(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(IncidentType.ARMED_ASSAULT);
    }

    /** The date of the nearest of the two sentences before the draft's first, in the same paragraph. */
    private Optional<PartialDate> dateBefore(IncidentDraft d) {
        AnnotatedSentence first = d.sentences.get(0);
        int index = first.sentence().index();
        for (int i = index - 1; i >= Math.max(0, index - 2); i--) {
            AnnotatedSentence s = sentences.get(i);
            if (s.paragraph() != first.paragraph()) break;
            Optional<PartialDate> date = PatternIncidentExtractor.dateOf(s);
            if (date.isPresent()) return date;
        }
        return Optional.empty();
    }

    private Optional<PartialDate> fallbackDate() {
        if (sentences.size() <= BRIEF_SENTENCES) return Optional.of(PartialDate.ofDay(article.published()));
        // News speaks of recent events unless it dates them: an undated incident belongs to the month of publication.
        return Optional.of(PartialDate.ofMonth(article.published().getYear(), article.published().getMonthValue()));
    }

    private static Optional<String> demonymCountry(IncidentDraft d) {
        for (AnnotatedSentence s : d.sentences) {
            Optional<String> c = PlaceChooser.demonymCountry(s);
            if (c.isPresent()) return c;
        }
        return Optional.empty();
    }

    /** A group named in the sentence just before or after the draft's sentences, in the same paragraph. */
    private Optional<String> neighbourGroup(IncidentDraft d) {
        AnnotatedSentence first = d.sentences.get(0);
        int index = first.sentence().index();
        for (int i : new int[] {index - 1, d.lastSentenceIndex() + 1}) {
            if (i < 0 || i >= sentences.size()) continue;
            AnnotatedSentence s = sentences.get(i);
            if (s.paragraph() != first.paragraph()) continue;
            Optional<String> group = Attribution.group(s);
            if (group.isPresent()) return group;
        }
        return Optional.empty();
    }

    private static double confidence(IncidentDraft d) {
        double c = 0.4;
        if (!d.types.isEmpty()) c += 0.2;
        if (d.date.isPresent()) c += 0.1;
        if (!d.location.isEmpty()) c += 0.1;
        if (d.date.map(p -> p.precision() == DatePrecision.DAY).orElse(false)) c += 0.05;
        if (d.sentences.size() > 1) c += 0.1;
        return Math.min(1.0, c);
    }
}
