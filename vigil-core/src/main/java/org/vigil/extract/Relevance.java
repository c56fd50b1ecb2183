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
            "(?i)\\b(?:terror\\w*|narcoterror\\w*|attacks?|attackers?|bomb\\w*|explosi\\w+|plot\\w*|militants?|extremis\\w+|jihad\\w*|islamis\\w+|"
                    + "insurg\\w+|guerrillas?|rebels?|subversives?|assassin\\w*|kidnap\\w*|hijack\\w*|massacre\\w*|gunm[ae]n|shooting|"
                    + "murder\\w*|armed group|cell|radicali[sz]ed|accomplices?|the attack)\\b");
    private static final Pattern THREAT = Pattern.compile(
            "(?i)\\b(?:attacks?|threats?|terror\\w*|bomb\\w*|plots?|dangers?|danger\\w+|security|avoid|travel|imminent|alert|"
                    + "targets?|targeting|extremists?|militants?|gatherings|kidnap\\w*|violence|unrest)\\b");

    /** Before an arrest noun, words that make it no arrest that happened: "a warrant for the arrest", "protest against the arrest". */
    private static final Pattern NOT_AN_ARREST_BEFORE = Pattern.compile(
            "(?i)\\b(?:warrants?|orders?|ordered|ordering|protest(?:ed|s|ing)?|against|avenge|revenge for|demand(?:ed|s|ing)?|release|free|stop|cease|end|"
                    + "repression|in the form of|custom|wave of|threat of|fear(?:ed|s)? of|avoid(?:ed)?|escape[ds]?|evade[ds]?|resist(?:ed|ing)?|"
                    + "request(?:ed|s|ing)?|wanted|seek(?:s|ing)?|sought|call(?:ed|s|ing)? for|unjust|arbitrary|illegal|unlawful)"
                    + "\\b(?:\\s+[\\p{L}'’-]+){0,3}\\s*$");
    /** After an arrest noun, words that make it a document, not an arrest: "an arrest warrant". */
    private static final Pattern NOT_AN_ARREST_AFTER = Pattern.compile("(?i)^\\s+(?:warrants?|orders?|deadlines?|powers?|records?)\\b");
    /** Before an arrest verb, a negation: "no one has been arrested", "peasants have not captured". */
    private static final Pattern NEGATED_BEFORE = Pattern.compile(
            "(?i)\\b(?:no one|nobody|none|not|never|no)\\b(?:\\s+(?:yet|been|has|have|had|was|were|is|are|be|being|so far|anyone|any|one|suspects?|arrests?))*\\s*$");
    /** Before an arrest verb, an infinitive of purpose: "an operation to arrest", "arrived to arrest him". */
    private static final Pattern INFINITIVE_BEFORE = Pattern.compile("(?i)(?<!managed |able |proceeded |went on )\\bto\\s*$");
    /** People held in a drug case: traffickers, a cartel's men, cocaine seized. */
    private static final Pattern DRUG = Pattern.compile(
            "(?i)\\b(?:drugs?|drug-\\w+|narcotics?|cocaine|marijuana|heroin|cartels?|traffickers?|trafficking|extraditables?)\\b");
    /** People held at a protest or a strike: the arrest of demonstrators is policing, not counter-terrorism. */
    private static final Pattern PROTESTERS = Pattern.compile(
            "(?i)\\b(?:demonstrators|protesters|protestors|strikers|miners|workers|students|marchers|rioters)\\b");
    /** Soldiers or prisoners taken: a battle's captives or a kidnapping, not an arrest ("two soldiers were captured"). */
    private static final Pattern CAPTIVES = Pattern.compile("(?i)\\b(?:soldiers?|troops|prisoners|vehicles|cars|trucks|boats|ships)\\b(?:\\s+[\\p{L}'’-]+){0,4}\\s*$");
    /** A battle's toll listing the dead, the wounded and the captured. */
    private static final Pattern CASUALTY_LIST = Pattern.compile(
            "(?i)\\b(?:killed|dead|deaths)\\b[^.;]{0,40}\\b(?:wounded|injured)\\b[^.;]{0,40}\\b(?:captured|taken prisoner)\\b");
    /** Before an arrest word, words that make it a reference or a supposition: "now under", "in the event he was". */
    private static final Pattern NOT_TOLD = Pattern.compile("(?i)\\b(?:now|still|remain(?:s|ed)?)\\s+(?:under\\s+)?$|\\bin the event\\b[^,;]{0,30}$");
    /** Mass arrests summed up ("over 5,000 people have been arrested"): a sweep, not one arrest operation. */
    private static final Pattern MASS_COUNT = Pattern.compile("(?i)\\b(\\d{1,3}(?:,\\d{3}){1,4}|\\d{3,15})\\s+(?:\\p{L}+\\s+){0,2}?(?:people|persons|individuals|suspects|civilians)\\b");
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
            if (noun && NOT_AN_ARREST_AFTER.matcher(text.substring(t.span().end())).find()) return false;
            if (NEGATED_BEFORE.matcher(before).find() || INFINITIVE_BEFORE.matcher(before).find()) return false;
            // A drug or a protest arrest is Vigil's only when the sentence itself ties it to terrorism.
            boolean terror = TERROR.matcher(text).find();
            if ((DRUG.matcher(text).find() || PROTESTERS.matcher(text).find()) && !terror) return false;
            if (massArrest(text)) return false;
            if (!noun && CAPTIVES.matcher(before).find()) return false;
            if ((word.equals("arrests") || word.startsWith("detainees") || word.equals("detentions")) && !COUNTED_BEFORE.matcher(before).find()) return false;
            if (word.equals("captured") && (BATTLE.matcher(text).find() || Hedges.combat(text) || Hedges.combatantsKilled(text))) return false;
            // "220 killed, 196 wounded, and 22 captured": the toll of a battle, not an arrest.
            if (CASUALTY_LIST.matcher(text).find()) return false;
            // "those who are now under arrest", "in the event he was caught": no arrest told here.
            if (NOT_TOLD.matcher(before).find()) return false;
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

    /** Whether the sentence counts hundreds of people arrested at once or over time: a sweep summed up. */
    private static boolean massArrest(String text) {
        java.util.regex.Matcher m = MASS_COUNT.matcher(text);
        while (m.find()) {
            if (Long.parseLong(m.group(1).replace(",", "")) >= 300) return true;
        }
        return false;
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
