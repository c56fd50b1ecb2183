package org.vigil.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.nlp.NumberMention;
import org.vigil.nlp.NumberParser;

/**
 * A stage whose input is a sentence and whose output is its victim figures: numbers tied to a word of
 * killing ("killed 139", "39 people were killed", "the death toll rose to 130") or of injury, with
 * figures joined by "and" summed ("170 civilians and 13 soldiers") and attackers not counted.
 */
public final class CasualtyParser {
    private enum Kind { KILLED, INJURED }

    private record Cue(int start, int end, Kind kind) {}

    private static final Pattern KILL = Pattern.compile(
            "(?<![\\p{L}])(?:killed|killing|kills|dead|deaths?|died|dying|lives|fatalities|fatally|perished|slain|"
                    + "massacred|murdered|murders?|assassinations?|assassinated|slayings?|death toll|toll|bodies|lifeless|executed|shot dead|"
                    + "(?:shot|stabbed|beaten|hacked|burned) to death)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INJURE = Pattern.compile(
            "(?<![\\p{L}])(?:wounded|wounding|wounds|injured|injuring|injuries|hurt|hospitali[sz]ed|maimed|casualties|"
                    + "taken to hospitals?|treated in hospitals?|admitted to hospitals?|needed hospital treatment|made ill|fell ill|sickened|"
                    + "affected|poisoned)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTACKER_AFTER = Pattern.compile(
            "^\\s*(?:of the |other |more |suspected |alleged |armed |suicide |\\w+ )?(?:attackers?|gunm[ae]n|bombers?|militants?|"
                    + "terrorists?|subversives?|guerrillas?|rebels?|insurgents?|assailants?|extremists?|hijackers?|"
                    + "suspects?|kidnappers?|perpetrators?|fighters?|jihadists?|assassins?|hit ?men|killers|commandos?|soldiers? of the enemy)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_A_COUNT_AFTER = Pattern.compile(
            "^\\s*(?:-?year|-?hour|hours|days|weeks|months|years|minutes|percent|per cent|%|km|kilometres|miles|metres|"
                    + "kilograms|kg|pounds|dollars|euros|pesos|times|rounds|shots|bullets|cartridges|rifles|counts|charges|cases|"
                    + "(?:\\p{L}+ )?(?:churches|hotels|buildings|houses|homes|vehicles|cars|trains|buses|bombs|explosions|blasts|attacks|"
                    + "sites|locations|cities|towns|villages|countries|provinces|mosques|schools|entrances|gunmen|attackers))(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE);
    /**
     * Words before a number that make it no count of victims: the doers ("by a group of 10 paid assassins",
     * "by about 150 Shining Path members") or ages ("aged 19 and 21"). Labels ("Boeing 727", "decree No
     * 814") are no numbers at all to the {@link NumberParser}.
     */
    private static final Pattern NOT_VICTIMS_BEFORE = Pattern.compile(
            "(?i)(?:\\bby (?:a (?:group|band|gang|squad|column|commando|unit) of |some |about |around |approximately |at least |more than |nearly |over )?"
                    + "|\\b(?:group|band|gang|squad|column) of (?:some |about |around |approximately |at least |more than |nearly |over )?"
                    + "|\\baged (?:\\d+ (?:and|to|,) )?)$");
    private static final String ONE_VICTIM = "(?:man|woman|person|child|boy|girl|policeman|policewoman|police officer|officer|soldier|"
            + "guard|civilian|teacher|priest|journalist|judge|mayor|official|student|worker|farmer|bodyguard|driver|passer-by|"
            + "member|leader|councilman|councillor|businessman|diplomat|employee|resident|villager|peasant|watchman|nun|escort|"
            + "passenger|pedestrian|vendor|shopkeeper|motorist|tourist|customer|bystander|nurse|doctor|lawyer|engineer)";
    /** "five policemen and a civilian were killed": one more victim, written without a number. */
    private static final Pattern AND_ONE_MORE_AFTER = Pattern.compile(
            "(?i)^\\s+(?:[\\p{L}-]+\\s+){0,3}?and (?:a|an) (?:[\\p{L}-]+\\s+){0,2}?" + ONE_VICTIM
                    + "\\s+(?:were|have been|had been|are)\\s+(?:\\w+\\s+)?(?:killed|dead|murdered|slain|wounded|injured|hurt)\\b");
    /** "the minister and two of his bodyguards": the person named before "and" is one more victim. */
    private static final Pattern NAMED_AND_BEFORE = Pattern.compile("(?i)\\p{L}{2,}\\s+and\\s+$");
    private static final Pattern THEIR_PEOPLE_AFTER = Pattern.compile("(?i)^\\s+(?:(?:members )?of\\s+)?(?:his|her)\\b");
    /** "the minister was assassinated in an attack in which two members of his escort were also killed". */
    private static final Pattern ALSO_KILLED_AFTER = Pattern.compile(
            "(?i)^[^,;.]{0,60}?\\b(?:were|was|have been|had been) also (?:killed|murdered|slain|shot dead|shot to death)\\b");
    private static final Pattern ONE_KILLED = Pattern.compile(
            "(?i)\\b(?:(?:was|has been|had been|is)\\s+(?:\\w+\\s+)?(?:killed|murdered|assassinated|shot dead|slain|executed|beheaded|"
                    + "(?:shot|stabbed|beaten|hacked|burned) to death|gunned down|found dead)|(?:killing|killed|murdered|murdering|assassinated|assassinating) (?:a|an|one) "
                    + "(?:[\\w-]+ ){0,2}" + ONE_VICTIM + "|(?<!attempted )(?<!attempt at )(?:assassination|murder|killing|slaying) of (?:a|an|the|one|\\p{L}+ \\p{L}+)"
                    // "gunmen killed Roberto Sarasty", "murdered university student Mario Flores": one victim, named.
                    + "|(?:killed|murdered|assassinated|shot dead|gunned down) (?:(?:former|the|a|an|his|her|their|university|student|"
                    + "judge|mayor|journalist|priest|father|dr|general|colonel|captain|lieutenant|sergeant) )*"
                    + "(?!(?:and|in|at|on|by|when|while|during|after|before|with|for|from|to|them|people|persons|more|many|several|some|"
                    + "dozens|hundreds|scores|thousands|each|all|both|two|three|four|five|six|seven|eight|nine|ten|civilians|soldiers|"
                    + "policemen|peasants|members|others|at least|nearly|almost|about|over|around)\\b)\\p{L}{3,}(?<!s)(?:\\s|,|\\.|$)"
                    // "Judge Carlos Valencia died after he was shot": one victim dying of the attack.
                    + "|\\b(?:has |had )?died (?:today|yesterday|this|last|on|in|after|as|from|of|at|instantly|immediately|later|while being|when))\\b");
    private static final Pattern ONE_INJURED = Pattern.compile(
            "(?i)\\b(?:(?:was|has been|had been|is)\\s+(?:\\w+\\s+)?(?:wounded|injured|hurt)|(?:wounding|wounded|injuring|injured) (?:a|an|one) "
                    + "(?:[\\w-]+ ){0,2}" + ONE_VICTIM + ")\\b");
    private static final Pattern RELATIVE_CLAUSE = Pattern.compile("(?i),\\s*(?:who|which|whose|whom|all of whom|aged|including)\\b[^,;:]{1,80},");
    /** Two victims named and joined: "Fabio Roa and his brother-in-law Norberto Saavedra were shot to death". */
    private static final Pattern TWO_NAMED_KILLED = Pattern.compile(
            "(?i)(?:^|[,;:]\\s*|\\bthat\\s+)(?:[\\p{L}.'’-]+\\s+){0,5}?([\\p{L}.'’-]+)\\s+and\\s+(?:his|her|their|the)\\s+"
                    + "(?:[\\p{L}'’-]+\\s+){0,4}?([\\p{L}.'’-]+)\\s+(?:were|have been|had been)\\s+(?:\\w+\\s+)?"
                    + "(?:killed|murdered|assassinated|shot dead|slain|executed|shot to death|stabbed to death|gunned down)\\b");
    /** A list of the victims one by one: "Injured by the shock wave were: a taxi driver; Elmer Machado, ...; and Raul Castano". */
    private static final Pattern VICTIM_LIST = Pattern.compile(
            "(?i)\\b(?:the\\s+)?(injured|wounded|dead)\\b(?:\\s+[^:;,.]{1,40}?)?\\s+(?:were|are|include|included)\\s*:?\\s+([^.]+)");
    private static final Pattern AGE_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}'’-]+,\\s*$");
    private static final Pattern AGE_AFTER = Pattern.compile("(?i)[,;)]|\\.(?:\\s|$)|\\s+years? old\\b");
    private static final Pattern WHOLE_BEFORE = Pattern.compile(
            "(?i)\\b(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|some|most|many|several|all|none|each|both) of (?:the |their |its |his |her |these |those )?$");
    private static final Pattern SUBSET_AFTER = Pattern.compile(
            "^\\s*(?:of them|of whom|of those|of the (?:dead|wounded|injured|victims))(?![\\p{L}])", Pattern.CASE_INSENSITIVE);
    private static final Pattern NO_ONE_HURT = Pattern.compile(
            "(?i)\\b(?:no one|nobody|no-one|none) (?:was|were|has been|had been|is) (?:\\w+ )?(killed|hurt|injured|wounded)|"
                    + "\\bno (casualties|injuries|deaths|fatalities)\\b|\\bwithout (?:causing )?(?:any )?(casualties|injuries)\\b");
    /** Words that may stand between a number and its cue ("39 people were killed"). */
    private static final int FORWARD_GAP = 60;
    private static final int BACKWARD_GAP = 36;
    /** "the toll from Monday's mosque bombing in Peshawar rose to 84": a toll names its figure further on. */
    private static final int TOLL_GAP = 70;
    private static final int REVISED_TOLL_GAP = 130;
    private static final Pattern TO_BEFORE = Pattern.compile("(?i)\\bto\\s+$");

