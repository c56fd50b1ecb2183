package org.vigil.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigil.resolve.Gazetteer;
import org.vigil.resolve.Place;
import org.vigil.resolve.PlaceMatch;

/**
 * Chooses where a sentence places its incident among the places it names: a city or town after a
 * locative preposition first ("in Moscow", "outside Kabul Airport"), a country next; demonyms
 * ("a Russian national") only give a country when nothing else does.
 */
final class PlaceChooser {
    private static final Pattern LOCATIVE_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:in|at|near|outside|inside|on|into|from|of|across|around|to|towards|through|throughout|within|against|"
                    + "targeting|targeted|hit|struck|rocked|shook|outskirts of|centre of|center of|city of|town of|village of|"
                    + "province of|department of|district of|region of)\\s+(?:the\\s+)?(?:[\\p{Lu}][\\p{L}'’.-]*\\s+){0,4})$");

    private static final Pattern QUALIFIER_GAP = Pattern.compile("(?i)\\s*,\\s*|\\s*,?\\s*in\\s+(?:the\\s+)?");

    private static final Pattern BLAME_BEFORE = Pattern.compile("(?i)\\bblam(?:e|ed|es|ing)\\b");

    /** The word after a place name, possibly through a particle of a longer name ("Stade de France"). */
    private static final Pattern NEXT_WORDS = Pattern.compile("[ \\t]+((?:de|del|du|des|di|da|la|le|of the|of)[ \\t]+)?([\\p{L}][\\p{L}'’-]*)");
    private static final Pattern VENUE = Pattern.compile(
            "(?i)airport|arena|station|stadium|hall|square|street|road|bridge|market|mall|hotel|cathedral|church|mosque|"
                    + "synagogue|temple|shrine|university|school|college|hospital|embassy|consulate|metro|club|theatre|theater|"
                    + "park|palace|cent(?:er|re)|tower|port|harbou?r|province|region|district|department|oblast|county|state|"
                    + "city|prison|jail|barracks|base|camp|checkpoint|bazaar|plaza|avenue|boulevard|beach|promenade|mountains?|"
                    + "valley|river|lake|bay|island|islands|governorate|municipality|township|village|town|suburb|airfield|"
                    + "police|military|army|garrison|courthouse|court|parliament|ministry|headquarters");

    private static final Pattern VENUE_AHEAD = Pattern.compile(
            "(?:\\s+\\p{Lu}[\\p{L}'’-]*){1,3}?\\s+(?i:airport|arena|station|stadium|hall|hotel|mall|market|university|hospital|"
                    + "cathedral|church|mosque|temple|prison|square|bridge|club)\\b");

    /** The words between a place and the trigger it modifies ("Madrid's train bombing"), never across a clause ("Saudi Arabia after militants killed"). */
    private static final Pattern MODIFIER_GAP = Pattern.compile(
            "(?i)(?:['’]s)?\\s+(?:(?!(?:and|but|while|after|before|when|as|since|until)\\s)[\\p{L}-]+\\s+){0,2}");
    private static final Pattern ATTACHED_AFTER = Pattern.compile(
            "(?i)\\s+(?:(?!(?:and|but|while|after|before|when)\\s)[\\p{L}-]+\\s+){0,2}(?:in|at|on|near|outside|inside|against|through)\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}");
    /** The word right before a place name, when only a space separates them. */
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}]{2,})[ \\t\\n]+$");
    /** Words a place name follows: prepositions, articles, directions, kinds of place. */
    private static final Pattern PLACE_LEAD = Pattern.compile(
            "(?i)in|at|of|the|to|from|near|and|or|on|into|toward|towards|outside|inside|around|across|through|between|by|for|with|via|"
                    + "downtown|northern|southern|eastern|western|central|north|south|east|west|northeastern|northwestern|southeastern|"
                    + "southwestern|greater|upper|lower|old|new|city|town|village|province|department|municipality|district|region|"
                    + "port|capital|suburb|neighborhood|neighbourhood|hamlet|canton|estate|farm|island|islands|state|streets?|avenue|"
                    + "road|highway|bridge|about|km|kilometers|kilometres|miles|reached|left|entered|attacked|bombed|visited|arrived|"
                    + "headed|traveled|travelled|returned|moved|fled|where|while|when|that|which|against|including|like|as|both|also");
    private static final Pattern NATIONALITY_AFTER = Pattern.compile(
            "(?i)\\s+(?:[\\p{L}-]+\\s+)?(?:citizens?|nationals?|tourists?|soldiers?|troops|diplomats?|journalists?|reporters?|missionar(?:y|ies)|"
                    + "embassy|embassies|consulate|ambassador|officials?|aid workers?|businessm[ae]n|engineers?|priests?|nuns?|marines?|"
                    + "advis[eo]rs?|forces|servicem[ae]n|volunteers?|nurses?|doctors?|executives?|hostages?|residents?)\\b");
    private static final Pattern CAPITAL_AFTER = Pattern.compile("(?:['’]s)?\\s+capital\\b", Pattern.CASE_INSENSITIVE);

    private final Gazetteer gazetteer;

    PlaceChooser(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Where the words around one trigger place it: "the attack in Moscow", "the Moscow attack". */
    Location near(AnnotatedSentence s, Trigger trigger) {
        // "Putin blamed the attack on Ukraine" names who is blamed, not where it happened.
        if (BLAME_BEFORE.matcher(s.text().substring(Math.max(0, trigger.span().start() - 25), trigger.span().start())).find()) {
            return Location.NONE;
        }
        String text = s.text();
        int start = trigger.span().start();
        int end = trigger.span().end();
        // Only the words that modify the trigger: "the Moscow attack", "Madrid's bombing", "the attack in Moscow".
        List<PlaceMatch> close = s.places().stream()
                .filter(m -> m.span().end() <= start && start - m.span().end() <= 25
                                && MODIFIER_GAP.matcher(text.substring(m.span().end(), start)).matches()
                        || m.span().start() >= end && m.span().start() - end <= 25
                                && ATTACHED_AFTER.matcher(text.substring(end, m.span().start())).matches())
                .toList();
        if (close.isEmpty()) return Location.NONE;
        return choose(new AnnotatedSentence(s.sentence(), s.paragraph(), s.triggers(), s.dates(), close, s.actors(), s.casualties()));
    }

    Location choose(AnnotatedSentence s) {
        String text = s.text();
        PlaceMatch bestCity = null;
        int bestScore = Integer.MIN_VALUE;
        String country = null;
        PlaceMatch dateline = null;
        for (PlaceMatch m : s.places()) {
            if (m.candidates().isEmpty()) continue;
            // "BOGOTA, 21 JAN 89 (DPA) --": the place a dispatch was filed from gives way to any other the sentence names.
            if (s.sentence().index() == 0 && Dateline.covers(text, m.span())) {
                if (dateline == null) dateline = m;
                continue;
            }
            Place top = m.candidates().get(0);
            // "the Libyan capital", "Somalia's capital": the capital city, named without its name.
            if ((m.demonym() || top.kind() == Place.Kind.COUNTRY)
                    && CAPITAL_AFTER.matcher(text).region(m.span().end(), text.length()).lookingAt()) {
                Optional<Place> capital = gazetteer.capital(top.countryCode());
                if (capital.isPresent()) {
                    int score = 12 - m.span().start() / 80;
                    if (score > bestScore) {
                        bestScore = score;
                        bestCity = new PlaceMatch(m.span(), capital.get().name(), List.of(capital.get()), false);
                    }
                    continue;
                }
            }
            if (m.demonym()) continue;
            // "two U.S. citizens", "the French embassy": a country named for whose people or mission, not where.
            if (top.kind() == Place.Kind.COUNTRY && NATIONALITY_AFTER.matcher(text).region(m.span().end(), text.length()).lookingAt()) continue;
            if (top.kind() != Place.Kind.COUNTRY && (partOfLongerName(text, m) || surnameInCapitals(text, m))) continue;
            if (top.kind() == Place.Kind.COUNTRY) {
                if (country == null) country = top.countryCode();
                continue;
            }
            int score = (LOCATIVE_BEFORE.matcher(text.substring(Math.max(0, m.span().start() - 60), m.span().start())).find() ? 10 : 0)
                    + (top.kind() == Place.Kind.CITY ? 3 : 0)
                    - m.span().start() / 80;
            if (score > bestScore) {
                bestScore = score;
                bestCity = m;
            }
        }
        if (bestCity == null && dateline != null && dateline.candidates().get(0).kind() != Place.Kind.COUNTRY) bestCity = dateline;
        if (bestCity != null) {
            // A country narrows the city only when it qualifies it ("Moscow, Russia", "Mersin in Turkey"):
            // "the United States warned of attacks in Moscow" is about the Moscow everyone means.
            PlaceMatch city = bestCity;
            Optional<String> qualifier = qualifyingCountry(s, city);
            Place place = qualifier.map(c -> pick(city, c)).orElse(city.candidates().get(0));
            return new Location(Optional.of(place), Optional.of(place.countryCode()));
        }
        if (country != null) return new Location(Optional.empty(), Optional.of(country));
        return Location.NONE;
    }

    /**
     * Whether, in text set all in capitals, a town's name stands where a surname does: right after a word
     * that is neither a preposition, an article nor a word of direction ("EPIGMENIO IBARRA", "DR GUERRERO").
     * In mixed case the capitals tell names apart; in wire copy set in capitals only the word before can.
     */
    static boolean surnameInCapitals(String text, PlaceMatch m) {
        if (!Hedges.upperCase(text)) return false;
        Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, m.span().start() - 40), m.span().start()));
        if (!before.find()) return false;
        return !PLACE_LEAD.matcher(before.group(1)).matches();
    }

    /**
     * Whether a town's name is only the first word of a longer name: "Ariana Grande", "Stade de France",
     * "Atocha station" stays a place only when the next word names a venue in it ("Manchester Arena").
     */
    static boolean partOfLongerName(String text, PlaceMatch m) {
        Matcher next = NEXT_WORDS.matcher(text).region(m.span().end(), text.length());
        if (!next.lookingAt()) return false;
        String word = next.group(2);
        if (Hedges.upperCase(text)) return false;
        if (VENUE.matcher(word).matches()) return false;
        // "Los Angeles International Airport", "Kabul Serena Hotel": a venue named after its town, a few words on.
        Matcher run = VENUE_AHEAD.matcher(text).region(m.span().end(), text.length());
        if (run.lookingAt()) return false;
        boolean joined = next.group(1) != null;
        return joined || Character.isUpperCase(word.charAt(0)) && !word.equals(word.toUpperCase());
    }


    /** The country named right after the city ("Moscow, Russia", "Mersin in Turkey"), if any. */
    private static Optional<String> qualifyingCountry(AnnotatedSentence s, PlaceMatch city) {
        for (PlaceMatch m : s.places()) {
            if (m.demonym() || m.candidates().isEmpty() || m.candidates().get(0).kind() != Place.Kind.COUNTRY) continue;
            int gap = m.span().start() - city.span().end();
            if (gap >= 0 && gap <= 12 && QUALIFIER_GAP.matcher(s.text().substring(city.span().end(), m.span().start())).matches()) {
                return Optional.of(m.candidates().get(0).countryCode());
            }
        }
        return Optional.empty();
    }

    /** The candidate of {@code match} inside {@code country}; the most likely candidate when none is. */
    private Place pick(PlaceMatch match, String country) {
        List<Place> candidates = match.candidates();
        for (Place p : candidates) {
            if (p.countryCode().equals(country)) return p;
        }
        return gazetteer.best(match.surface(), Optional.of(country)).filter(p -> p.countryCode().equals(country))
                .orElse(candidates.get(0));
    }

    /** The country a demonym in the sentence points to, as a last resort ("a Russian national"). */
    static Optional<String> demonymCountry(AnnotatedSentence s) {
        return s.places().stream().filter(PlaceMatch::demonym).filter(m -> !m.candidates().isEmpty())
                .map(m -> m.candidates().get(0).countryCode()).findFirst();
    }
}
