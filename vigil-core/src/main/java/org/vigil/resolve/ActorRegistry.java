package org.vigil.resolve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigil.nlp.Span;

/**
 * A registry of armed groups: given a name, an alias or a whole text, it returns the canonical group names
 * that the gold files use (tables actors.tsv, actors-wiki-muc.tsv, Vigil's own extra aliases and any user
 * tables in the same format).
 */
public final class ActorRegistry {
    private static final List<String> TABLES = List.of("actors.tsv", "actors-wiki-muc.tsv");
    private static final String EXTRA = "actors-extra.tsv";
    /** Spellings that differ only by transliteration, folded to one form. */
    private static final Map<String, String> VARIANTS = Map.ofEntries(
            Map.entry("qaida", "qaeda"), Map.entry("qa", "qa"), Map.entry("shabab", "shabaab"),
            Map.entry("hizballah", "hezbollah"), Map.entry("hizbullah", "hezbollah"), Map.entry("hizbollah", "hezbollah"),
            Map.entry("mohammad", "mohammed"), Map.entry("muhammad", "mohammed"), Map.entry("muhammed", "mohammed"),
            Map.entry("tayyiba", "taiba"), Map.entry("toiba", "taiba"), Map.entry("tayyaba", "taiba"),
            Map.entry("mujahedeen", "mujahideen"), Map.entry("mujahidin", "mujahideen"), Map.entry("i", "e"),
            Map.entry("tehreek", "tehrik"), Map.entry("taleban", "taliban"), Map.entry("daesh", "daesh"));
    /** Short aliases that, in upper-case text, are mostly ordinary words ("IS", "LET"). */
    private static final Set<String> UPPER_CASE_SKIPS = Set.of("is", "aq", "im", "let", "it", "us", "as", "at", "on",
            "or", "in", "to", "do", "no", "so", "up", "he", "me", "be", "by", "of", "an", "if", "am", "its", "far", "cite", "ado", "tip",
            "spas", "mir");
    /**
     * Single words some alias tables list as a group but that name no group on their own in running text
     * ("a group", "the government", "Islamists", "Syria"): they canonicalise, they are never found alone.
     */
    private static final Set<String> NEVER_ALONE = Set.of("group", "government", "militia", "paramilitary", "islamist", "islamists",
            "jihadists", "separatists", "pirates", "anarchists", "communists", "rightwing", "maoist", "maoists", "mafia", "mafias",
            "palestinian", "syria", "herzegovina", "medellin", "canonical", "affiliate", "armies");

    /** One spelling of one group. */
    private record Name(String canonical, String written, boolean isCanonical) { }

    private final Map<String, List<Name>> byKey;
    private final int maxTokens;

    private ActorRegistry(Map<String, List<Name>> byKey, int maxTokens) {
        this.byKey = byKey;
        this.maxTokens = maxTokens;
    }

    /** The registry of the bundled tables. */
    public static ActorRegistry load() {
        return load(List.of());
    }

    /** The registry of the bundled tables with user tables (same format) merged in; their new names are canonical. */
    public static ActorRegistry load(List<Path> extraTables) {
        Map<String, List<Name>> byKey = new HashMap<>();
        for (String table : TABLES) {
            ActorTable.resource(table).forEach(row -> add(byKey, row));
        }
        for (ActorTable.Row row : ActorTable.resource(EXTRA)) {
            if (!byKey.containsKey(key(row.canonical()))) {
                throw new IllegalStateException("Actor table " + EXTRA + " maps aliases to '" + row.canonical()
                        + "', which is no canonical name of " + TABLES);
            }
            add(byKey, row);
        }
        extraTables.forEach(path -> ActorTable.file(path).forEach(row -> add(byKey, row)));
        int max = 1;
        for (String k : byKey.keySet()) {
            max = Math.max(max, k.split(" ").length);
        }
        Map<String, List<Name>> frozen = new HashMap<>();
        byKey.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new ActorRegistry(frozen, max);
    }

    private static void add(Map<String, List<Name>> byKey, ActorTable.Row row) {
        put(byKey, row.canonical(), new Name(row.canonical(), row.canonical(), true));
        for (String alias : row.aliases()) {
            put(byKey, alias, new Name(row.canonical(), alias, false));
        }
    }

