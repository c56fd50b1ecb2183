package org.vigil.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a trigger in a sentence speaks of something that happened, or of a hypothesis, a
 * denial, a threat or an aggregate of many incidents ("21 attempted attacks in nine countries"),
 * which are not incidents.
 */
final class Hedges {
    private static final Pattern MODAL_BEFORE = Pattern.compile(
            "(?i)\\b(?:could|might|may|would|should|will|shall|can|if|unless|whether|threaten(?:ed|s)? to|vow(?:ed|s)? to|"
                    + "plan(?:s|ned)? to|intend(?:s|ed)? to|aim(?:s|ed)? to|prepar(?:e|es|ing) to|risk of|threat of|fear(?:s|ed)? of|"
                    + "possible|potential|future|likely|prevent(?:ing)?|avoid|deter|plan|plans|planned|planning|plot|plotting|preparing|call(?:ed|s)? for|urged?)\\b[^,;.]{0,40}$");
    private static final Pattern MODAL_AFTER = Pattern.compile(
            "(?i)\\s+(?:on [\\p{L} ]{1,30}\\s+)?(?:may|might|could|would|will|was likely|were likely|is likely|are likely|"
                    + "was possible|were possible|is possible|are possible|(?:is|was|were|are) (?:still |now )?(?:[\\p{L}]+ (?:and )?){0,3}(?:imminent|expected|feared|planned|possible|likely))\\b");
    private static final Pattern AGGREGATE_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:several|many|multiple|numerous|dozens of|hundreds of|scores of|a series of|a wave of|a spate of|"
                    + "a string of|a number of|series of|waves? of|other|previous|past|recent|earlier|similar|such|these|those|"
                    + "(?!(?:19|20)\\d\\d\\b)\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty\\S*|thirty\\S*)\\s+"
                    + "(?:\\w+\\s+){0,2})$|\\b(?:waves?|series|spate|string|campaign) of (?:\\w+\\s+){0,4}$");
    private static final Pattern DEFINITE_BEFORE = Pattern.compile(
            "(?i)\\b(?:the|this|that|these|those|its|their|his|her|[\\p{L}]+['’]s)\\s+(?:(?!(?:a|an|another|one|first|second|third|fourth|fifth|last|latest|other|next|final|new|earlier|previous|further|later)\\s)[\\p{L}-]+\\s+){0,3}$");
    private static final Pattern AFTERMATH_BEFORE = Pattern.compile(
            "(?i)\\b(?:convicted|sentenced|jailed|acquitted|tried|trial|charged|condemn(?:ed|s|ing)?|commemorat\\w*|anniversary|"
                    + "mourn\\w*|marched|revised|named|identified|blamed?|investigat\\w*|inquiry|inquest|memorial|victims of|"
                    + "survivors of|remembered|since|after|before|following|wake of|aftermath of|revenge for|response to)\\b");
    private static final Pattern MILITARY = Pattern.compile(
            "(?i)\\b(?:warplanes?|war planes?|air ?strikes?|airstrikes?|air raids?|jets|fighter jets|drones?|aircraft|"
                    + "coalition|military offensive|bombing campaign|offensive against)\\b");
    /** Combatants killed in a clash with the army: fighting, not an attack on victims. */
    private static final Pattern COMBAT = Pattern.compile(
            "(?is)\\b(?:subversives?|guerrillas?|rebels?|insurgents?|terrorists?|militants?|extremists?)\\b.{0,60}\\b(?:killed|died|dead)\\b"
                    + ".{0,80}\\b(?:clash(?:es|ed)?|fighting|combat|battle|skirmish(?:es)?|encounter)\\b"
                    + "|\\b(?:clash(?:es|ed)?|fighting|combat|battle|skirmish(?:es)?|encounter)\\b.{0,80}\\b(?:subversives?|guerrillas?|rebels?|insurgents?|terrorists?|militants?)\\b.{0,40}\\b(?:killed|died|dead)\\b");
    private static final Pattern INDEFINITE_BEFORE = Pattern.compile(
            "(?i)(?:^|[,;:—–-]\\s*|\\b(?:when|as|after|before|then|and|later|minutes later|hours later)\\s+|\\b(?:hour|minutes|hours|moments) later,?\\s+)"
                    + "(?:a|an|another|two|three|four|five|a second|a third|a further)\\s+(?:[\\p{L}-]+\\s+){0,3}$");
    private static final Pattern ANOTHER_EVENT = Pattern.compile(
            "(?i)\\W*(?:similarly|likewise|elsewhere|separately|meanwhile|in addition|finally|"
                    + "in (?:another|a separate|a similar|an unrelated|a different) (?:incident|attack|development|action|case))\\b");
    private static final Pattern SAME_PERPETRATORS = Pattern.compile(
            "(?i)\\W*(?:then,?\\s+|later,?\\s+)?(?:the (?:attackers?|gunm[ae]n|assailants?|militants?|bombers?|terrorists?|kidnappers?|hijackers?|"
                    + "perpetrators?|raiders?)|they)\\b");
    /** "minutes after the", "shortly before a": what times one event by another. */
    private static final String TIMED_BY = "(?i)\\b(?:seconds|minutes|an hour|hours|moments|shortly|soon|just|not long|a day|days|a week|weeks)"
            + "\\s+(?:after|before)\\s+(?:the|a|an|that|this|its)\\s+";
    /** Right before a trigger: "minutes after the first ". */
    private static final Pattern TIME_REFERENCE_BEFORE = Pattern.compile(TIMED_BY + "(?:[\\p{L}-]+\\s+){0,2}$");
    /** The whole phrase: "minutes after the first explosion,". */
    private static final Pattern TIME_REFERENCE = Pattern.compile(TIMED_BY + "(?:[\\p{L}-]+\\s+){0,2}?[\\p{L}-]+,?");
    /** A trigger phrase that opens on its verb ("took hostages", "fired rockets"), not a plural noun ("car bombings"). */
    private static final Pattern VERB_FIRST = Pattern.compile(
            "(?:took|taken|taking|held|hold|holding|seized|fired|firing|opened|set|planted|placed|hurled|threw|thrown|tossed|lobbed|"
                    + "detonated|blew|shot|stormed|burst|hit|struck|stepped|triggered|drove|driven|ploughed|plowed|crashed|smashed|rammed|"
                    + "began|started|were|was)\\s");
    private static final Pattern CAUSE_BEFORE = Pattern.compile("(?i)\\b(?:after|when|as)\\s+(?:being|having been|he was|she was|they were|it was)\\s+(?:[\\p{L}-]+\\s+)?$");
    private static final Pattern CHARGE_BEFORE = Pattern.compile(
            "(?i)\\b(?:guilty|accused|charged|convicted|suspected|acquitted|indicted|tried|arrested|jailed|sentenced|wanted)\\s+"
                    + "(?:[\\p{L}]+\\s+){0,3}?(?:of|with|for)\\s+"
                    + "(?:attempted\\s+|the\\s+)?$");
    private static final Pattern CHARGE_AFTER = Pattern.compile("(?i)^\\s+(?:charges?|counts?|trial|case|conviction)\\b");
    private static final Pattern DENIAL = Pattern.compile(
            "(?i)\\b(?:(?:is|was|are|were) (?:absolutely |completely |totally )?(?:unfounded|false|untrue|baseless)|"
                    + "rejected (?:the )?(?:claims|reports)|was not an? (?:attack|terrorist)|ruled out (?:an? )?(?:attack|terrorism)|"
                    + "false alarm|hoax)\\b");
    /** The army, air force or another state's forces doing the bombing: a military operation. */
    private static final Pattern MILITARY_AGENT = Pattern.compile(
            "(?i)\\b(?:air ?force|armed forces|army|military|troops|navy|helicopters?|warplanes?|gunships?)(?:['’]s)?\\s+"
                    + "(?:(?!(?:was|were|had been|has been|soldiers|troops|officers|post|base|garrison|patrol|convoy|barracks)\\b)[\\p{L}-]+\\s+){0,3}$"
                    + "|\\b(?:bombed|attacked|shelled|strafed) by (?:the )?(?:\\p{L}+ ){0,2}(?:air ?force|armed forces|army|military|troops|navy|united states)\\b");
    private static final Pattern COMBATANTS_KILLED = Pattern.compile(
            "(?i)\\b(?:\\d[\\d,]*|\\p{L}+) (?:\\p{L}+ )?(?:terrorists|guerrillas|subversives|insurgents|extremists)"
                    + " (?:\\p{L}+ ){0,3}(?:killed|died|dead|were killed|have been killed|had been killed)\\b"
                    + "|\\bkill(?:ed|ing) (?:\\d[\\d,]*|\\p{L}+) (?:\\p{L}+ )?(?:terrorists|guerrillas|subversives|insurgents)\\b");
    private static final Pattern BARE_PLURAL_BEFORE = Pattern.compile(
            "(?i)(?:^|\\b(?:launching|launch|launched|carrying out|carry out|conducting|staging|stage|commit|committing|"
                    + "continue|continues|continuing|intensified|intensify|escalating|escalated|step up|stepped up))\\s+(?:\\p{L}+\\s+)?$");

    /** Deaths that are no attack's: an accident, a security forces' operation, a war or years of violence summed up. */
    private static final Pattern NOT_AN_ATTACK = Pattern.compile(
            "(?i)\\b(?:accident\\w*|plane crash\\w*|crashed into|collision|earthquake|landslide|flood\\w*|"
                    + "(?:during|in) (?:a|an|the) (?:\\w+ )?(?:police|military|army|security|joint|antidrug|counterinsurgency) (?:operation|raid|offensive)|"
                    + "confrontation with (?:the )?(?:police|army|troops|soldiers|security forces|authorities)|"
                    + "(?:so far|since the beginning of|during) (?:this|the) (?:year|month|decade|war|conflict)|over the (?:past|last) (?:\\w+ )?(?:years|decades|months)|"
                    + "in recent (?:years|months)|as a result of (?:the )?(?:political |civil )?(?:violence|war|conflict)|during those days|"
                    + "the (?:\\w+-week |\\w+-year |civil )?war,? which|any (?:form|kind|type) of|as a (?:political )?weapon|the use of)\\b");

    private Hedges() {}

    /**
     * Whether deaths or an attack word the sentence tells belong to no attack: an accident, a police or army
     * operation, years of violence summed up, or attack as a kind of act ("any form of attack").
     */
    static boolean notAnAttack(String sentence) {
        return NOT_AN_ATTACK.matcher(sentence).find();
    }

    /** Whether the trigger at {@code start} is governed by a modal, a condition or an intention. */
    static boolean hypothetical(String sentence, int start) {
        String before = sentence.substring(Math.max(0, start - 60), start);
        Matcher m = MODAL_BEFORE.matcher(before);
        // "Prime Minister Theresa May said" is not a modal: in mixed case, a capitalised "May" is a name or a month.
        if (m.find() && !(m.group().startsWith("May") && !upperCase(sentence))) return true;
        return false;
    }

    /** Whether what follows the trigger makes it a prospect: "a further attack may be imminent". */
    static boolean prospective(String sentence, int end) {
        return MODAL_AFTER.matcher(sentence.substring(end, Math.min(sentence.length(), end + 50))).lookingAt();
    }

    static boolean upperCase(String text) {
        int letters = 0, upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (Character.isUpperCase(c)) upper++;
            }
        }
        return letters > 0 && upper * 10 >= letters * 9;
    }

    /** Whether a plural trigger counts many incidents ("several attacks", "21 attempted attacks"). */
    static boolean aggregate(String sentence, Trigger trigger) {
        String word = trigger.surface().toLowerCase();
        boolean plural = word.endsWith("s") && !word.endsWith("ss") && !word.equals("hostages") && !word.equals("gunmen");
        // "Seven gunmen took hostages": a number before a verb counts the attackers, not attacks.
        if (!plural || VERB_FIRST.matcher(word).lookingAt()) return false;
        String before = sentence.substring(Math.max(0, trigger.span().start() - 40), trigger.span().start());
        return AGGREGATE_BEFORE.matcher(before).find();
    }

    /** Whether the trigger at {@code start} follows a definite determiner: "the attack", "Friday's bombing". */
    static boolean definite(String sentence, int start) {
        String before = sentence.substring(Math.max(0, start - 50), start);
        return DEFINITE_BEFORE.matcher(before).find();
    }

    /**
     * Whether the trigger is told as something the sentence looks back on, after a court's, a mourner's
     * or a reporter's word: "convicted over the bombings", "condemned the attack", "named the bomber".
     */
    static boolean aftermath(String sentence, int start) {
        // "Minutes after the first explosion, gunmen opened fire": a time given by another event is no aftermath.
        String before = TIME_REFERENCE.matcher(sentence.substring(0, start)).replaceAll(" ");
        // "was injured after being stabbed": the trigger is what caused it, not something after it.
        if (CAUSE_BEFORE.matcher(before).find()) return false;
        return AFTERMATH_BEFORE.matcher(before).find();
    }

    /** Whether the sentence counts fighters killed in a clash ("three subversives were killed during clashes"). */
    static boolean combat(String sentence) {
        return COMBAT.matcher(sentence).find();
    }

    /** Whether the sentence dismisses the report it tells ("the report ... is absolutely unfounded"). */
    static boolean dismissed(String sentence) {
        return DENIAL.matcher(sentence).find();
    }

    /** Whether the killing the sentence tells is of fighters ("840 terrorists have been killed"). */
    static boolean combatantsKilled(String sentence) {
        return COMBATANTS_KILLED.matcher(sentence).find();
    }

    /**
     * Whether a plural trigger stands bare after a verb of doing, as in "groups still launching attacks"
     * or "a wave of crimes and terrorist attacks": attacks in general, not one that happened.
     */
    static boolean habitual(String sentence, Trigger trigger) {
        String word = trigger.surface().toLowerCase();
        if (!word.endsWith("s") || word.endsWith("ss")) return false;
        String before = sentence.substring(Math.max(0, trigger.span().start() - 40), trigger.span().start());
        return BARE_PLURAL_BEFORE.matcher(before).find();
    }

    /** Whether the trigger is a military operation ("warplanes bombed targets"), which is not an incident. */
    static boolean military(String sentence, Trigger trigger) {
        int from = Math.max(0, trigger.span().start() - 50);
        int to = Math.min(sentence.length(), trigger.span().end() + 30);
        return MILITARY.matcher(sentence.substring(from, to)).find()
                || MILITARY_AGENT.matcher(sentence.substring(from, trigger.span().start())).find()
                || MILITARY_AGENT.matcher(sentence.substring(trigger.span().start(), to)).find();
    }

    /** Whether the trigger's subject is indefinite: "a bomb exploded", "two explosions", "another attack". */
    static boolean indefinite(String sentence, int start) {
        String before = sentence.substring(Math.max(0, start - 40), start);
        return INDEFINITE_BEFORE.matcher(before).find();
    }

    /**
     * Whether the sentence opens on a word that moves to another event: "Similarly, three peasants were
     * shot", "Elsewhere, a bomb exploded", "In another incident, ...".
     */
    static boolean opensAnotherEvent(String sentence) {
        return ANOTHER_EVENT.matcher(sentence).lookingAt();
    }

    /** Whether the sentence opens on the perpetrators already told of: "The attackers also threw ...", "They then fled". */
    static boolean samePerpetrators(String sentence) {
        return SAME_PERPETRATORS.matcher(sentence).lookingAt();
    }

    /** Whether the trigger at {@code start} only tells when something else happened: "minutes after the first explosion". */
    static boolean timeReference(String sentence, int start) {
        return TIME_REFERENCE_BEFORE.matcher(sentence.substring(Math.max(0, start - 50), start)).find();
    }

    /** Whether the trigger names a charge, not an event: "found guilty of murder", "charged with murder". */
    static boolean charge(String sentence, Trigger trigger) {
        return CHARGE_BEFORE.matcher(sentence.substring(Math.max(0, trigger.span().start() - 40), trigger.span().start())).find()
                || CHARGE_AFTER.matcher(sentence.substring(trigger.span().end())).lookingAt();
    }

    static boolean denied(String sentence) {
        return DENIAL.matcher(sentence).find();
    }
}
