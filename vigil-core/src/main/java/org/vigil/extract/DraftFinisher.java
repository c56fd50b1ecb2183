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
import org.vigil.resolve.GroupCountries;
import org.vigil.resolve.Place;

/**
 * Turns the drafts of one article into incident mentions, filling what a draft's own sentences left
 * open from the article around them: a type from the article's weapons, a date from the sentence
 * before, a group named next door, the country of a demonym, the dateline's city.
 */
final class DraftFinisher {
    /** Articles this short are briefs: an undated incident in them happened on the day of publication. */
    static final int BRIEF_SENTENCES = 3;
    private static final java.util.regex.Pattern UMBRELLA = java.util.regex.Pattern.compile(
            "(?i)\\b(?:coordinated|series of|wave of|(?:attacks|bombings|shootings|bombers|explosions|blasts) (?:on|at|across|in)\\b|struck [^.]{0,60}\\band\\b)");

    private final Article article;
    private final List<AnnotatedSentence> sentences;

    private final Optional<Place> dateline;
    private final boolean dispatch;

    DraftFinisher(Article article, List<AnnotatedSentence> sentences, Dateline dateline) {
        this.article = article;
        this.sentences = sentences;
        this.dateline = dateline.place();
        this.dispatch = dateline.dated();
    }

    List<Candidate> finish(List<IncidentDraft> found) {
        IncidentType articleWeapon = dominantAttackType();
        for (IncidentDraft d : found) {
            if (d.date.isEmpty()) d.date = datePrevious(d, found);
        }
        shareClaims(found);
        List<IncidentDraft> drafts = withoutUmbrellas(found);
        List<Candidate> candidates = new ArrayList<>();
        int attacks = (int) drafts.stream().filter(d -> d.family == IncidentType.Family.ATTACK).count();
        int rank = 0, securityRank = 0;
        boolean upperCase = Hedges.upperCase(article.text());
        for (IncidentDraft d : drafts) {
            // The kind the report first gave it: a shoot-out in which a grenade was later thrown stays a shoot-out.
            IncidentType type = d.firstType != null && d.types.contains(d.firstType) ? d.firstType
                    : !d.types.isEmpty() ? typeOf(d.types) : !d.weakTypes.isEmpty() ? typeOf(d.weakTypes) : articleWeapon;
            boolean attack = d.family == IncidentType.Family.ATTACK;
            String dateSource = "own";
            Optional<PartialDate> date = d.date;
            if (date.isEmpty()) { date = dateBefore(d); dateSource = "before"; }
            if (date.isEmpty()) { date = datePrevious(d, drafts); dateSource = "previous"; }
            if (date.isEmpty()) { date = fallbackDate(); dateSource = "fallback"; }
            Optional<String> perpetrator = d.perpetrator.or(() -> neighbourGroup(d));
            // The dateline says where the report comes from: the place of an incident the text does not place.
            // Last of all, a group that has attacked in one country only says where ("the ELN blew up a pipeline").
            Optional<String> country = d.location.country().or(() -> dateline.map(Place::countryCode))
                    .or(() -> demonymCountry(d)).or(() -> perpetrator.flatMap(GroupCountries::of));
            Optional<Place> place = d.location.place()
                    .or(() -> d.location.place().isEmpty() && type != IncidentType.WARNING && country.equals(dateline.map(Place::countryCode))
                            ? dateline.filter(p -> p.kind() == Place.Kind.CITY) : Optional.empty());
            AnnotatedSentence ev = d.evidence;
            IncidentMention mention = new IncidentMention(
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
                    confidence(d));
            candidates.add(new Candidate(mention, CandidateFeatures.of(d, mention, dateSource, attack ? rank++ : securityRank++, attacks, article, upperCase)));
        }
        return candidates;
    }

    /**
     * A claim covers the whole of a coordinated attack: the sites of one night told as separate
     * incidents (the Stade de France, the cafés, the Bataclan) share the claim and the claiming group.
     */
    private static void shareClaims(List<IncidentDraft> drafts) {
        for (IncidentDraft claimed : drafts) {
            if (claimed.family != IncidentType.Family.ATTACK || !claimed.claimed.orElse(false) || claimed.date.isEmpty()) continue;
            for (IncidentDraft other : drafts) {
                if (other == claimed || other.family != IncidentType.Family.ATTACK || other.claimed.isPresent()) continue;
                if (other.date.isEmpty() || !other.date.get().equals(claimed.date.get())) continue;
                if (other.perpetrator.isPresent() && !other.perpetrator.equals(claimed.perpetrator)) continue;
                other.claimed = claimed.claimed;
                if (other.perpetrator.isEmpty()) other.perpetrator = claimed.perpetrator;
            }
        }
    }

    /**
     * The lead of a multi-site report ("coordinated shootings and suicide bombings across Paris that
     * killed at least 129") is no incident of its own once the article tells two or more sites of
     * that day with their own figures: each site is the incident, and the lead's claim goes to them.
     */
    private static List<IncidentDraft> withoutUmbrellas(List<IncidentDraft> drafts) {
        List<IncidentDraft> kept = new ArrayList<>(drafts);
        for (IncidentDraft u : drafts) {
            if (u.family != IncidentType.Family.ATTACK || u.date.isEmpty() || !UMBRELLA.matcher(u.sentences.get(0).text()).find()) continue;
            List<IncidentDraft> sites = drafts.stream()
                    .filter(d -> d != u && d.family == IncidentType.Family.ATTACK && d.date.equals(u.date) && d.killed.isPresent())
                    .toList();
            if (sites.size() < 2) continue;
            kept.remove(u);
            for (IncidentDraft site : sites) {
                if (site.claimed.isEmpty()) site.claimed = u.claimed;
                if (site.perpetrator.isEmpty()) site.perpetrator = u.perpetrator;
            }
        }
        return kept;
    }

    private static OptionalInt figure(OptionalInt stated, boolean one) {
        return stated.isPresent() || !one ? stated : OptionalInt.of(1);
    }

    private static IncidentType typeOf(java.util.Set<IncidentType> types) {
        for (IncidentType t : PatternIncidentExtractor.typePriority()) if (types.contains(t)) return t;
        throw new IllegalStateException("Draft has types " + types + " outside the priority list");
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
            Optional<PartialDate> date = IncidentDates.of(s);
            if (date.isPresent()) return date;
        }
        return Optional.empty();
    }

    /**
     * The date of the attack told just before, when this one follows it in the same or the next
     * paragraph without a date of its own: "About an hour later, a bomb exploded in the metro".
     */
    private static Optional<PartialDate> datePrevious(IncidentDraft d, List<IncidentDraft> drafts) {
        if (d.family != IncidentType.Family.ATTACK) return Optional.empty();
        IncidentDraft previous = null;
        for (IncidentDraft other : drafts) {
            if (other == d) break;
            if (other.family == IncidentType.Family.ATTACK && other.date.isPresent()) previous = other;
        }
        if (previous == null) return Optional.empty();
        // Near the last paragraph told of the one before, up to this one's: "About an hour later, ..." follows it.
        int nearest = previous.paragraph();
        for (AnnotatedSentence s : previous.sentences) if (s.paragraph() <= d.paragraph()) nearest = Math.max(nearest, s.paragraph());
        if (d.paragraph() - nearest > 1) return Optional.empty();
        return previous.date;
    }

    private Optional<PartialDate> fallbackDate() {
        // Briefs, and dispatches dated in their dateline, report the news of the day they were filed.
        if (dispatch || sentences.size() <= BRIEF_SENTENCES) return Optional.of(PartialDate.ofDay(article.published()));
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
