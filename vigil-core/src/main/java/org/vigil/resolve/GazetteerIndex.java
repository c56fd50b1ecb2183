package org.vigil.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/** Reads the gazetteer resource into a map from folded name key to the names that spell it, best first. */
final class GazetteerIndex {
    static final String RESOURCE = "gazetteer.tsv.gz";
    static final String COMMON_WORDS = "common-words.txt";
    static final int MAX_TOKENS = 6;

    /** How a name denotes its place. */
    enum Form { NAME, ALIAS, DEMONYM }

    /** One spelling of one place, with the form it was written in and a rank for ordering candidates. */
    record Name(Place place, String written, Form form, long rank) { }

    final Map<String, List<Name>> byKey;
    final Map<String, Place> countriesByCode;
    /** Each country's capital (GeoNames feature PPLC), for "the Libyan capital". */
    final Map<String, Place> capitalsByCode;
    final Set<String> commonWords;

    private GazetteerIndex(Map<String, List<Name>> byKey, Map<String, Place> countriesByCode, Map<String, Place> capitalsByCode,
                           Set<String> commonWords) {
        this.byKey = byKey;
        this.countriesByCode = countriesByCode;
        this.capitalsByCode = capitalsByCode;
        this.commonWords = commonWords;
    }

    static GazetteerIndex read() {
        Map<String, List<Name>> byKey = new HashMap<>(600_000);
        Map<String, Place> countries = new HashMap<>();
        Map<String, Place> capitals = new HashMap<>();
        try (BufferedReader in = open(RESOURCE, true)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.startsWith("#") || line.isEmpty()) {
                    continue;
                }
                readRow(line, lineNo, byKey, countries, capitals);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the gazetteer resource " + RESOURCE, e);
        }
        Comparator<Name> best = Comparator.comparingLong(Name::rank).reversed();
        Map<String, List<Name>> sorted = new HashMap<>(byKey.size() * 4 / 3 + 1);
        byKey.forEach((k, v) -> {
            v.sort(best);
            sorted.put(k, List.copyOf(v));
        });
        return new GazetteerIndex(sorted, Map.copyOf(countries), Map.copyOf(capitals), readCommonWords());
    }

    private static void readRow(String line, int lineNo, Map<String, List<Name>> byKey, Map<String, Place> countries,
                                Map<String, Place> capitals) {
        String[] f = line.split("\t", -1);
        if (f.length != 9) {
            throw new IllegalStateException("Gazetteer resource line " + lineNo + " has " + f.length + " fields, expected 9: " + line);
        }
        Place.Kind kind = switch (f[0]) {
            case "C" -> Place.Kind.COUNTRY;
            case "R" -> Place.Kind.REGION;
            case "P" -> Place.Kind.CITY;
            default -> throw new IllegalStateException("Gazetteer resource line " + lineNo + " has unknown kind '" + f[0] + "'");
        };
        double lat = f[3].isEmpty() ? Double.NaN : Double.parseDouble(f[3]);
        double lon = f[4].isEmpty() ? Double.NaN : Double.parseDouble(f[4]);
        long population = Long.parseLong(f[5]);
        Place place = new Place(f[1], f[2], kind, lat, lon, population, kind == Place.Kind.REGION ? f[1] : "");
        if ("PPLC".equals(f[6])) capitals.merge(f[2], place, (a, b) -> a.population() >= b.population() ? a : b);
        long rank = switch (kind) {
            case COUNTRY -> Long.MAX_VALUE / 2;
            case REGION -> 50_000;
            case CITY -> Math.max(1, population) * switch (f[6]) {
                case "PPLC" -> 4;
                case "PPLA" -> 2;
                default -> 1;
            };
        };
        if (kind == Place.Kind.COUNTRY) {
            countries.put(place.countryCode(), place);
        }
        add(byKey, f[1], new Name(place, f[1], Form.NAME, rank));
        for (String alias : split(f[7])) {
            add(byKey, alias, new Name(place, alias, Form.ALIAS, kind == Place.Kind.CITY ? rank / 10 : rank - 1));
        }
        // "Al Ḩawījah" is written "Hawija" in the news: the name without its Arabic article, and without a final h.
        if (kind != Place.Kind.COUNTRY) {
            for (String bare : withoutArabicArticle(f[1])) {
                add(byKey, bare, new Name(place, bare, Form.ALIAS, kind == Place.Kind.CITY ? rank / 20 : rank - 1));
            }
        }
        for (String demonym : split(f[8])) {
            add(byKey, demonym, new Name(place, demonym, Form.DEMONYM, rank - 2));
        }
    }

    private static final java.util.regex.Pattern ARABIC_ARTICLE = java.util.regex.Pattern.compile("^(?:Al|Ar|As|Ad|An|At|Az|Ash|Adh|Ath|Aţ|Aş|Aḑ|Az̧|El)[ -](\\p{L}.{3,})$");

    /** "Al Ḩawījah" as the news writes it: "Ḩawījah" and "Ḩawīja"; nothing for a name without the article. */
    static List<String> withoutArabicArticle(String name) {
        java.util.regex.Matcher m = ARABIC_ARTICLE.matcher(name);
        if (!m.matches()) return List.of();
        String bare = m.group(1);
        return bare.endsWith("ah") ? List.of(bare, bare.substring(0, bare.length() - 1)) : List.of(bare);
    }

    private static List<String> split(String field) {
        return field.isEmpty() ? List.of() : List.of(field.split("\\|"));
    }

    private static void add(Map<String, List<Name>> byKey, String written, Name name) {
        String key = Tokens.key(written);
        // one- and two-letter keys are codes ("UK", "US") that only countries may use
        if (key.isEmpty() || (key.length() < 3 && name.place().kind() != Place.Kind.COUNTRY)) {
            return;
        }
        if (key.chars().filter(c -> c == ' ').count() >= MAX_TOKENS) {
            return;
        }
        List<Name> names = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
        for (Name n : names) {
            if (n.place() == name.place()) {
                return;
            }
        }
        names.add(name);
    }

    private static Set<String> readCommonWords() {
        Set<String> words = new HashSet<>();
        try (BufferedReader in = open(COMMON_WORDS, false)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the gazetteer resource " + COMMON_WORDS, e);
        }
        return Set.copyOf(words);
    }

    private static BufferedReader open(String resource, boolean gzipped) throws IOException {
        InputStream raw = GazetteerIndex.class.getResourceAsStream(resource);
        if (raw == null) {
            throw new IllegalStateException("Gazetteer resource org/vigil/resolve/" + resource
                    + " is missing from the classpath; rebuild vigil-core or rerun data-tools/gazetteer/derive.py");
        }
        InputStream in = gzipped ? new GZIPInputStream(raw, 1 << 16) : raw;
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