    private final NumberParser numbers;

    public CasualtyParser(NumberParser numbers) {
        this.numbers = numbers;
    }

    /** The figures {@code sentence} states; {@link Casualties#NONE} when it states none. */
    public Casualties parse(String sentence) {
        List<Cue> cues = cues(sentence);
        if (cues.isEmpty()) return oneVictim(sentence);
        Integer killed = null, injured = null;
        boolean killedVague = false, injuredVague = false;
        Matcher none = NO_ONE_HURT.matcher(sentence);
        while (none.find()) {
            String word = none.group(1) != null ? none.group(1) : none.group(2) != null ? none.group(2) : none.group(3);
            String w = word.toLowerCase();
            if (w.equals("killed") || w.equals("deaths") || w.equals("fatalities")) killed = 0;
            else if (w.equals("casualties")) { killed = killed == null ? 0 : killed; injured = 0; }
            else injured = 0;
        }
        List<NumberMention> found = numbers.find(sentence);
        Kind previousKind = null;
        int previousEnd = -1;
        int pending = 0; // a figure without a cue of its own, waiting for one after "and" ("61 civilians and six police were killed")
        for (NumberMention n : found) {
            String after = sentence.substring(n.span().end());
            if (SUBSET_AFTER.matcher(after).find() || isAge(sentence, n)) continue;
            // "shot dead one of their two police escorts": after "one of", the number is the whole, not the victims.
            if (WHOLE_BEFORE.matcher(sentence.substring(Math.max(0, n.span().start() - 30), n.span().start())).find()) continue;
            if (ATTACKER_AFTER.matcher(after).find() || NOT_A_COUNT_AFTER.matcher(after).find()
                    || NOT_VICTIMS_BEFORE.matcher(sentence.substring(Math.max(0, n.span().start() - 40), n.span().start())).find()) {
                previousKind = null;
                continue;
            }
            // "killed around 170 civilians and 13 US soldiers": figures joined by "and" under one cue add up.
            boolean continues = previousKind != null && joinedByAnd(sentence, previousEnd, n.span().start())
                    && !cueBetween(cues, previousEnd, n.span().start());
            Kind kind = continues ? previousKind : cueFor(sentence, n, cues);
            int carried = kind != null && previousKind == null && pending > 0 && joinedByAnd(sentence, previousEnd, n.span().start())
                    && !cueBetween(cues, previousEnd, n.span().start()) ? pending : 0;
            previousKind = kind;
            previousEnd = n.span().end();
            pending = kind == null && n.value().isPresent() ? n.value().getAsInt() : 0;
            if (kind == null) continue;
            if (n.value().isEmpty()) {
                if (kind == Kind.KILLED && killed == null) killedVague = true;
                if (kind == Kind.INJURED && injured == null) injuredVague = true;
                continue;
            }
            int v = n.value().getAsInt() + carried + (AND_ONE_MORE_AFTER.matcher(after).lookingAt() ? 1 : 0)
                    + (kind == Kind.KILLED && onePlus(sentence, n, after) ? 1 : 0);
            if (kind == Kind.KILLED) {
                killed = continues && killed != null ? killed + v : v;
                killedVague = false;
            } else {
                injured = continues && injured != null ? injured + v : v;
                injuredVague = false;
            }
        }
        if (killed == null && !killedVague) killed = twoNamed(sentence, found);
        Matcher list = VICTIM_LIST.matcher(sentence);
        if (list.find()) {
            // Only a list set out with semicolons is counted: "were a driver; a beggar; and a baker" names three.
            int items = (int) list.group(2).chars().filter(ch -> ch == ';').count() + 1;
            boolean hurt = !list.group(1).equalsIgnoreCase("dead");
            if (items >= 2 && hurt && injured == null && !injuredVague) injured = items;
            if (items >= 2 && !hurt && killed == null && !killedVague) killed = items;
        }
        // "the mayor was murdered", "killing a policeman": one victim, though no number is written.
        boolean oneKilled = killed == null && !killedVague && ONE_KILLED.matcher(sentence).find();
        boolean oneInjured = injured == null && !injuredVague && ONE_INJURED.matcher(sentence).find();
        return new Casualties(
                killed == null ? OptionalInt.empty() : OptionalInt.of(killed),
                injured == null ? OptionalInt.empty() : OptionalInt.of(injured),
                killedVague, injuredVague, oneKilled, oneInjured);
    }

