package org.vigil.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.vigil.resolve.ActorMatch;

/**
 * Reads who did it and whether anyone claimed it from one sentence: the group it names (the most
 * specific when one is a branch of another, "Islamic State Khorasan Province" over "Islamic State"),
 * a claim of responsibility, or a statement that nobody claimed it.
 */
final class Attribution {
    private static final Pattern CLAIM = Pattern.compile(
            "(?i)\\b(?:claim(?:ed|s|ing)? (?:of )?(?:responsibility|credit)|claimed (?:the|both|all|that|this|it|its|a|those|these) (?:\\w+ )?(?:attacks?|bombings?|shootings?|killings?|massacre|assault|operation|kidnapping|hijacking)|"
                    + "claimed the (?:attacks?|bombings?)|responsibility (?:was|has been|had been) claimed|(?:took|accepted|admitted|assumed) responsibility|"
                    + "said (?:it|they) (?:had )?carried out|statement claiming|claimed by|which (?:\\w+ ){0,4}claimed|"
                    + "(?:said|says|announced|declared)[^.;]{0,80}\\b(?:its|their) [^.;]{0,40}(?:had )?(?:carried out|conducted|launched|executed) the|"
                    + "(?:said|says|claimed|declared)[^.;]{0,120}\\b(?:was|were) (?:one of )?(?:its|their) [\"“]?(?:soldiers?|fighters?|martyrs?|mujahideen)|"
                    + "claim(?:ed)? (?:made )?(?:through|via) (?:its|the group's|their)|amaq|(?:the|which|that) group (?:later |had |has )?claimed|"
                    + "said (?:the|its|their) (?:\\w+ )?(?:attack|bombing|assault|operation|killing)s? (?:was|were) (?:in )?(?:revenge|retaliation|response)|"
                    + "(?:claim(?:s|ed)?|admit(?:s|ted)?|acknowledg(?:es|ed)) (?:that )?(?:it|they|its \\w+|their \\w+) (?:had |have |has )?(?:[\\w,]+ ){0,8}?"
                    + "(?:attacked|bombed|killed|kidnapped|abducted|destroyed|blew up|dynamited|executed|ambushed|set fire|burned|shot|sabotaged|assassinated)|"
                    // A communiqué in the doers' own voice: "our forces annihilated that position".
                    + "our (?:forces|fighters|combatants|units|commandos|urban commandos|guerrillas|militants|columns|troops|heroic \\w+) "
                    + "(?:\\w+ ){0,3}?(?:attacked|bombed|killed|destroyed|blew up|dynamited|executed|ambushed|annihilated|sabotaged|seized|burned|harassed|carried out))\\b");
    private static final Pattern NO_CLAIM = Pattern.compile(
            "(?i)\\b(?:no (?:group|one|organi[sz]ation|faction|militant group)s? (?:has|had|have)? ?(?:yet |immediately |so far )?(?:claimed|taken responsibility|come forward)|"
                    + "(?:has|have|had) (?:not|never) (?:yet )?(?:been )?claimed|(?:has|have|had) yet to (?:be )?claim|did not claim|never claimed|"
                    + "unclaimed|no claim (?:of responsibility )?(?:has|had|was)|no immediate claim|without (?:a|any) claim|not claimed)\\b");
    private static final Pattern DENIED_BY_GROUP = Pattern.compile("(?i)\\b(?:denied|denies|rejected) (?:any )?(?:involvement|responsibility|a role)\\b");

