package org.vigil.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.nlp.Span;

/**
 * A stage whose input is a sentence and whose output is its incident triggers: the words that say a
 * bombing, a shooting, an arrest or a warning happened. Matching is case-insensitive so that
 * upper-case wire copy reads like any other text; overlapping triggers keep the longest.
 */
public final class TriggerLexicon {
    private record Entry(Pattern pattern, Optional<IncidentType> type, IncidentType.Family family, boolean weak) {}

    private final List<Entry> entries = new ArrayList<>();

    public TriggerLexicon() {
        attack(IncidentType.BOMBING,
                "bomb(?:ing|ings|ed)", "explosions?", "explode[ds]?", "exploding", "blasts?", "went off",
                "blew (?:himself|herself|themselves|itself) up", "blows? (?:himself|herself|themselves|itself) up", "blew up", "blown up", "detonat(?:ed|ion|ing|es?)",
                "dynamite attacks?", "dynamited", "suicide (?:attacks?|bombings?)", "mortar (?:attack|shells? (?:hit|struck|landed))",
                "rocket attacks?", "rockets? (?:hit|struck|landed)", "car bombings?", "truck bombings?",
                "(?:bombs?|grenades?|explosives?|devices?) (?:was |were )?(?:thrown|hurled|planted|lobbed|tossed)",
                "(?:hurled|hurls?|threw|throws?|thrown|tossed|lobbed|planted|plants?|placed|set off|sets off|detonated|detonates?) (?:\\w+ ){0,3}(?:dynamite|grenades?|explosives?|bombs?|"
                        + "explosive (?:devices?|charges?)|molotov cocktails?|incendiary devices?)",
                "(?:hit|struck|stepped on|triggered) (?:a |an )?(?:land ?|roadside )?mines?", "shelling", "shelled", "mortar (?:fire|shells?)");
        weak(IncidentType.BOMBING, "land ?mines?");
        weak(IncidentType.BOMBING,
                "(?:car|truck|lorry|roadside|parcel|letter|pipe|nail|suicide|petrol)[- ]bombs?", "bombs?", "bombers?",
                "ieds?", "improvised explosive devices?", "explosive devices?", "explosives", "grenades?",
                "suicide (?:attackers?|bombers?|vests?)");
        attack(IncidentType.ARMED_ASSAULT,
                "shooting(?:s)?", "shoot-?outs?", "shot (?:dead|and killed|at|into)", "opened fire", "opens? fire",
                "fired (?:on|into|at|upon|shots)", "firing (?:on|into|at|upon)", "stormed", "shot and (?:injured|wounded)",
                "fired (?:[\\w-]+ ){1,3}(?:at|on|into) (?:the |a )?(?:crowds?|audience|people|worshippers|shoppers|passengers|guards|police)",
                "burst into", "burst in", "(?:was|were|been|is|are) (?:\\w+ly )?shot(?! (?:\\w+ ){0,2}by (?:the )?(?:police|officers|security|soldiers|troops|army))", "(?:was|were) (?:machine-?)?gunned",
                "(?:began|started|were|was) (?:targeting|shooting at|attacking) (?:people|civilians|crowds?|worshippers|diners|shoppers|passers-by)", "gunfire", "gun attacks?", "machine-?gunned",
                "machine-?gun(?:ned)? fire", "ambush(?:ed|es)?", "stabb(?:ed|ing|ings)", "knife attacks?",
                "massacred?", "rampage", "raided (?:a|the) (?:village|town|school|hotel|church|mosque)",
                "hacked to death", "gunned down", "shot to death", "bayoneted(?: to death)?",
                "shot (?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\w+teen|twenty\\S*|thirty\\S*|several|dozens of) "
                        + "(?:[\\w-]+ )?(?:people|persons|peasants|civilians|policemen|police officers|soldiers|guards|men|women|children|"
                        + "students|workers|villagers|passengers|members|officers|farmers|youths)");
        weak(IncidentType.ARMED_ASSAULT, "gunm[ae]n", "knifem[ae]n", "machetes?");
        attack(IncidentType.ASSASSINATION, "assassinat(?:ed|ion|ions|ing|e)");
        weak(IncidentType.ASSASSINATION, "assassins?");
        attack(IncidentType.HOSTAGE_TAKING, "hostage-taking", "hostage (?:crisis|situation|drama|standoff)", "(?<!state of )sieges?", "barricaded", "held captive",
                "(?:held|hold|holding|took|take|takes|taken|taking|seized|seize|seizes) (?:\\w+ ){0,5}hostages?");
        weak(IncidentType.HOSTAGE_TAKING, "hostages?");
        attack(IncidentType.KIDNAPPING, "kidnap(?:ped|ping|pings|s)?", "abduct(?:ed|ion|ions|ing|s)?",
                "(?:were|was|been) (?:taken|seized|snatched|carried off) (?:away )?from (?:a|an|the|their)");
        weak(IncidentType.KIDNAPPING, "kidnappers?", "abductors?");
        attack(IncidentType.HIJACKING, "hijack(?:ed|ing|ings|s)?", "skyjack(?:ed|ing)?");
        weak(IncidentType.HIJACKING, "hijackers?", "skyjackers?");
        attack(IncidentType.ARSON_SABOTAGE, "arson", "set (?:fire|ablaze) to", "set (?:on fire|ablaze|alight)",
                "torched", "burn(?:ed|t) down", "(?:guerrillas|rebels|terrorists|militants|attackers|subversives|commandos|arsonists|mob) (?:\\w+ ){0,2}(?:burned|burnt|set fire)", "firebomb(?:ed|ing|s)?", "incendiary", "sabotag(?:e|ed|ing)",
                "arson attacks?", "set fire");
        attack(IncidentType.VEHICLE_RAMMING, "ramm(?:ed|ing)", "ramming attacks?",
                "(?:hijacked|stole|commandeered|rented|drove) (?:a |an |the )?(?:\\w+ )?(?:truck|lorry|van|car|vehicle|bus) and (?:drove|ploughed|plowed|steered) it into",
                "(?:drove|driven|ploughed|plowed|crashed|smashed|careered|steered|rammed) (?:a |an |his |the |their )?(?:\\d+-tonne |\\w+ )?(?:truck|lorry|van|car|vehicle|bus)s? into",
                "(?:drove|ploughed|plowed|steered|rammed|smashed) (?:it|them) (?:\\w+ ){0,3}into (?:a |the )?(?:[\\w-]+ ){0,2}(?:crowds?|people|pedestrians|shoppers|markets?|families|revellers|worshippers|cyclists|tourists)",
                "(?:truck|lorry|van|car|vehicle|bus) (?:that |which )?(?:was |had been )?(?:driven|drove|ploughed|plowed|rammed|careered|smashed|crashed) into",
                "ploughed into", "plowed into", "(?:truck|lorry|van|vehicle|car) attacks?", "mowed down", "mowing down");
        attack(IncidentType.UNARMED_ASSAULT, "beat(?:en)? (?:to death|up)", "acid attacks?", "poison(?:ed|ing)", "lynch(?:ed|ing)",
                "sarin", "nerve (?:agent|gas)", "chemical attacks?", "poison gas", "toxic gas", "gas attacks?", "anthrax");
        generic("attack(?:s|ed)?", "assaults?(?! rifles?)", "atrocity", "atrocities", "terror(?:ist)? strikes?",
                // Killing told without the weapon: its type comes from the rest of the sentence or article.
                "killed", "killing", "kills", "kill", "murder", "executed", "beheaded", "decapitat(?:ed|ion)", "murdered", "slain", "slaughtered",
                "found dead", "lost their lives", "burned to death", "burnt to death");
        entries.add(new Entry(compile("attackers?|assailants?"), Optional.empty(), IncidentType.Family.ATTACK, true));

        security(IncidentType.PLOT_FOILED, "foil(?:ed|s|ing)?", "thwart(?:ed|s|ing)?",
                "prevented (?:a |an )?(?:planned |possible )?(?:terrorist |terror )?(?:attack|bombing|plot)",
                "disrupt(?:ed|s)? (?:a |an |the )?(?:terror |terrorist |bomb )?plots?",
                "plott(?:ed|ing) (?:to|an?|attacks?)", "plots? to (?:bomb|attack|kill|blow)", "intended to (?:strike|attack|bomb)",
                "planning (?:to (?:attack|bomb|strike)|an attack|attacks)", "stopped them", "averted",
                "(?:broke up|dismantled|busted|smashed|uncovered) (?:a |an |the )?(?:[\\w-]+ ){0,3}(?:cell|plot|network|ring)s?");
        security(IncidentType.ARREST, "arrest(?:ed|s)?", "detain(?:ed|s)?", "detention", "taken into custody",
                "(?:held|remain(?:ed)?) in custody", "apprehended", "captured",
                "charged (?:with|over|in) (?:the |a |an |their |his |her )?(?:\\w+ ){0,2}(?:murders?|kill\\w*|terror\\w*|bomb\\w*|attacks?|kidnap\\w*|"
                        + "belonging|membership|rebellion|subversi\\w+|conspira\\w+|possession|illegal|homicides?|assassinat\\w*|involvement|"
                        + "participat\\w*|crimes?|offen[cs]es|sedition|treason|deaths?|plott\\w*|planning|hijack\\w*|massacres?|financing|support\\w*|"
                        + "providing|preparing|weapons|explosives|firearms)", "arraigned",
                "rounded up", "detainees?", "(?:was|were|been) caught", "turned (?:himself|herself|themselves) in", "surrendered to (?:the )?police");
        security(IncidentType.WARNING, "warn(?:ed|s|ing|ings)?", "travel (?:alert|advisory|advisories|warning)",
                "advisory", "issued an? (?:\\w+ )?alert", "(?:threat|alert) level", "raised the (?:terror |threat )?(?:alert|level)",
                "urged (?:\\w+ ){0,3}to (?:avoid|stay away|leave)", "advised (?:\\w+ ){0,3}(?:to avoid|against travel)");
    }

