package org.vigil.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigil.ingest.Article;
import org.vigil.nlp.PartialDate;
import org.vigil.resolve.Gazetteer;

/**
 * An incident extractor built on trigger words, resolved dates, places, groups and figures: each
 * sentence with a trigger either starts an incident or adds to one already met in the article
 * ("the attack" after "the assault on the Crocus City Hall"), and the incident keeps the latest
 * figures and the most informative sentence as its evidence.
 */
public final class PatternIncidentExtractor implements IncidentExtractor {
    private static final Pattern SECURITY_AGGREGATE = Pattern.compile(
            "(?i)\\b(?:many of|several of|hundreds of|dozens of|thousands of|a number of|scores of|numerous|on (?:multiple|several|many|various) occasions|in various circumstances|repeatedly|"
                    + "in (?:only |just |the (?:last|past) )?(?:\\d+|two|three|four|five|six|several|few) (?:months|years)|"
                    + "over the past|in recent years|so far this year|since (?:19|20)\\d\\d|each year|every year|a total of|in total|altogether)\\b");
    private static final Pattern PLOT_CUE = Pattern.compile(
            "(?i)\\b(?:(?:were|was|had been|had|have been) (?:allegedly )?(?:planning|plotting|preparing|about) to|(?:had )?planned to (?:attack|bomb|strike|blow|kill|drive)|"
                    + "intended to (?:attack|bomb|strike|blow)|plot(?:ting)? to|(?:carrying|with|found) (?:more than )?[\\w ,]{0,30}(?:of )?explosives[^.]{0,60}heading for)\\b");
    private static final Pattern ARREST_MENTION = Pattern.compile("(?i)\\b(?:the )?(?:arrests?|detentions?|raids?)\\b");
    private static final Pattern KILLING = Pattern.compile("(?i)killed|killing|kills|kill|murder|executed|slain|murdered|found dead|lost their lives");
    private static final Pattern SECURITY_AGGREGATE_AFTER = Pattern.compile(
            "(?i)^\\W*(?:\\w+\\W+){0,3}?(?:dozens of|hundreds of|thousands of|scores of)\\b|\\bsince (?:19|20)\\d\\d\\b|\\bso far this year\\b|\\ba total of\\b");
    private static final Pattern REVISION = Pattern.compile(
            "(?i)\\b(?:toll|revised|now stands|stands at|rose to|risen to|climbed to|increased to|lowered|corrected|updated|in all|in total|altogether|final)\\b");
    private static final Pattern ATTEMPTED = Pattern.compile("(?i)\\b(?:attempted|failed to (?:explode|detonate|go off)|defused|did not explode|botched|tried to)\\b");
    private static final Pattern REPORTED = Pattern.compile("(?i)\\b(?:reportedly|reported|according to|said to|believed to|is thought)\\b");
    private static final Pattern ALLEGED = Pattern.compile("(?i)\\b(?:suspected|alleged|allegedly|accused|suspect)\\b");
    private static final List<IncidentType> TYPE_PRIORITY = List.of(
            IncidentType.VEHICLE_RAMMING, IncidentType.HIJACKING, IncidentType.HOSTAGE_TAKING, IncidentType.KIDNAPPING,
            IncidentType.ASSASSINATION, IncidentType.BOMBING, IncidentType.ARMED_ASSAULT, IncidentType.ARSON_SABOTAGE,
            IncidentType.UNARMED_ASSAULT, IncidentType.PLOT_FOILED, IncidentType.ARREST, IncidentType.WARNING);

    private final Annotator annotator;
    private final PlaceChooser places;
    private final Gazetteer gazetteer;
    private final RelevanceModel relevance;

    public PatternIncidentExtractor(Annotator annotator, Gazetteer gazetteer, RelevanceModel relevance) {
        this.annotator = annotator;
        this.gazetteer = gazetteer;
        this.places = new PlaceChooser(gazetteer);
        this.relevance = relevance;
    }

    /** An extractor that judges its attack candidates with the bundled relevance model. */
    public PatternIncidentExtractor(Annotator annotator, Gazetteer gazetteer) {
        this(annotator, gazetteer, RelevanceModel.bundled());
    }

    @Override
    public List<IncidentMention> extract(Article article) {
        return candidates(article).stream().filter(relevance::keeps).map(Candidate::mention).toList();
    }

