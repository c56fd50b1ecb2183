package org.vigil.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vigil.resolve.Place;
import org.vigil.resolve.PlaceMatch;

/**
 * Reads the places of a whole article together: the countries it names (by name, demonym or a large
 * city) decide which of several towns a name means, and a small town in none of them ("Atocha" in
 * Bolivia, in an article about Madrid) is more likely a street, a station or a person than a place.
 */
final class GeoContext {
    /** Cities this large say which country an article is about; smaller ones must agree with it. */
    private static final long LANDMARK_POPULATION = 500_000;
    private static final long SELF_EVIDENT_POPULATION = 200_000;

    /** A name followed by one of these words names a part of a town ("the Medina district" of Mogadishu). */
    private static final java.util.regex.Pattern DISTRICT_AFTER = java.util.regex.Pattern.compile(
            "(?i)^\\s+(?:district|neighbou?rhood|quarter|suburb|area|sector|borough)\\b");

    /** A name followed by one of these words names a local unit ("San Diego municipality"), not the great city of that name. */
    private static final java.util.regex.Pattern LOCAL_UNIT_AFTER = java.util.regex.Pattern.compile(
            "(?i)^\\s+(?:municipality|jurisdiction|canton|corregimiento|department|province|parish)\\b");

    private GeoContext() {}

    /** Whether the words right after the place name match {@code after} ("Medina district", "San Diego municipality"). */
    private static boolean followedBy(AnnotatedSentence s, PlaceMatch m, java.util.regex.Pattern after) {
        return after.matcher(s.text().substring(Math.min(s.text().length(), m.span().end()))).find();
    }

    static List<AnnotatedSentence> apply(List<AnnotatedSentence> sentences) {
        Set<String> countries = countries(sentences);
        if (countries.isEmpty()) return sentences;
        List<AnnotatedSentence> out = new ArrayList<>(sentences.size());
        for (AnnotatedSentence s : sentences) {
            List<PlaceMatch> kept = new ArrayList<>(s.places().size());
            for (PlaceMatch m : s.places()) {
                if (m.candidates().isEmpty()) continue;
                Place top = m.candidates().get(0);
                // A first-level region ("the Moscow region", "Jammu and Kashmir") is no small town that a street or a
                // person shares a name with: it stands even in an article that names other countries.
                // A district shares its name with a town abroad: it is a place only in a country the article is about.
                if (followedBy(s, m, DISTRICT_AFTER) && !countries.contains(top.countryCode())) continue;
                if (m.demonym() || top.kind() == Place.Kind.COUNTRY || countries.contains(top.countryCode())) {
                    kept.add(m);
                    continue;
                }
                List<Place> inContext = m.candidates().stream().filter(p -> countries.contains(p.countryCode())).toList();
                if (!inContext.isEmpty()) {
                    // "Huila department" in a report from Bogota is Colombia's Huila, not Angola's Huíla.
                    List<Place> reordered = new ArrayList<>(inContext);
                    m.candidates().stream().filter(p -> !inContext.contains(p)).forEach(reordered::add);
                    kept.add(new PlaceMatch(m.span(), m.surface(), reordered, m.demonym()));
                } else if (top.kind() == Place.Kind.REGION || top.population() >= SELF_EVIDENT_POPULATION) {
                    kept.add(m);
                }
            }
            out.add(kept.size() == s.places().size() && kept.equals(s.places()) ? s
                    : new AnnotatedSentence(s.sentence(), s.paragraph(), s.triggers(), s.dates(), kept, s.actors(), s.casualties()));
        }
        return out;
    }

    private static Set<String> countries(List<AnnotatedSentence> sentences) {
        Set<String> countries = new HashSet<>();
        for (AnnotatedSentence s : sentences) {
            for (PlaceMatch m : s.places()) {
                if (m.candidates().isEmpty()) continue;
                Place top = m.candidates().get(0);
                if (m.demonym() || top.kind() == Place.Kind.COUNTRY
                        || top.population() >= LANDMARK_POPULATION && !followedBy(s, m, DISTRICT_AFTER) && !followedBy(s, m, LOCAL_UNIT_AFTER)) {
                    countries.add(top.countryCode());
                }
            }
        }
        return countries;
    }
}