    /**
     * 2 for two victims named and joined by "and" ("the judge and his bodyguard were killed"), else null;
     * {@code numbersInSentence} are the numbers already found in the sentence.
     */
    private static Integer twoNamed(String sentence, List<NumberMention> numbersInSentence) {
        Matcher m = TWO_NAMED_KILLED.matcher(sentence);
        if (!m.find()) return null;
        String first = m.group(1).toLowerCase(java.util.Locale.ROOT);
        String second = m.group(2).toLowerCase(java.util.Locale.ROOT);
        // "soldiers and their commanders": plural conjuncts name groups, not two people.
        if (first.endsWith("s") && !first.endsWith("ss") || second.endsWith("s") && !second.endsWith("ss")) return null;
        // A number inside the names ("two policemen and their driver") is a count the figures above read.
        if (numbersInSentence.stream().anyMatch(n -> n.span().start() >= m.start() && n.span().end() <= m.end())) return null;
        return 2;
    }

    /** Whether a victim named apart goes with the figure: "the judge and two of her bodyguards", "... in which two of his escort were also killed". */
    private static boolean onePlus(String sentence, NumberMention n, String after) {
        String before = sentence.substring(Math.max(0, n.span().start() - 30), n.span().start());
        if (NAMED_AND_BEFORE.matcher(before).find() && THEIR_PEOPLE_AFTER.matcher(after).lookingAt()) return true;
        return ALSO_KILLED_AFTER.matcher(after).lookingAt() && ONE_KILLED.matcher(sentence.substring(0, n.span().start())).find();
    }