    /** Every incident the patterns find in {@code article}, with its features, before the relevance model judges it. */
    public List<Candidate> candidates(Article article) {
        List<AnnotatedSentence> sentences = GeoContext.apply(annotator.annotate(article));
        List<IncidentDraft> drafts = new ArrayList<>();
        Optional<AnnotatedSentence> headline = Headline.of(article.text(), sentences);
        // A brief of a few sentences tells one event: its sentences never split it in two.
        boolean brief = sentences.size() <= DraftFinisher.BRIEF_SENTENCES;
        for (AnnotatedSentence s : sentences) {
            if (headline.isPresent() && headline.get() == s) continue;
            attack(s, drafts, brief);
            securityEvent(s, drafts, sentences);
        }
        // A headline sums up what the body tells: it adds to the incidents found there, never starts one.
        headline.ifPresent(h -> {
            int before = drafts.size();
            attack(h, drafts, brief);
            securityEvent(h, drafts, sentences);
            while (drafts.size() > before) drafts.remove(drafts.size() - 1);
        });
        return new DraftFinisher(article, sentences, Dateline.of(article.text(), gazetteer)).finish(drafts);
    }

    private void attack(AnnotatedSentence s, List<IncidentDraft> drafts, boolean brief) {
        String text = s.text();
        Set<IncidentType> types = EnumSet.noneOf(IncidentType.class);
        Set<IncidentType> weakTypes = EnumSet.noneOf(IncidentType.class);
        boolean any = false;
        boolean strong = false;
        boolean anaphoric = true;
        boolean reference = true;
        Trigger first = null;
        String unnamed = withoutGroups(s);
        for (Trigger t : s.triggers()) {
            if (t.family() != IncidentType.Family.ATTACK) continue;
            if (Hedges.hypothetical(text, t.span().start()) || Hedges.prospective(text, t.span().end())
                    || Hedges.aggregate(text, t) || Hedges.military(unnamed, t)) continue;
            if (t.generic() && KILLING.matcher(t.surface()).matches() && (Hedges.combat(text) || Hedges.combatantsKilled(text))) continue;
            if (t.generic() && KILLING.matcher(t.surface()).matches() && Hedges.notAnAttack(text)) continue;
            if (Hedges.habitual(text, t) && s.dates().isEmpty()) continue;
            // "Minutes after the first explosion, gunmen began shooting": the explosion only dates the shooting.
            if (Hedges.timeReference(text, t.span().start())) continue;
            // "found guilty of murder", "on murder charges": a charge in court, not an attack told.
            if (Hedges.charge(text, t)) continue;
            any = true;
            if (first == null) first = t;
            if (t.weak()) {
                t.type().ifPresent(weakTypes::add);
                continue;
            }
            t.type().ifPresent(types::add);
            strong = true;
            anaphoric &= Hedges.definite(text, t.span().start());
            reference &= Hedges.aftermath(text, t.span().start());
        }
        Optional<Boolean> claim = Attribution.claim(text);
        if (!any) {
            // "From the outset, the Islamic State claimed responsibility" speaks of the incident already met.
            if (claim.isPresent()) lastOf(drafts, IncidentType.Family.ATTACK).ifPresent(d -> absorb(d, s, Optional.empty(), Location.NONE, claim));
            // "About 175 people were wounded." gives the figures of the incident just told.
            else if (!s.casualties().isEmpty()) figuresOfLast(s, drafts);
            return;
        }
        // The date of a trial, a statement or mourning is never the date of the attack it speaks of.
        Optional<PartialDate> date = IncidentDates.near(s, first.span().start(), true);
        Location attached = places.near(s, first);
        Location location = attached.isEmpty() ? places.choose(s) : attached;
        boolean anchored = date.isPresent() || !location.isEmpty() || !s.casualties().isEmpty();
        // "the attack", "the massacre", "named the bomber": the article goes on about an attack it has told already.
        IncidentDraft target = anaphoric || !strong ? antecedent(drafts, IncidentType.Family.ATTACK, types, places.near(s, first)) : null;
        if (types.isEmpty()) types.addAll(weakTypes);
        // Without a date of its own, a sentence goes on about the incident before it unless the place
        // it gives the trigger itself differs ("a second bomb exploded in Kandahar").
        Location conflictLocation = date.isPresent() ? location : places.near(s, first);
        // "a bomb exploded", "two explosions", "a second car bomb": an indefinite subject brings in another incident.
        boolean introduced = !brief && strong && !anaphoric && !drafts.isEmpty()
                && (Hedges.indefinite(text, first.span().start()) || Hedges.opensAnotherEvent(text) && anchored);
        // "The attackers also threw a grenade": the perpetrators just told of go on with the same incident.
        if (target == null && !introduced && !anchored && Hedges.samePerpetrators(text)) target = lastOf(drafts, IncidentType.Family.ATTACK).orElse(null);
        if (target == null && !introduced) target = corefer(drafts, IncidentType.Family.ATTACK, types, date, conflictLocation, anchored);
        if (target == null) {
            boolean figures = s.casualties().killed().isPresent() || s.casualties().injured().isPresent();
            // A bomber or a grenade alone is not an event; "convicted over the bombings" tells no new one
            // unless it brings figures or a date of its own.
            if (!strong && !figures) return;
            if (Hedges.dismissed(text)) return;
            if (strong && reference && !figures && date.isEmpty()) return;
            if (types.isEmpty() && !anchored && s.actors().isEmpty()) return;
            target = new IncidentDraft(IncidentType.Family.ATTACK);
            drafts.add(target);
        }
        for (IncidentType t : TYPE_PRIORITY) {
            if (types.contains(t) && (strong || target.types.isEmpty())) target.addType(t);
            if (weakTypes.contains(t)) target.weakTypes.add(t);
        }
        if (ATTEMPTED.matcher(text).find()) target.status = IncidentStatus.ATTEMPTED;
        absorb(target, s, date, location, claim);
    }

