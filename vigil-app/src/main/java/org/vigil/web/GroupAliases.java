package org.vigil.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The other names of each group, read from the alias tables bundled with Vigil's actor registry
 * (canonical name, a tab, aliases separated by '|'), for the group pages and the actors endpoint.
 */
final class GroupAliases {
    private static final List<String> TABLES = List.of("actors.tsv", "actors-wiki-muc.tsv", "actors-extra.tsv");
    private final Map<String, Set<String>> byName;

    private GroupAliases(Map<String, Set<String>> byName) {
        this.byName = byName;
    }

    static GroupAliases load() {
        Map<String, Set<String>> byName = new HashMap<>();
        for (String table : TABLES) {
            String resource = "org/vigil/resolve/" + table;
            InputStream in = GroupAliases.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) continue;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                boolean header = true;
                while ((line = r.readLine()) != null) {
                    if (header || line.isBlank() || line.startsWith("#")) {
                        header = false;
                        continue;
                    }
                    String[] parts = line.split("\t", 2);
                    Set<String> aliases = byName.computeIfAbsent(key(parts[0]), k -> new LinkedHashSet<>());
                    if (parts.length == 2) {
                        for (String alias : parts[1].split("\\|")) {
                            if (!alias.isBlank() && !alias.strip().equals(parts[0].strip())) aliases.add(alias.strip());
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the bundled actor table " + resource, e);
            }
        }
        return new GroupAliases(byName);
    }

    /** The group's other names, in table order; empty for a group no table lists. */
    List<String> of(String canonical) {
        return new ArrayList<>(byName.getOrDefault(key(canonical), Set.of()));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