    /** "the mayor was murdered" with no figure cue at all ("assassinated" counts no number). */
    private static Casualties oneVictim(String sentence) {
        boolean oneKilled = ONE_KILLED.matcher(sentence).find();
        boolean oneInjured = ONE_INJURED.matcher(sentence).find();
        if (!oneKilled && !oneInjured) return Casualties.NONE;
        return new Casualties(OptionalInt.empty(), OptionalInt.empty(), false, false, oneKilled, oneInjured);
    }

    /** "Salman Abedi, 22, a Manchester-born man": a number between commas right after a name is an age. */
    private static boolean isAge(String sentence, NumberMention n) {
        return AGE_BEFORE.matcher(sentence.substring(0, n.span().start())).find()
                && AGE_AFTER.matcher(sentence.substring(n.span().end())).lookingAt();
    }

    private static boolean cueBetween(List<Cue> cues, int from, int to) {
        for (Cue c : cues) if (c.start >= from && c.end <= to) return true;
        return false;
    }

    private static List<Cue> cues(String sentence) {
        List<Cue> cues = new ArrayList<>();
        boolean capitals = Hedges.upperCase(sentence);
        Matcher k = KILL.matcher(sentence);
        while (k.find()) if (!inName(sentence, k.start(), capitals)) cues.add(new Cue(k.start(), k.end(), Kind.KILLED));
        Matcher i = INJURE.matcher(sentence);
        while (i.find()) if (!inName(sentence, i.start(), capitals)) cues.add(new Cue(i.start(), i.end(), Kind.INJURED));
        return cues;
    }

