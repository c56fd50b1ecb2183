package org.vigil.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** The last step shared by all readers: picks the publication date, checks the language and builds the {@link Article}. */
final class ArticleAssembler {

    static final String LANGUAGE = "en";

    private final LanguageGuard guard;

    ArticleAssembler(LanguageGuard guard) {
        this.guard = guard;
    }

    /**
     * An accepted article, or a rejection when the text is not English or no date can be found.
     * The date stated in the input wins, then the {@code --published} option, then the file's time (with a warning).
     */
    ReadResult assemble(String input, String id, Optional<String> url, String title, String text, String source,
            Optional<LocalDate> stated, Optional<LocalDate> option, Optional<Path> dateFile, List<String> warnings) {
        Optional<String> language = guard.problem(text);
        if (language.isPresent()) {
            return new ReadResult.Rejected(input, language.get());
        }
        List<String> notes = new ArrayList<>(warnings);
        Optional<LocalDate> published = stated.or(() -> option);
        if (published.isEmpty() && dateFile.isPresent()) {
            published = fileDate(dateFile.get());
            published.ifPresent(d -> notes.add("no publication date in " + input + "; using the file's time " + d + "; pass --published to set it"));
        }
        if (published.isEmpty()) {
            return new ReadResult.Rejected(input, "has no publication date; pass --published to set it");
        }
        Article article = new Article(id, url, title, published.get(), LANGUAGE, text, Article.paragraphsOf(text), source);
        return new ReadResult.Accepted(article, notes);
    }

    /** A stable id: the first 16 hex digits of the SHA-256 of the canonical URL when there is one, else of the text. */
    static String idOf(Optional<String> canonicalUrl, String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonicalUrl.orElse(text).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static Optional<LocalDate> fileDate(Path file) {
        try {
            return Optional.of(LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
