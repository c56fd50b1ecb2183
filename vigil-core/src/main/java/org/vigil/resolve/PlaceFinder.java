package org.vigil.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.vigil.nlp.Span;
import org.vigil.resolve.GazetteerIndex.Form;
import org.vigil.resolve.GazetteerIndex.Name;

/** Finds the place names in a text by looking up its 1- to 6-token runs in the gazetteer index. */
final class PlaceFinder {
    /** Lower-case words that may stand inside a capitalised place name ("Norte de Santander", "Isle of Man"). */
    private static final Set<String> PARTICLES = Set.of("of", "the", "de", "del", "la", "le", "les", "el", "al", "da",
            "do", "dos", "das", "du", "des", "di", "van", "von", "der", "den", "y", "e", "and", "upon", "on", "sur",
            "en", "am", "an", "im", "bin", "ibn", "ad", "ar", "as", "ash", "az", "d", "l", "s", "i", "a");
    /** Words after a region's name that belong to it ("Borno State", "SAN MIGUEL DEPARTMENT"). */
    private static final Set<String> DIVISION_WORDS = Set.of("department", "departments", "province", "state",
            "governorate", "district", "region", "oblast", "prefecture", "municipality", "division");
    /** Words before a name that mark it as a place ("in Usulutan", "NEAR SOYAPANGO"). */
    private static final Set<String> LOCATIVES = Set.of("in", "at", "near", "from", "to", "into", "outside",
            "toward", "towards", "between", "across", "around", "of", "village", "town", "city", "municipality");
    /** Capitalised words that may follow a town's name without making it part of another name. */
    private static final Set<String> FOLLOWERS = Set.of("arena", "airport", "international", "university",
            "college", "school", "stadium", "hotel", "street", "road", "avenue", "square", "station", "mall",
            "market", "bridge", "police", "army", "city", "cathedral", "church", "mosque", "hospital", "prison",
            "court", "centre", "center", "metro", "province", "state", "district", "department", "region",
            "governorate", "county", "municipality", "area", "valley", "camp", "base", "attack", "bombing");
    private static final Set<String> PRECEDERS = Set.of("greater", "central", "north", "south", "east", "west",
            "northern", "southern", "eastern", "western", "downtown", "old", "upper", "lower", "in", "at", "near");
    private static final long BIG_CITY = 1_000_000;
    private static final long SMALL_TOWN = 10_000;
    private static final long TOWN = 50_000;

    private final GazetteerIndex index;

    PlaceFinder(GazetteerIndex index) {
        this.index = index;
    }