    /** Whether a cue word is capitalised inside a mixed-case sentence: part of a name ("Eagles of Death Metal"). */
    private static boolean inName(String sentence, int start, boolean capitals) {
        return !capitals && start > 0 && Character.isUpperCase(sentence.charAt(start));
    }

    /** The kind of the nearest cue: after the number ("39 people were killed") or before it ("killing 39"). */
    private static Kind cueFor(String sentence, NumberMention n, List<Cue> cues) {
        Cue best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Cue c : cues) {
            int distance;
            if (c.start >= n.span().end()) {
                distance = c.start - n.span().end() - relativeClauses(sentence, n.span().end(), c.start);
                if (distance > FORWARD_GAP || crossesClause(sentence, n.span().end(), c.start)) continue;
            } else if (c.end <= n.span().start()) {
                distance = n.span().start() - c.end;
                boolean toll = sentence.regionMatches(true, c.start, "toll", 0, 4) || sentence.regionMatches(true, c.start, "death toll", 0, 10);
                // "revised the death toll from the bombings of three churches ... down sharply, to about 253": a toll's "to N".
                boolean revisedTo = toll && TO_BEFORE.matcher(sentence.substring(Math.max(0, n.span().start() - 4), n.span().start())).find();
                int gap = revisedTo ? REVISED_TOLL_GAP : toll ? TOLL_GAP : BACKWARD_GAP;
                if (distance > gap || crossesClause(sentence, c.end, n.span().start())) continue;
                distance += 4; // "killed 3 people and wounded 5": the number's own following cue is closer in meaning
                // "five were killed, and at least 24 soldiers injured": a cue behind a comma belongs to the clause before.
                // "four were killed and 16 others wounded": after "and" a number opens a clause of its own.
                String between = sentence.substring(c.end, n.span().start()).toLowerCase();
                if (between.contains(",") || between.contains(" and ")) distance += 20;
            } else {
                continue;
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = c;
            }
        }
        return best == null ? null : best.kind;
    }

    /** How many characters between {@code from} and {@code to} are a relative clause set off by commas (", who belonged to ..., "). */
    private static int relativeClauses(String sentence, int from, int to) {
        Matcher m = RELATIVE_CLAUSE.matcher(sentence).region(from, to);
        int length = 0;
        while (m.find()) length += m.end() - m.start();
        return length;
    }

    private static boolean crossesClause(String sentence, int from, int to) {
        String between = sentence.substring(from, to);
        return between.contains(";") || between.contains(" but ") || between.contains(" while ") || between.contains(":");
    }

    private static boolean joinedByAnd(String sentence, int previousEnd, int start) {
        if (previousEnd < 0 || start <= previousEnd) return false;
        String between = sentence.substring(previousEnd, start).toLowerCase();
        return between.length() <= 40 && (between.contains(" and ") || between.contains(" plus ")) && !between.contains(",");
    }
}