    private void attack(IncidentType type, String... patterns) {
        for (String p : patterns) entries.add(new Entry(compile(p), Optional.of(type), IncidentType.Family.ATTACK, false));
    }

    private void weak(IncidentType type, String... patterns) {
        for (String p : patterns) entries.add(new Entry(compile(p), Optional.of(type), IncidentType.Family.ATTACK, true));
    }

    private void generic(String... patterns) {
        for (String p : patterns) entries.add(new Entry(compile(p), Optional.empty(), IncidentType.Family.ATTACK, false));
    }

    private void security(IncidentType type, String... patterns) {
        for (String p : patterns) entries.add(new Entry(compile(p), Optional.of(type), IncidentType.Family.SECURITY_EVENT, false));
    }

    private static Pattern compile(String regex) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + spacesStretch(regex) + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A space between words of an entry matches any run of spaces ("blew  up" in a justified line). */
    private static String spacesStretch(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 16);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\' && i + 1 < regex.length()) {
                out.append(c).append(regex.charAt(++i));
                continue;
            }
            if (c == '[') inClass = true;
            if (c == ']') inClass = false;
            out.append(c == ' ' && !inClass ? " +" : String.valueOf(c));
        }
        return out.toString();
    }

    /** The triggers of {@code sentence}, in text order, without overlaps (the longer wins). */
    public List<Trigger> find(String sentence) {
        List<Trigger> all = new ArrayList<>();
        for (Entry e : entries) {
            Matcher m = e.pattern.matcher(sentence);
            while (m.find()) {
                all.add(new Trigger(new Span(m.start(), m.end()), e.type, e.family, m.group(), e.weak));
            }
        }
        // Of overlapping triggers the event beats the thing ("a petrol bomb thrown"), then the longer wins.
        all.sort(Comparator.comparing(Trigger::weak).thenComparingInt((Trigger t) -> -t.span().length())
                .thenComparingInt(t -> t.span().start()));
        List<Trigger> kept = new ArrayList<>();
        for (Trigger t : all) {
            if (kept.stream().noneMatch(k -> k.span().overlaps(t.span()))) kept.add(t);
        }
        kept.sort(Comparator.comparingInt(t -> t.span().start()));
        return kept;
    }
}
