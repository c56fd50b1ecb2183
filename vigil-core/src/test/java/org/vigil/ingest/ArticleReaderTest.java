package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

    static final Path ARTICLES = Path.of("src/test/resources/articles");
    static final Path SEED = Path.of("/work/shared/eval/articles/seed-crocus.txt");
    static final Optional<LocalDate> NO_OPTION = Optional.empty();

    static ArticleReader reader;

    @BeforeAll
    static void loadLanguageModel() {
        reader = new ArticleReader(new LanguageGuard());
    }

    static ReadResult readOne(String name, Optional<LocalDate> published) {
        List<ReadResult> results = reader.read(ARTICLES.resolve(name), published);
        assertThat(results).hasSize(1);
        return results.get(0);
    }

    static ReadResult.Accepted accepted(ReadResult result) {
        assertThat(result).isInstanceOf(ReadResult.Accepted.class);
        return (ReadResult.Accepted) result;
    }

    static String rejection(ReadResult result) {
        assertThat(result).isInstanceOf(ReadResult.Rejected.class);
        return ((ReadResult.Rejected) result).message();
    }

    static LocalDate fileDate(Path file) throws IOException {
        return LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneId.systemDefault());
    }

    @Test
    void takesShortFirstLineFollowedByBlankLineAsTitle() {
        Article article = accepted(readOne("title-and-paragraphs.txt", Optional.of(LocalDate.of(2024, 3, 27)))).article();
        assertThat(article.title()).isEqualTo("Blast damages bus station");
        assertThat(article.text()).startsWith("Police said two men were arrested on Tuesday");
        assertThat(article.paragraphs()).hasSize(3);
        assertThat(article.language()).isEqualTo("en");
        assertThat(article.source()).isEqualTo("title-and-paragraphs.txt");
    }

    @Test
    void keepsTextVerbatimWhenFirstLineIsASentence() throws IOException {
        Article article = accepted(readOne("no-title.txt", Optional.of(LocalDate.of(2024, 3, 27)))).article();
        assertThat(article.title()).isEmpty();
        assertThat(article.text()).isEqualTo(Files.readString(ARTICLES.resolve("no-title.txt")).strip());
    }

    @Test
    void normalizesCrlfAndDropsByteOrderMark() {
        Article article = accepted(readOne("crlf-with-bom.txt", Optional.of(LocalDate.of(2024, 3, 27)))).article();
        assertThat(article.title()).isEqualTo("Blast damages bus station");
        assertThat(article.text()).doesNotContain("\r").startsWith("Police said");
        assertThat(article.paragraphs()).hasSize(2);
    }

    @Test
    void dropsCommentWidgetLinesAtEndOfPlainText() {
        Article article = accepted(readOne("widget-lines-at-end.txt", Optional.of(LocalDate.of(2024, 3, 27)))).article();
        assertThat(article.text()).endsWith("will remain closed until Thursday.");
    }

    @Test
    void seedArticleKeepsItsSentencesAndLosesTheWidgetLines() throws IOException {
        String original = Files.readString(SEED);
        Article article = accepted(reader.read(SEED, Optional.of(LocalDate.of(2024, 3, 27))).get(0)).article();
        assertThat(article.title()).isEqualTo("Why did ISIS target Russia?");
        assertThat(article.text()).startsWith("Observers believe that the attack on Russia");
        assertThat(article.text()).contains("Nobody seems to doubt anymore that Islamic terrorists were behind the brutal assault on the Crocus City Hall in Moscow on Friday, 22nd March, that killed 139 people and injured scores more.");
        assertThat(article.text()).endsWith("that are likely to lead to cycles of violence");
        assertThat(article.text()).doesNotContain("votes", "Article Rating", "Notify of", "Inline Feedbacks", "View all comments");
        assertThat(original).contains(article.text());
    }

    @Test
    void passesUpperCaseWireCopy() {
        Article article = accepted(readOne("upper-case-wire.txt", Optional.of(LocalDate.of(1990, 1, 12)))).article();
        assertThat(article.text()).startsWith("SAN SALVADOR, 12 JAN 90");
    }

    @Test
    void givesSameIdWhenSameArticleIsReadTwice() {
        Article first = accepted(readOne("title-and-paragraphs.txt", NO_OPTION)).article();
        Article second = accepted(readOne("crlf-with-bom.txt", NO_OPTION)).article();
        Article again = accepted(readOne("title-and-paragraphs.txt", NO_OPTION)).article();
        assertThat(again.id()).isEqualTo(first.id()).hasSize(16).matches("[0-9a-f]{16}");
        assertThat(second.id()).isNotEqualTo(first.id());
    }

    @Test
    void usesFileTimeWithWarningWhenNoDateIsGiven() throws IOException {
        Path file = ARTICLES.resolve("title-and-paragraphs.txt");
        ReadResult.Accepted result = accepted(readOne("title-and-paragraphs.txt", NO_OPTION));
        LocalDate date = fileDate(file);
        assertThat(result.article().published()).isEqualTo(date);
        assertThat(result.warnings()).containsExactly(
                "no publication date in " + file + "; using the file's time " + date + "; pass --published to set it");
    }

    @Test
    void publishedOptionWinsOverFileTime() {
        ReadResult.Accepted result = accepted(readOne("title-and-paragraphs.txt", Optional.of(LocalDate.of(2020, 1, 2))));
        assertThat(result.article().published()).isEqualTo(LocalDate.of(2020, 1, 2));
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void dateStatedInPageWinsOverPublishedOption() {
        Article article = accepted(readOne("comment-widget-at-end.html", Optional.of(LocalDate.of(2020, 1, 2)))).article();
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 3, 27));
    }

    @Test
    void readsHtmlPageWithItsCanonicalUrlAsIdAndHost() {
        Article article = accepted(readOne("comment-widget-at-end.html", NO_OPTION)).article();
        assertThat(article.url()).contains("https://news.example.com/2024/03/27/blast-bus-station");
        assertThat(article.id()).isEqualTo(ArticleAssembler.idOf(article.url(), ""));
        assertThat(article.source()).isEqualTo("news.example.com");
        assertThat(article.title()).isEqualTo("Blast damages bus station");
        assertThat(article.text()).doesNotContain("votes", "Notify of", "cookies", "Share on", "Minister resigns");
    }

    @Test
    void readsGzippedPage() {
        Article article = accepted(readOne("gzip-page.html.gz", NO_OPTION)).article();
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 3, 26));
        assertThat(article.paragraphs()).hasSize(3);
    }

    @Test
    void sniffsHtmlInFileWithoutExtension() {
        Article article = accepted(readOne("html-without-extension", Optional.of(LocalDate.of(2024, 3, 27)))).article();
        assertThat(article.text()).startsWith("Police said").doesNotContain("<p>");
    }

    @Test
    void ignoresImpossibleDateInPageMetadata() throws IOException {
        ReadResult.Accepted result = accepted(readOne("impossible-meta-date.html", NO_OPTION));
        assertThat(result.article().published()).isEqualTo(fileDate(ARTICLES.resolve("impossible-meta-date.html")));
        assertThat(result.warnings()).hasSize(1);
    }

    @Test
    void rejectsEmptyFile() {
        assertThat(rejection(readOne("empty.txt", NO_OPTION))).isEqualTo("src/test/resources/articles/empty.txt: is empty");
        assertThat(rejection(readOne("whitespace-only.txt", NO_OPTION))).isEqualTo("src/test/resources/articles/whitespace-only.txt: is empty");
    }

    @Test
    void rejectsBinaryFile() {
        assertThat(rejection(readOne("binary-data.txt", NO_OPTION)))
                .isEqualTo("src/test/resources/articles/binary-data.txt: looks like binary data, not text");
    }

    @Test
    void rejectsPageWithNoBody() {
        assertThat(rejection(readOne("broken-no-body.html", NO_OPTION)))
                .isEqualTo("src/test/resources/articles/broken-no-body.html: has no article text after HTML cleaning");
    }

    @Test
    void rejectsGermanText() {
        assertThat(rejection(readOne("german.txt", NO_OPTION)))
                .isEqualTo("src/test/resources/articles/german.txt: the text is in German (deu), not English; Vigil reads English only");
    }

    @Test
    void rejectsMissingFile() {
        assertThat(rejection(readOne("no-such-article.txt", NO_OPTION)))
                .isEqualTo("src/test/resources/articles/no-such-article.txt: does not exist");
    }

    @Test
    void rejectsCorruptGzip(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cut.html.gz");
        Files.write(file, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0});
        assertThat(rejection(reader.read(file, NO_OPTION).get(0))).startsWith(file + ": is not valid gzip data: ");
    }

    @Test
    void rejectsRandomBytesWithoutThrowing(@TempDir Path dir) throws IOException {
        Random random = new Random(42);
        for (int i = 0; i < 20; i++) {
            byte[] bytes = new byte[random.nextInt(4000) + 1];
            random.nextBytes(bytes);
            Path file = dir.resolve("garbage-" + i + (i % 2 == 0 ? ".html" : ".txt"));
            Files.write(file, bytes);
            assertThat(reader.read(file, NO_OPTION)).singleElement().isInstanceOf(ReadResult.Rejected.class);
        }
    }

    @Test
    void readsFolderInSortedOrderAndBadFilesDoNotStopTheOthers() {
        List<ReadResult> results = reader.readAll(List.of(ARTICLES), Optional.of(LocalDate.of(2024, 3, 27)));
        List<String> inputs = results.stream()
                .map(r -> r instanceof ReadResult.Rejected rej ? rej.input() : ((ReadResult.Accepted) r).article().url().orElse("id " + ((ReadResult.Accepted) r).article().id()))
                .toList();
        assertThat(inputs.get(0)).isEqualTo("src/test/resources/articles/bare-widget-lines.html");
        assertThat(inputs.get(1)).isEqualTo("src/test/resources/articles/binary-data.txt");
        assertThat(inputs).doesNotContain("src/test/resources/articles/html-without-extension");
        assertThat(inputs).contains("src/test/resources/articles/lines/gold-format.jsonl:line 3");
        assertThat(results).filteredOn(r -> r instanceof ReadResult.Rejected).hasSizeGreaterThanOrEqualTo(6);
        assertThat(results).filteredOn(r -> r instanceof ReadResult.Accepted).hasSizeGreaterThanOrEqualTo(12);
        assertThat(reader.readAll(List.of(ARTICLES), NO_OPTION)).hasSameSizeAs(results);
    }

    @Test
    void rejectsFolderWithoutArticles(@TempDir Path dir) {
        assertThat(rejection(reader.read(dir, NO_OPTION).get(0))).isEqualTo(dir + ": has no .txt, .html, .htm, .html.gz or .jsonl files");
    }
}
