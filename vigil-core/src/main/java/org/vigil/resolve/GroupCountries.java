package org.vigil.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The country in which a group has carried out nearly all of its attacks (the FARC in Colombia, the
 * Taliban in Afghanistan), from the bundled {@code group-countries.tsv}: where an incident happened
 * when its text names no place at all. Groups active in several countries have no entry.
 */
public final class GroupCountries {
    private static final String RESOURCE = "group-countries.tsv";
    private static final Map<String, String> BY_GROUP = load();

    private GroupCountries() {}

    /** The home country of the group with this canonical name, if it has one. */
    public static Optional<String> of(String canonicalGroup) {
        return Optional.ofNullable(BY_GROUP.get(canonicalGroup));
    }

    /** The whole table, group to country. */
    static Map<String, String> table() {
        return BY_GROUP;
    }

    private static Map<String, String> load() {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = GroupCountries.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("Missing bundled resource " + RESOURCE);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                number++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] parts = line.split("\t");
                if (parts.length != 2 || !parts[1].matches("[A-Z]{2}")) {
                    throw new IllegalStateException(RESOURCE + " line " + number + ": expected 'group<TAB>two-letter country', got '" + line + "'");
                }
                out.put(parts[0], parts[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return Map.copyOf(out);
    }
}