    private void securityEvent(AnnotatedSentence s, List<IncidentDraft> drafts, List<AnnotatedSentence> context) {
        String text = s.text();
        IncidentType type = null;
        boolean anaphoric = false;
        Trigger chosen = null;
        for (Trigger t : s.triggers()) {
            if (t.family() != IncidentType.Family.SECURITY_EVENT || t.type().isEmpty()) continue;
            IncidentType candidate = t.type().get();
            if (candidate != IncidentType.PLOT_FOILED && Hedges.hypothetical(text, t.span().start())) continue;
            if (!Relevance.securityEventHappened(s, t, context)) continue;
            boolean definite = Hedges.definite(text, t.span().start());
            boolean officialByNature = t.surface().toLowerCase().contains("level") || t.surface().toLowerCase().contains("advis");
            if (candidate == IncidentType.WARNING && !definite && !officialByNature && !Relevance.official(text)) continue;
            // "officials warned that the toll would rise" warns of no threat.
            if (candidate == IncidentType.WARNING && !officialByNature && !Relevance.threat(text)) continue;
            if (type == null || TYPE_PRIORITY.indexOf(candidate) < TYPE_PRIORITY.indexOf(type)) {
                type = candidate;
                anaphoric = definite;
                chosen = t;
            }
        }
        if (type == null || SECURITY_AGGREGATE.matcher(text.substring(0, chosen.span().start())).find()
                || SECURITY_AGGREGATE_AFTER.matcher(text.substring(chosen.span().end())).find()) return;
        // An arrest of drug traffickers is no security event of Vigil's: the arrest, or the sentence
        // before or after it, must tie it to terrorism or political violence.
        if (type == IncidentType.ARREST && !Relevance.terrorRelated(s, context)) return;
        // "arrested two men who were planning to bomb...": a plot stopped by an arrest is one foiled plot.
        if (type == IncidentType.ARREST && PLOT_CUE.matcher(text).find()) type = IncidentType.PLOT_FOILED;
        if (type == IncidentType.PLOT_FOILED && ARREST_MENTION.matcher(text).find()) {
            Optional<IncidentDraft> arrest = lastOf(drafts, IncidentType.Family.SECURITY_EVENT).filter(d -> d.hasType(IncidentType.ARREST));
            if (arrest.isPresent() && !arrest.get().hasType(IncidentType.PLOT_FOILED)) {
                arrest.get().types.clear();
                arrest.get().firstType = null;
                arrest.get().addType(IncidentType.PLOT_FOILED);
                arrest.get().status = IncidentStatus.FOILED;
                absorb(arrest.get(), s, IncidentDates.near(s, chosen.span().start()), places.choose(s), Optional.empty());
                return;
            }
        }
        Optional<PartialDate> date = IncidentDates.near(s, chosen.span().start());
        Location attached = places.near(s, chosen);
        Location location = attached.isEmpty() ? places.choose(s) : attached;
        boolean anchored = date.isPresent() || !location.isEmpty();
        IncidentDraft target = anaphoric ? antecedent(drafts, IncidentType.Family.SECURITY_EVENT, EnumSet.of(type), places.near(s, chosen)) : null;
        if (target == null) {
            boolean official = chosen.surface().toLowerCase().contains("level") || chosen.surface().toLowerCase().contains("advis");
            if (anaphoric && type == IncidentType.WARNING && !official && !Relevance.official(text)) return;
            target = corefer(drafts, IncidentType.Family.SECURITY_EVENT, EnumSet.of(type), date, location, anchored);
        }
        if (target == null) {
            target = new IncidentDraft(IncidentType.Family.SECURITY_EVENT);
            drafts.add(target);
        }
        target.addType(type);
        if (type == IncidentType.PLOT_FOILED) target.status = IncidentStatus.FOILED;
        absorb(target, s, date, location, Optional.empty());
    }