    List<PlaceMatch> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Tokens t = Tokens.of(text);
        List<PlaceMatch> out = new ArrayList<>();
        int i = 0;
        while (i < t.size) {
            int run = t.runLength(i, GazetteerIndex.MAX_TOKENS);
            PlaceMatch match = null;
            for (int n = run; n >= 1 && match == null; n--) {
                List<Name> names = index.byKey.get(t.join(i, i + n));
                if (names != null && accepts(t, i, n, names)) {
                    match = toMatch(t, i, n, names);
                }
            }
            if (match == null) {
                i++;
            } else {
                out.add(match);
                while (i < t.size && t.starts[i] < match.span().end()) {
                    i++;
                }
            }
        }
        return List.copyOf(out);
    }

    private boolean accepts(Tokens t, int i, int n, List<Name> names) {
        boolean common = allCommon(t, i, n);
        if (t.upperCaseText) {
            // wire text gives no case cue: common words only as countries, demonyms or big cities, and
            // other single words (often surnames: "GALAN", "MARTI") only after a locative cue
            if (common) {
                return names.stream().anyMatch(PlaceFinder::unmistakable)
                        || n > 1 && !needsCue(names, TOWN)
                        || n == 1 && locativeBefore(t, i) && commaAfter(t, i) && !needsCue(names, SMALL_TOWN);
            }
            return n > 1 || !needsCue(names, 100_000) || cued(t, i, n);
        }
        if (!t.capitalised(i) || !t.capitalised(i + n - 1)) {
            return false;
        }
        for (int k = i; k < i + n; k++) {
            if (!t.capitalised(k) && !PARTICLES.contains(t.keys[k])) {
                return false;
            }
            // an acronym in running text ("ISIS", "NATO") is a place only if written so in the gazetteer ("UK")
            if (t.allUpper(k) && t.ends[k] - t.starts[k] > 1 && !writtenExactly(t, i, n, names)) {
                return false;
            }
        }
        if (n == 1 && partOfLongerName(t, i, n) && needsCue(names, BIG_CITY)) {
            return false;
        }
        if (n == 1 && !cued(t, i, n) && (needsCue(names, SMALL_TOWN) || onlyAliases(names))) {
            return false;
        }
        if (!common) {
            return true;
        }
        if (n == 1 && t.sentenceInitial(i)) {
            return names.stream().anyMatch(PlaceFinder::unmistakable);
        }
        // "Central", "Northern", "Police", "Mobile": a country, a big town, or a region named with its division word
        return names.stream().anyMatch(nm -> nm.place().kind() == Place.Kind.COUNTRY
                || nm.place().kind() == Place.Kind.CITY && (nm.form() == Form.NAME && nm.place().population() >= TOWN
                        || nm.place().population() >= BIG_CITY))
                || divisionFollows(t, i + n);
    }

    /** Whether no reading is a country, a region or a city named so of at least the given population. */
    private static boolean needsCue(List<Name> names, long population) {
        return names.stream().noneMatch(nm -> nm.place().kind() == Place.Kind.COUNTRY
                || nm.place().kind() == Place.Kind.REGION && nm.form() == Form.NAME
                || nm.form() == Form.NAME && nm.place().population() >= population);
    }

    private static boolean onlyAliases(List<Name> names) {
        return names.stream().allMatch(nm -> nm.form() == Form.ALIAS && nm.place().population() < 100_000);
    }

    /** Whether a locative word or a list comma stands before the name, or a division word after it. */
    private static boolean cued(Tokens t, int i, int n) {
        if (i > 0 && LOCATIVES.contains(t.keys[i - 1]) && t.joined(i - 1)) {
            return true;
        }
        if (i > 0 && t.text.substring(t.ends[i - 1], t.starts[i]).strip().equals(",")) {
            return true;
        }
        return divisionFollows(t, i + n);
    }

    /** "IN TURBO, ...": a locative word right before the name. */
    private static boolean locativeBefore(Tokens t, int i) {
        return i > 0 && LOCATIVES.contains(t.keys[i - 1]) && t.joined(i - 1);
    }

    /** A comma right after the token: the name closes a phrase ("IN TURBO, IN THE URABA REGION"). */
    private static boolean commaAfter(Tokens t, int i) {
        int end = t.ends[i];
        return end < t.text.length() && t.text.charAt(end) == ',';
    }

    private static boolean divisionFollows(Tokens t, int next) {
        return next < t.size && t.joined(next - 1) && DIVISION_WORDS.contains(t.keys[next]);
    }

    /** Whether capitalised words run on before or after the match ("Boko Haram", "François Molins"). */
    private static boolean partOfLongerName(Tokens t, int i, int n) {
        int before = i - 1;
        if (before >= 0 && t.joined(before) && !sentenceEnds(t, before) && t.capitalised(before) && !t.sentenceInitial(before)
                && !PRECEDERS.contains(t.keys[before])) {
            return true;
        }
        int after = i + n;
        return after < t.size && t.joined(after - 1) && !sentenceEnds(t, after - 1) && t.capitalised(after) && !FOLLOWERS.contains(t.keys[after]);
    }

    /** Whether a sentence ends after token i: a full stop and a space after a word longer than an abbreviation ("Benghazi. Shura"). */
    private static boolean sentenceEnds(Tokens t, int i) {
        String gap = t.text.substring(t.ends[i], t.starts[i + 1]);
        return gap.startsWith(".") && gap.length() > 1 && Character.isWhitespace(gap.charAt(1)) && t.ends[i] - t.starts[i] > 2;
    }

    private static boolean unmistakable(Name nm) {
        return switch (nm.place().kind()) {
            case COUNTRY -> nm.form() != Form.ALIAS || nm.written().length() > 3;
            case REGION -> false;
            case CITY -> nm.form() == Form.NAME && nm.place().population() >= BIG_CITY;
        };
    }

    private boolean allCommon(Tokens t, int i, int n) {
        for (int k = i; k < i + n; k++) {
            if (!index.commonWords.contains(t.keys[k]) && !PARTICLES.contains(t.keys[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean writtenExactly(Tokens t, int i, int n, List<Name> names) {
        String surface = t.text.substring(t.starts[i], t.ends[i + n - 1]);
        for (Name nm : names) {
            if (nm.written().equals(surface) || nm.written().replace(".", "").equals(surface.replace(".", ""))) {
                return true;
            }
        }
        return false;
    }

    private PlaceMatch toMatch(Tokens t, int i, int n, List<Name> names) {
        List<Name> countries = names.stream().filter(nm -> nm.place().kind() == Place.Kind.COUNTRY).toList();
        int end = t.ends[i + n - 1];
        List<Place> candidates;
        boolean demonym = false;
        if (!countries.isEmpty()) {
            candidates = places(countries);
            demonym = countries.stream().allMatch(nm -> nm.form() == Form.DEMONYM);
            if (t.text.startsWith(".", end) && surfaceHasDots(t, i, n)) {
                end++; // "U.S." keeps its final dot
            }
        } else {
            candidates = places(names);
            int next = i + n;
            if (next < t.size && t.joined(next - 1) && DIVISION_WORDS.contains(t.keys[next])
                    && names.stream().anyMatch(nm -> nm.place().kind() == Place.Kind.REGION)) {
                end = t.ends[next];
                List<Place> regionsFirst = new ArrayList<>();
                candidates.stream().filter(p -> p.kind() == Place.Kind.REGION).forEach(regionsFirst::add);
                candidates.stream().filter(p -> p.kind() != Place.Kind.REGION).forEach(regionsFirst::add);
                candidates = regionsFirst;
            }
        }
        Span span = new Span(t.starts[i], end);
        return new PlaceMatch(span, span.of(t.text), candidates, demonym);
    }

    private static boolean surfaceHasDots(Tokens t, int i, int n) {
        return n > 1 && t.text.substring(t.starts[i], t.ends[i + n - 1]).contains(".");
    }

    static List<Place> places(List<Name> names) {
        Set<Place> seen = new LinkedHashSet<>();
        for (Name nm : names) {
            seen.add(nm.place());
        }
        return List.copyOf(seen);
    }
}