    /** Words just before a group that make it the doer: "carried out by", "blamed on", "attributed to". */
    private static final Pattern AGENT_BEFORE = Pattern.compile(
            "(?i)(?:\\bby|\\bblamed(?: it)? on|\\battributed to|\\bresponsibility of|\\baccused|\\bblamed)\\b[^.;:,]{0,45}$");
    /** Words just after a group that make it the doer: "guerrillas attacked", "the group claimed". */
    private static final Pattern AGENT_AFTER = Pattern.compile(
            "(?i)^[\\])\"”]?\\s*(?:\\[[^\\]]{0,60}\\]\\s*)?(?:\\w+\\s+){0,3}?(?:have |has |had )?(?:also )?(?:attacked|attack|killed|kill|bombed|murdered|kidnapped|abducted|"
                    + "ambushed|assassinated|dynamited|blew up|set fire|set off|placed|planted|detonated|hurled|threw|fired|shot|stormed|raided|"
                    + "seized|burned|destroyed|massacred|executed|claimed|carried out|perpetrated|took responsibility)\\b");
    /** Words just before a group that make it the target or the scene: "an attack on the army", "against the police". */
    private static final Pattern TARGET_BEFORE = Pattern.compile(
            "(?i)\\b(?:against|(?:attacks?|fire|fired|raids?|assaults?|ambush(?:es)?|strikes?|bombings?) on|attacked|ambushed|targeting|between|(?:headquarters|offices?|home|residence|post|garrison|"
                    + "barracks|patrol|convoy|base) of)(?: (?:the|a|an|\\w+))?\\s*$");
    /** Forces of a state, which report and investigate far more often than they are accused. */
    private static final Pattern STATE = Pattern.compile(
            "(?i)\\b(?:army|military|armed forces|air force|police|government|battalion|brigade|soldiers|troops|navy|security forces|authorities)\\b");
    /** Words just after a group that make it the one who reports or denies: "police said", "the army press committee". */
    private static final Pattern SOURCE_AFTER = Pattern.compile(
            "(?i)^[\\])\"”]?\\s*(?:\\w+\\s+){0,2}?(?:have |has |had )?(?:reported|reports|said|says|announced|stated|denied|denies|confirmed|"
                    + "spokesm[ae]n|sources?|press|communiqu|radio|report(?:ed)? that|officials?|authorities|command has reported|investigat|"
                    + "arrested|captured|detained|found|rescued|defused|deactivated)\\b");
    /** How far before or after a group its role words are read. */
    private static final int ROLE_WINDOW = 50;

    private Attribution() {}

    /** A group the sentence names and how surely it is the doer: above zero the sentence says so, below it says otherwise. */
    record Agent(String group, int score) {}

    /** The group the sentence names as the doer, preferring the most specific, or empty. */
    static Optional<String> group(AnnotatedSentence s) {
        return agent(s).map(Agent::group);
    }

    /**
     * The group the sentence most likely names as the doer: a group "by" whom it was done or that did it
     * outranks one that was attacked or that reports it; a group only seen as target or source is no doer.
     */
    static Optional<Agent> agent(AnnotatedSentence s) {
        List<ActorMatch> actors = s.actors();
        if (actors.isEmpty()) return Optional.empty();
        String text = s.text();
        ActorMatch best = null;
        int bestScore = Integer.MIN_VALUE;
        for (ActorMatch a : actors) {
            // A group whose name is also a place the sentence names ("the mayor of Medellin") is the place.
            if (s.places().stream().anyMatch(p -> p.span().start() <= a.span().start() && p.span().end() >= a.span().end())) continue;
            int score = role(text, a);
            if (best == null || score > bestScore || score == bestScore && refines(a.canonical(), best.canonical())) {
                best = a;
                bestScore = score;
            }
        }
        if (best == null || bestScore < 0) return Optional.empty();
        return Optional.of(new Agent(best.canonical(), bestScore));
    }

    private static int role(String text, ActorMatch a) {
        String before = text.substring(Math.max(0, a.span().start() - ROLE_WINDOW), a.span().start());
        String after = text.substring(a.span().end(), Math.min(text.length(), a.span().end() + ROLE_WINDOW));
        int score = 0;
        if (AGENT_BEFORE.matcher(before).find()) score += 3;
        if (AGENT_AFTER.matcher(after).find()) score += 2;
        if (score == 0 && TARGET_BEFORE.matcher(before).find()) score -= 2;
        if (score == 0 && stateForce(a.canonical()) && SOURCE_AFTER.matcher(after).find()) score -= 2;
        return score;
    }

    /** True for a claim, false for "no group has claimed it", empty when the sentence says neither. */
    static Optional<Boolean> claim(String sentence) {
        if (NO_CLAIM.matcher(sentence).find()) return Optional.of(false);
        if (CLAIM.matcher(sentence).find()) return Optional.of(true);
        return Optional.empty();
    }

    /** Whether the group is a state's force or office (army, police, government), not an armed group. */
    static boolean stateForce(String group) {
        return STATE.matcher(group).find();
    }

    static boolean groupDenied(String sentence) {
        return DENIED_BY_GROUP.matcher(sentence).find();
    }

    /** Whether {@code specific} names a branch of {@code general} ("Islamic State Khorasan Province" of "Islamic State"). */
    static boolean refines(String specific, String general) {
        return specific.length() > general.length()
                && specific.toLowerCase(java.util.Locale.ROOT).contains(general.toLowerCase(java.util.Locale.ROOT));
    }
}