    /** The incident this sentence adds to, or null when it speaks of a new one. */
    private static IncidentDraft corefer(List<IncidentDraft> drafts, IncidentType.Family family, Set<IncidentType> types,
                                         Optional<PartialDate> date, Location location, boolean anchored) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            IncidentDraft d = drafts.get(i);
            if (d.family != family) continue;
            if (!types.isEmpty() && !d.types.isEmpty() && types.stream().noneMatch(d.types::contains)) {
                if (family == IncidentType.Family.SECURITY_EVENT || anchored) continue;
                // A sentence without its own date or place that names another weapon ("stormed" after
                // "held hostages") goes on about the incident just told, unless that one had another kind.
                if (i != drafts.size() - 1) continue;
                if (!compatible(types, d.types)) continue;
            }
            if (date.isPresent() && d.date.isPresent() && !sameTime(date.get(), d.date.get(), family == IncidentType.Family.ATTACK ? 1 : 0)) continue;
            if (location.conflictsWith(d.location)) continue;
            return d;
        }
        return null;
    }

    /**
     * The incident a definite mention ("the attack", "the warning") refers back to: the latest one of
     * the family, of a shared type when the mention names one, in no other country than the sentence's.
     */
    private static IncidentDraft antecedent(List<IncidentDraft> drafts, IncidentType.Family family, Set<IncidentType> types,
                                            Location location) {
        for (int i = drafts.size() - 1; i >= 0; i--) {
            IncidentDraft d = drafts.get(i);
            if (d.family != family) continue;
            if (!types.isEmpty() && !d.types.isEmpty() && types.stream().noneMatch(d.types::contains)) continue;
            if (location.conflictsWith(d.location)) continue;
            return d;
        }
        return null;
    }

    private static boolean compatible(Set<IncidentType> a, Set<IncidentType> b) {
        Set<IncidentType> assault = EnumSet.of(IncidentType.ARMED_ASSAULT, IncidentType.HOSTAGE_TAKING, IncidentType.KIDNAPPING,
                IncidentType.HIJACKING, IncidentType.ASSASSINATION);
        return assault.containsAll(a) && assault.containsAll(b);
    }

    /** Whether two dates can be the same incident: they overlap, or lie a day apart (a siege, a night that ran past midnight). */
    private static boolean sameTime(PartialDate a, PartialDate b, int slackDays) {
        return !a.end().plusDays(slackDays).isBefore(b.start()) && !b.end().plusDays(slackDays).isBefore(a.start());
    }

    /**
     * Adds the figures of a sentence that names no attack ("About 175 people were wounded") to the attack
     * told just before, in this paragraph or the one before, when the sentence sums up no other time or
     * place and speaks of no accident, operation or years of violence.
     */
    private void figuresOfLast(AnnotatedSentence s, List<IncidentDraft> drafts) {
        String text = s.text();
        if (Hedges.notAnAttack(text) || Hedges.combat(text) || Hedges.combatantsKilled(text) || SECURITY_AGGREGATE.matcher(text).find()) return;
        Optional<IncidentDraft> last = lastOf(drafts, IncidentType.Family.ATTACK);
        if (last.isEmpty() || s.paragraph() - last.get().lastParagraph() > 1) return;
        IncidentDraft d = last.get();
        Optional<PartialDate> date = IncidentDates.of(s);
        if (date.isPresent() && d.date.isPresent() && !sameTime(date.get(), d.date.get(), 1)) return;
        if (places.choose(s).conflictsWith(d.location)) return;
        // Figures only: the day a toll was given or the hospital the wounded were taken to places nothing.
        absorb(d, s, Optional.empty(), Location.NONE, Optional.empty());
    }

    /**
     * The sentence with the names of groups blanked out, offsets kept: "the Japanese Red Army hijacked" or
     * "the New People's Army attacked" is an armed group's attack, not an army's operation.
     */
    private static String withoutGroups(AnnotatedSentence s) {
        if (s.actors().isEmpty()) return s.text();
        char[] chars = s.text().toCharArray();
        for (org.vigil.resolve.ActorMatch a : s.actors()) {
            for (int i = a.span().start(); i < a.span().end(); i++) chars[i] = '_';
        }
        return new String(chars);
    }

    /** The figure an incident keeps when a sentence tells {@code told}: a revision, a first figure or a larger one. */
    private static OptionalInt figure(OptionalInt kept, OptionalInt told, boolean revises) {
        if (told.isEmpty()) return kept;
        return revises || kept.isEmpty() || told.getAsInt() > kept.getAsInt() ? told : kept;
    }

    private static Optional<IncidentDraft> lastOf(List<IncidentDraft> drafts, IncidentType.Family family) {
        for (int i = drafts.size() - 1; i >= 0; i--) if (drafts.get(i).family == family) return Optional.of(drafts.get(i));
        return Optional.empty();
    }

    private static void absorb(IncidentDraft d, AnnotatedSentence s, Optional<PartialDate> date, Location location,
                               Optional<Boolean> claim) {
        d.sentences.add(s);
        int score = 0;
        if (date.isPresent()) {
            score += 2;
            if (d.date.isEmpty() || date.get().precision().compareTo(d.date.get().precision()) > 0) d.date = date;
        }
        if (!location.isEmpty()) {
            score += location.place().isPresent() ? 2 : 1;
            if (d.location.place().isEmpty() && (location.place().isPresent() || d.location.country().isEmpty())) {
                d.location = location;
            }
        }
        Casualties c = s.casualties();
        if (d.family == IncidentType.Family.ATTACK && !c.isEmpty()) {
            score += 2;
            // A later figure replaces an earlier one when it revises the toll ("rose to 30"); otherwise a smaller
            // one tells part of the incident ("two of them policemen") and the whole stands.
            boolean revises = REVISION.matcher(s.text()).find();
            d.killed = figure(d.killed, c.killed(), revises);
            d.injured = figure(d.injured, c.injured(), revises);
            d.oneKilled |= c.oneKilled();
            d.oneInjured |= c.oneInjured();
        }
        Optional<Attribution.Agent> agent = Attribution.agent(s);
        if (agent.isPresent()) {
            Optional<String> group = agent.map(Attribution.Agent::group);
            score += 1;
            // A group that claims it outranks whoever else the article named ("the bomber, Salman Abedi"),
            // and one the text says did it ("carried out by") outranks one merely named beside it.
            boolean claims = claim.orElse(false) && d.family == IncidentType.Family.ATTACK;
            if (d.perpetrator.isEmpty() || Attribution.refines(group.get(), d.perpetrator.get()) || claims && !d.perpetratorClaimed
                    || !d.perpetratorClaimed && agent.get().score() > d.perpetratorScore) {
                d.perpetrator = group;
                d.perpetratorClaimed = claims;
                d.perpetratorScore = agent.get().score();
            }
            d.perpetratorLocal = true;
        }
        if (claim.isPresent() && d.family == IncidentType.Family.ATTACK) {
            if (d.claimed.isEmpty() || claim.get()) d.claimed = claim;
        }
        boolean specific = s.triggers().stream().anyMatch(t -> !t.generic() && t.family() == d.family);
        if (specific) score += 1;
        if (score > d.evidenceScore) {
            d.evidenceScore = score;
            d.evidence = s;
        }
        String text = s.text();
        if (ALLEGED.matcher(text).find() && d.certainty == Certainty.STATED) d.certainty = Certainty.ALLEGED;
        else if (REPORTED.matcher(text).find() && d.certainty == Certainty.STATED) d.certainty = Certainty.REPORTED;
    }

    static List<IncidentType> typePriority() {
        return TYPE_PRIORITY;
    }
}
