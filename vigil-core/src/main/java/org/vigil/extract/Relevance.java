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

    /** Before an arrest noun, words that make it no arrest that happened: "a warrant for the arrest", "protest against the arrest". */
    private static final Pattern NOT_AN_ARREST_BEFORE = Pattern.compile(
            "(?i)\\b(?:warrants?|orders?|protest(?:ed|s|ing)?|against|avenge|revenge for|demand(?:ed|s|ing)?|release|free|stop|cease|end|"
                    + "repression|in the form of|custom|wave of|threat of|fear(?:ed|s)? of|avoid(?:ed)?|escape[ds]?|evade[ds]?|resist(?:ed|ing)?)"
                    + "\\b(?:\\s+[\\p{L}'’-]+){0,3}\\s*$");
    /** A number before a plural arrest noun: "the arrests of 12 activists" names them, "arrests, murders" does not. */
    private static final Pattern COUNTED_BEFORE = Pattern.compile("(?i)(?:\\d|\\b(?:two|three|four|five|six|seven|eight|nine|ten|the|these|those)\\b)[^,;]{0,20}$");
    /** What a foiling must have stopped: an attack, never a coup or a battalion. */
    private static final Pattern FOILED_OBJECT = Pattern.compile(
            "(?i)\\b(?:attack\\w*|bomb\\w*|plot\\w*|attempt\\w*|assassinat\\w*|kidnap\\w*|hijack\\w*|terror\\w*|explosi\\w+|massacre|"
                    + "dynamite|car bomb|suicide|shooting|cell|network)\\b");
    /** What makes a plan a stopped plot: someone arrested, raided, charged or foiled it. */
    private static final Pattern STOPPED = Pattern.compile(
            "(?i)\\b(?:arrest\\w*|detain\\w*|foil\\w*|thwart\\w*|prevent\\w*|stopp\\w*|dismantl\\w*|raid\\w*|seiz\\w*|captur\\w*|"
                    + "charged|convicted|sentenced|accused|indicted|uncovered|broke up|busted|defused|deactivated)\\b");
    /** Fighters taking prisoners in battle: "rebels captured 2 soldiers", "eight more have been captured" after a clash. */
    private static final Pattern BATTLE = Pattern.compile(
            "(?i)\\b(?:clash(?:es|ed)?|fighting|combat|battle|skirmish(?:es)?|offensive|ambush\\w*|killed in action|our forces|"
                    + "rebels? (?:\\w+ ){0,3}captured|guerrillas? (?:\\w+ ){0,3}captured|captured (?:\\d+|\\w+) soldiers)\\b");

    private Relevance() {}

    /**
     * Whether the security-event trigger tells one that happened: not the arrest a warrant orders or a
     * protest denounces, not arrests in general, not prisoners taken in battle, not a plan nobody stopped,
     * not a foiled coup.
     */
    static boolean securityEventHappened(AnnotatedSentence s, Trigger t, List<AnnotatedSentence> context) {
        String text = s.text();
        String word = t.surface().toLowerCase(java.util.Locale.ROOT);
        String before = text.substring(Math.max(0, t.span().start() - 40), t.span().start());
        IncidentType type = t.type().orElseThrow();
        if (type == IncidentType.ARREST) {
            boolean noun = word.equals("arrest") || word.equals("arrests") || word.startsWith("detention") || word.startsWith("detainee");
            if (noun && NOT_AN_ARREST_BEFORE.matcher(before).find()) return false;
            if ((word.equals("arrests") || word.startsWith("detainees") || word.equals("detentions")) && !COUNTED_BEFORE.matcher(before).find()) return false;
            if (word.equals("captured") && (BATTLE.matcher(text).find() || Hedges.combat(text) || Hedges.combatantsKilled(text))) return false;
            return true;
        }
        if (type == IncidentType.PLOT_FOILED) {
            if (word.startsWith("foil") || word.startsWith("thwart")) return FOILED_OBJECT.matcher(text).find();
            // "planning to attack", "plotted to": a plan is a foiled plot only once someone stopped it.
            if (word.startsWith("plan") || word.startsWith("plot") || word.startsWith("intended")) {
                int i = s.sentence().index();
                for (int j = Math.max(0, i - 1); j <= Math.min(context.size() - 1, i + 1); j++) {
                    if (STOPPED.matcher(context.get(j).text()).find()) return true;
                }
                return false;
            }
        }
        return true;
    }

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
