package org.vigil.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A reader whose input is files (plain text, HTML pages, gzipped pages, gold-format JSON Lines,
 * or folders of them) and whose output is one {@link ReadResult} per article: accepted, or
 * rejected with a sentence naming the input and what is wrong. Bad input never throws.
 */
public final class ArticleReader {

    private static final List<String> KINDS = List.of(".jsonl", ".html", ".htm", ".html.gz", ".htm.gz", ".txt");
    /** A first line this short, without a final period and followed by a blank line, is a title. */
    private static final int TITLE_MAX_CHARS = 200;

    private final ArticleAssembler assembler;
    private final HtmlCleaner cleaner = new HtmlCleaner();

    public ArticleReader(LanguageGuard guard) {
        this.assembler = new ArticleAssembler(guard);
    }

    /**
     * Reads every path in order; a folder is walked (sorted) for {@code .txt}, {@code .html},
     * {@code .htm}, {@code .html.gz}, {@code .htm.gz} and {@code .jsonl} files.
     */
    public List<ReadResult> readAll(List<Path> paths, Optional<LocalDate> published) {
        List<ReadResult> results = new ArrayList<>();
        for (Path path : paths) {
            results.addAll(read(path, published));
        }
        return results;
    }

    /**
     * Reads one file (or folder): one result per JSON line, else one per file.
     *
     * @param published the {@code --published} option: used when the input states no date of its own
     */
    public List<ReadResult> read(Path path, Optional<LocalDate> published) {
        if (Files.isDirectory(path)) {
            return readFolder(path, published);
        }
        if (nameOf(path).endsWith(".jsonl")) {
            return new JsonLinesReader(assembler).read(path, published);
        }
        return List.of(readFile(path, published));
    }

    private List<ReadResult> readFolder(Path folder, Optional<LocalDate> published) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !nameOf(p).startsWith("."))
                    .filter(p -> KINDS.stream().anyMatch(nameOf(p)::endsWith))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(new ReadResult.Rejected(folder.toString(), "cannot be read: " + e.getMessage()));
        }
        if (files.isEmpty()) {
            return List.of(new ReadResult.Rejected(folder.toString(), "has no .txt, .html, .htm, .html.gz or .jsonl files"));
        }
        List<ReadResult> results = new ArrayList<>();
        for (Path file : files) {
            results.addAll(read(file, published));
        }
        return results;
    }

    private ReadResult readFile(Path file, Optional<LocalDate> published) {
        String input = file.toString();
        TextDecoding.FileText loaded = TextDecoding.load(file);
        if (loaded.problem().isPresent()) {
            return new ReadResult.Rejected(input, loaded.problem().get());
        }
        return loaded.html()
                ? readPage(file, loaded, published)
                : readPlainText(file, loaded, published);
    }

    private ReadResult readPage(Path file, TextDecoding.FileText loaded, Optional<LocalDate> published) {
        String input = file.toString();
        CleanedPage page = cleaner.clean(loaded.text(), pageBaseUri(file));
        if (page.text().isBlank()) {
            return new ReadResult.Rejected(input, "has no article text after HTML cleaning");
        }
        String id = ArticleAssembler.idOf(page.canonicalUrl(), page.text());
        String source = page.canonicalUrl().flatMap(ArticleReader::hostOf).orElse(nameOf(file));
        return assembler.assemble(input, id, Optional.of(page.canonicalUrl().orElse(input)), page.title(), page.text(), source,
                page.published(), published, Optional.of(file), loaded.warnings());
    }

    private ReadResult readPlainText(Path file, TextDecoding.FileText loaded, Optional<LocalDate> published) {
        String input = file.toString();
        String all = PageChrome.withoutTrailingWidgets(loaded.text());
        String title = "";
        String text = all;
        int firstBreak = all.indexOf('\n');
        if (firstBreak > 0 && looksLikeTitle(all.substring(0, firstBreak)) && all.startsWith("\n", firstBreak + 1)) {
            String rest = all.substring(firstBreak).stripLeading();
            if (!rest.isBlank()) {
                title = all.substring(0, firstBreak).strip();
                text = rest;
            }
        }
        if (text.isBlank()) {
            return new ReadResult.Rejected(input, "has no article text, only page widgets");
        }
        String id = ArticleAssembler.idOf(Optional.empty(), text);
        return assembler.assemble(input, id, Optional.of(input), title, text, nameOf(file),
                Optional.empty(), published, Optional.of(file), loaded.warnings());
    }

    static boolean looksLikeTitle(String line) {
        String t = line.strip();
        return !t.isEmpty() && t.length() <= TITLE_MAX_CHARS && !t.endsWith(".") && !t.endsWith(",") && !t.endsWith(";") && !t.endsWith(":");
    }

    private static String pageBaseUri(Path file) {
        return file.toAbsolutePath().toUri().toString();
    }

    private static Optional<String> hostOf(String url) {
        try {
            return Optional.ofNullable(java.net.URI.create(url).getHost()).map(h -> h.startsWith("www.") ? h.substring(4) : h);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String nameOf(Path path) {
        Path name = path.getFileName();
        return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    }
}
