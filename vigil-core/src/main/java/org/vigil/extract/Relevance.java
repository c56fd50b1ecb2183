package org.vigil.extract;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides whether a security event is Vigil's business: an arrest tied to terrorism or political
 * violence (not a drug trafficker's), a warning issued by an authority and warning of a threat.
 */
final class Relevance {
    private static final Pattern AUTHORITY = Pattern.compile(
            "(?i)\\b(?:government|embassy|embassies|state department|foreign office|ministry|minister|police|officials?|authorities|"
                    + "intelligence|security services?|agency|fbi|mi5|dhs|homeland security|interpol|europol|council|prime minister|president|"
                    + "united states|u\\.s\\.|us|uk|britain|france|germany|australia|canada|nations|countries|spokes(?:man|woman|person)|"
                    + "issued|chief|commissioner|prosecutor|army|military|governor|mayor)\\b");
    private static final Pattern TERROR = Pattern.compile(
            "(?i)\\b(?:terror\\w*|attacks?|attackers?|bomb\\w*|explosi\\w+|plot\\w*|militants?|extremis\\w+|jihad\\w*|islamis\\w+|"
                    + "insurg\\w+|guerrillas?|rebels?|subversives?|assassin\\w*|kidnap\\w*|hijack\\w*|massacre\\w*|gunm[ae]n|shooting|"
                    + "murder\\w*|armed group|cell|radicali[sz]ed|accomplices?|the attack)\\b");
    private static final Pattern THREAT = Pattern.compile(
            "(?i)\\b(?:attacks?|threats?|terror\\w*|bomb\\w*|plots?|dangers?|danger\\w+|security|avoid|travel|imminent|alert|"
                    + "targets?|targeting|extremists?|militants?|gatherings|kidnap\\w*|violence|unrest)\\b");

    private Relevance() {}

    /** Whether the sentence names an authority that can issue a warning. */
    static boolean official(String text) {
        return AUTHORITY.matcher(text).find();
    }

    /** Whether the sentence speaks of a threat ("officials warned that the toll would rise" does not). */
    static boolean threat(String text) {
        return THREAT.matcher(text).find();
    }

    /** Whether the sentence, or one beside it, ties its event to terrorism or political violence. */
    static boolean terrorRelated(AnnotatedSentence s, List<AnnotatedSentence> context) {
        int i = s.sentence().index();
        for (int j = Math.max(0, i - 1); j <= Math.min(context.size() - 1, i + 1); j++) {
            AnnotatedSentence near = context.get(j);
            if (!near.actors().isEmpty() || TERROR.matcher(near.text()).find()) return true;
            if (j != i && near.triggers().stream().anyMatch(t -> t.family() == IncidentType.Family.ATTACK && !t.weak())) return true;
        }
        return false;
    }
}
