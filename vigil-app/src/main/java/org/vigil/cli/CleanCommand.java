package org.vigil.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.vigil.ingest.CleanedPage;
import org.vigil.ingest.HtmlCleaner;
import org.vigil.ingest.UnreadablePage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code vigil clean}: prints the cleaned article (title, then body) of web pages, or writes them as JSON. */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = {"Print the article of each web page (.html, .htm, optionally .gz; any declared charset):",
                "its title, a blank line, then its body without menus, share bars, related links or comments.",
                "Unreadable files are reported and skipped; the exit status is 1 when any file failed."})
final class CleanCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Page files.")
    List<Path> files;

    @Option(names = "--json", paramLabel = "OUT.json",
            description = "Write {\"<file name without .html/.html.gz>\": {\"articleBody\", \"title\", \"published\", ...}} here instead of printing.")
    Path json;

    private final HtmlCleaner cleaner = new HtmlCleaner();

    CleanCommand(Components components) {
        // The cleaner needs no shared component; the constructor matches the other subcommands.
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode all = mapper.createObjectNode();
        int failed = 0;
        for (Path file : files) {
            CleanedPage page;
            try {
                page = cleaner.cleanFile(file);
            } catch (UnreadablePage e) {
                err.println("error: " + e.getMessage());
                failed++;
                continue;
            }
            if (json != null) {
                ObjectNode node = all.putObject(keyOf(file));
                node.put("articleBody", page.text());
                node.put("title", page.title());
                node.put("published", page.published().map(Object::toString).orElse(null));
                page.author().ifPresent(a -> node.put("author", a));
                page.canonicalUrl().ifPresent(u -> node.put("url", u));
            } else {
                if (files.size() > 1) out.println("==> " + file + " <==");
                out.println(page.title());
                out.println();
                out.println(page.text());
                if (files.size() > 1) out.println();
            }
        }
        if (json != null) {
            mapper.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), all);
            out.println("Wrote " + all.size() + " cleaned pages to " + json + ".");
        }
        return failed == 0 ? 0 : 1;
    }

    /** The file name without {@code .gz} and then without {@code .html} or {@code .htm}. */
    static String keyOf(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".gz")) name = name.substring(0, name.length() - 3);
        for (String ext : List.of(".html", ".htm")) {
            if (name.endsWith(ext)) return name.substring(0, name.length() - ext.length());
        }
        return name;
    }
}