    private static void put(Map<String, List<Name>> byKey, String written, Name name) {
        String key = key(written);
        if (key.isEmpty()) {
            return;
        }
        List<Name> names = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (names.stream().noneMatch(n -> n.canonical().equals(name.canonical()) && n.isCanonical() == name.isCanonical())) {
            names.add(name);
        }
    }

    /** The canonical name of a group named by its name or an alias, ignoring case, punctuation, "the" and transliteration. */
    public Optional<String> canonical(String nameOrAlias) {
        if (nameOrAlias == null || nameOrAlias.isBlank()) {
            return Optional.empty();
        }
        List<Name> names = byKey.get(key(nameOrAlias));
        return names == null ? Optional.empty() : Optional.of(choose(names, isUpper(nameOrAlias)));
    }

    /** Every group mention in a text, left to right, the longest at each position, without overlaps. */
    public List<ActorMatch> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Tokens t = Tokens.of(text);
        String[] keys = new String[t.size];
        for (int k = 0; k < t.size; k++) {
            keys[k] = VARIANTS.getOrDefault(t.keys[k], t.keys[k]);
        }
        List<ActorMatch> out = new ArrayList<>();
        int i = 0;
        while (i < t.size) {
            int run = t.runLength(i, maxTokens);
            int found = 0;
            for (int n = run; n >= 1 && found == 0; n--) {
                String key = join(keys, i, n);
                List<Name> names = byKey.get(key);
                if (names != null && accepts(t, i, n, key, names)) {
                    Span span = new Span(t.starts[i], t.ends[i + n - 1]);
                    out.add(new ActorMatch(span, span.of(text), choose(names, t.upperCaseText)));
                    found = n;
                }
            }
            i += Math.max(1, found);
        }
        return List.copyOf(out);
    }

    private static boolean accepts(Tokens t, int i, int n, String key, List<Name> names) {
        if (n == 1 && NEVER_ALONE.contains(key)) {
            return false;
        }
        boolean isShort = key.replace(" ", "").length() <= 4;
        if (t.upperCaseText) {
            return !(isShort && UPPER_CASE_SKIPS.contains(key.replace(" ", "")));
        }
        if (isShort) {
            // "IS", "ELN", "M-19" only as written: "is" must never be Islamic State
            String surface = compact(t.text.substring(t.starts[i], t.ends[i + n - 1]));
            return names.stream().anyMatch(nm -> compact(nm.written()).equals(surface));
        }
        // names the tables write in capitals ("ARENA", "ARMY", MUC keys) match only capitals in running text
        String written = t.text.substring(t.starts[i], t.ends[i + n - 1]);
        if (!isUpper(written) && names.stream().allMatch(nm -> isUpper(nm.written()))) {
            return false;
        }
        for (int k = i; k < i + n; k++) {
            if (t.capitalised(k)) {
                return true;
            }
        }
        return false;
    }

    private static String choose(List<Name> names, boolean upperCaseText) {
        // gold files keep some MUC names in upper case ("NATIONAL LIBERATION ARMY") beside mixed-case ones
        Name best = null;
        for (Name n : names) {
            if (!n.isCanonical()) {
                continue;
            }
            boolean upper = isUpper(n.canonical());
            if (best == null || upper == upperCaseText && isUpper(best.canonical()) != upperCaseText) {
                best = n;
            }
        }
        return best != null ? best.canonical() : names.get(0).canonical();
    }

    static String key(String name) {
        Tokens t = Tokens.of(name);
        int from = t.size > 1 && t.keys[0].equals("the") ? 1 : 0;
        String[] keys = new String[t.size];
        for (int k = 0; k < t.size; k++) {
            keys[k] = VARIANTS.getOrDefault(t.keys[k], t.keys[k]);
        }
        return join(keys, from, t.size - from);
    }

    private static String join(String[] keys, int from, int n) {
        if (n == 1) {
            return keys[from];
        }
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < from + n; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(keys[k]);
        }
        return sb.toString();
    }

    private static String compact(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static boolean isUpper(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT)) && !s.equals(s.toLowerCase(Locale.ROOT));
    }
}
