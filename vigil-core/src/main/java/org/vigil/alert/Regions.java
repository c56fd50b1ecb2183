package org.vigil.alert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Named regions a watchlist may use ("Europe", "Sahel"), each a set of ISO country codes, from {@code regions.tsv}. */
public final class Regions {
    private static final Regions BUNDLED = load();

    private final Map<String, Set<String>> byKey;
    private final List<String> names;

    private Regions(Map<String, Set<String>> byKey, List<String> names) {
        this.byKey = Map.copyOf(byKey);
        this.names = List.copyOf(names);
    }

    /** The regions bundled with Vigil. */
    public static Regions bundled() {
        return BUNDLED;
    }

    /** The countries of a region named in any case, or empty when Vigil knows no such region. */
    public Optional<Set<String>> countries(String region) {
        return Optional.ofNullable(byKey.get(region.trim().toLowerCase(Locale.ROOT)));
    }

    /** The region's name as Vigil spells it ("europe" gives "Europe"). */
    public Optional<String> canonical(String region) {
        String key = region.trim().toLowerCase(Locale.ROOT);
        return names.stream().filter(n -> n.toLowerCase(Locale.ROOT).equals(key)).findFirst();
    }

    /** Every region name, in the file's order. */
    public List<String> names() {
        return names;
    }

    private static Regions load() {
        Map<String, Set<String>> byKey = new LinkedHashMap<>();
        List<String> names = new java.util.ArrayList<>();
        try (InputStream in = Regions.class.getResourceAsStream("regions.tsv")) {
            if (in == null) throw new IllegalStateException("Resource org/vigil/alert/regions.tsv is missing from the class path");
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] columns = line.split("\t");
                if (columns.length != 2) throw new IllegalStateException("regions.tsv line is not 'region<TAB>codes': " + line);
                names.add(columns[0]);
                byKey.put(columns[0].toLowerCase(Locale.ROOT), Set.copyOf(Arrays.asList(columns[1].trim().split(" +"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read regions.tsv", e);
        }
        return new Regions(byKey, names);
    }
}
