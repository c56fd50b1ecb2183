package org.vigil.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads an alias table (canonical name, a tab, aliases separated by '|') into rows. */
final class ActorTable {
    /** One line of a table: a canonical group name and its aliases. */
    record Row(String canonical, List<String> aliases) { }

    private ActorTable() {
    }

    static List<Row> resource(String name) {
        InputStream in = ActorTable.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("Actor table org/vigil/resolve/" + name + " is missing from the classpath");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return rows(r, "resource " + name);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read actor table resource " + name, e);
        }
    }

    static List<Row> file(Path path) {
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return rows(r, path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read actor table " + path + ": " + e.getMessage(), e);
        }
    }

    private static List<Row> rows(BufferedReader r, String where) throws IOException {
        List<Row> rows = new ArrayList<>();
        String line;
        int lineNo = 0;
        while ((line = r.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#") || (lineNo == 1 && line.startsWith("canonical\t"))) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length > 2 || f[0].isBlank()) {
                throw new IllegalArgumentException("Actor table " + where + " line " + lineNo
                        + " should be 'canonical<TAB>alias|alias', got: " + line);
            }
            List<String> aliases = new ArrayList<>();
            if (f.length == 2) {
                for (String a : f[1].split("\\|")) {
                    if (!a.isBlank()) {
                        aliases.add(a.strip());
                    }
                }
            }
            rows.add(new Row(f[0].strip(), List.copyOf(aliases)));
        }
        return rows;
    }
}
