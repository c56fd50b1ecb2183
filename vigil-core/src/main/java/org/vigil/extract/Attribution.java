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
            "(?i)\\b(?:claim(?:ed|s|ing)? (?:of )?(?:responsibility|credit)|claimed (?:the|both|all|that|this|it|its|a) (?:\\w+ )?(?:attacks?|bombings?|shootings?|killings?|massacre|assault|operation|kidnapping|hijacking)|"
                    + "claimed the (?:attacks?|bombings?)|responsibility (?:was|has been|had been) claimed|(?:took|accepted|admitted|assumed) responsibility|"
                    + "said (?:it|they) (?:had )?carried out|statement claiming|claimed by|which (?:\\w+ ){0,4}claimed|"
                    + "(?:said|says|announced|declared)[^.;]{0,80}\\b(?:its|their) [^.;]{0,40}(?:had )?(?:carried out|conducted|launched|executed) the|"
                    + "(?:said|says|claimed|declared)[^.;]{0,120}\\b(?:was|were) (?:one of )?(?:its|their) [\"“]?(?:soldiers?|fighters?|martyrs?|mujahideen)|"
                    + "claim(?:ed)? (?:made )?(?:through|via) (?:its|the group's|their)|amaq|(?:the|which|that) group (?:later |had |has )?claimed|"
                    + "said (?:the|its|their) (?:\\w+ )?(?:attack|bombing|assault|operation|killing)s? (?:was|were) (?:in )?(?:revenge|retaliation|response))\\b");
    private static final Pattern NO_CLAIM = Pattern.compile(
            "(?i)\\b(?:no (?:group|one|organi[sz]ation|faction|militant group)s? (?:has|had|have)? ?(?:yet |immediately |so far )?(?:claimed|taken responsibility|come forward)|"
                    + "(?:has|have|had) (?:not|never) (?:yet )?(?:been )?claimed|(?:has|have|had) yet to (?:be )?claim|did not claim|never claimed|"
                    + "unclaimed|no claim (?:of responsibility )?(?:has|had|was)|no immediate claim|without (?:a|any) claim|not claimed)\\b");
    private static final Pattern DENIED_BY_GROUP = Pattern.compile("(?i)\\b(?:denied|denies|rejected) (?:any )?(?:involvement|responsibility|a role)\\b");

    private Attribution() {}

    /** The group the sentence names, preferring the most specific, or empty. */
    static Optional<String> group(AnnotatedSentence s) {
        List<ActorMatch> actors = s.actors();
        if (actors.isEmpty()) return Optional.empty();
        String best = actors.get(0).canonical();
        for (ActorMatch a : actors) {
            if (refines(a.canonical(), best)) best = a.canonical();
        }
        return Optional.of(best);
    }

    /** True for a claim, false for "no group has claimed it", empty when the sentence says neither. */
    static Optional<Boolean> claim(String sentence) {
        if (NO_CLAIM.matcher(sentence).find()) return Optional.of(false);
        if (CLAIM.matcher(sentence).find()) return Optional.of(true);
        return Optional.empty();
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
