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
    private static final long BIG_CITY = 1_000_000;
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
            // wire text gives no case cue: common words only as countries, demonyms or big cities
            return !common || names.stream().anyMatch(PlaceFinder::unmistakable);
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
        if (!common) {
            return true;
        }
        if (n == 1 && t.sentenceInitial(i)) {
            return names.stream().anyMatch(PlaceFinder::unmistakable);
        }
        return names.stream().anyMatch(nm -> nm.place().kind() != Place.Kind.CITY || nm.place().population() >= TOWN);
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
