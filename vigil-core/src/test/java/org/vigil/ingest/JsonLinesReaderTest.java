package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {

    static final Path GOLD_LINES = Path.of("src/test/resources/articles/lines/gold-format.jsonl");
    static final String AT = GOLD_LINES + ":line ";

    static ArticleReader reader;
    static List<ReadResult> results;

    @BeforeAll
    static void readSampleFile() {
        reader = new ArticleReader(new LanguageGuard());
        results = reader.read(GOLD_LINES, Optional.empty());
    }

    static String messageOf(int index) {
        assertThat(results.get(index)).isInstanceOf(ReadResult.Rejected.class);
        return ((ReadResult.Rejected) results.get(index)).message();
    }

    @Test
    void givesOneResultPerNonBlankLine() {
        assertThat(results).hasSize(12);
    }

    @Test
    void readsInlineTextWithGoldIdDateAndTitle() {
        Article article = ((ReadResult.Accepted) results.get(0)).article();
        assertThat(article.id()).isEqualTo("inline-1");
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 3, 27));
        assertThat(article.title()).isEqualTo("Blast damages bus station");
        assertThat(article.paragraphs()).hasSize(2);
        assertThat(article.source()).isEqualTo("gold-format.jsonl");
    }

    @Test
    void readsTextFileRelativeToJsonFolderAndDropsTrailingWidgets() {
        Article article = ((ReadResult.Accepted) results.get(1)).article();
        assertThat(article.id()).isEqualTo("file-1");
        assertThat(article.text()).startsWith("Blast damages bus station\n\nPolice said").endsWith("until Thursday.");
    }

    @Test
    void rejectsMalformedJsonLineWithParserReason() {
        assertThat(messageOf(2)).startsWith(AT + "3: is not valid JSON: Unexpected character ('-' (code 45))");
    }

    @Test
    void rejectsLineWithoutId() {
        assertThat(messageOf(3)).isEqualTo(AT + "4: has no \"id\"");
    }

    @Test
    void rejectsLineWithoutText() {
        assertThat(messageOf(4)).isEqualTo(AT + "5: has neither \"text\" nor \"text_file\"");
    }

    @Test
    void rejectsMissingTextFile() {
        Path expected = GOLD_LINES.toAbsolutePath().getParent().resolve("nowhere/missing.txt");
        assertThat(messageOf(5)).isEqualTo(AT + "6: text_file 'nowhere/missing.txt' not found (looked for " + expected + ")");
    }

    @Test
    void rejectsImpossibleDate() {
        assertThat(messageOf(6)).isEqualTo(AT + "7: published '2024-02-30' is not a real date");
    }

    @Test
    void rejectsGermanText() {
        assertThat(messageOf(7)).isEqualTo(AT + "8: the text is in German (deu), not English; Vigil reads English only");
    }

    @Test
    void rejectsRepeatedId() {
        assertThat(messageOf(8)).isEqualTo(AT + "10: repeats id 'inline-1' from line 1");
    }

    @Test
    void usesFileTimeWithWarningWhenLineHasNoDate() throws IOException {
        ReadResult.Accepted result = (ReadResult.Accepted) results.get(9);
        LocalDate fileDate = ArticleReaderTest.fileDate(GOLD_LINES);
        assertThat(result.article().published()).isEqualTo(fileDate);
        assertThat(result.warnings()).containsExactly(
                "no publication date in " + AT + "11; using the file's time " + fileDate + "; pass --published to set it");
    }

    @Test
    void rejectsDateInWords() {
        assertThat(messageOf(10)).isEqualTo(AT + "12: published '27 March 2024' is not a date like 2024-03-27");
    }

    @Test
    void rejectsTextFileThatCannotBeRead() {
        assertThat(messageOf(11)).isEqualTo(AT + "13: text_file '.' cannot be read: Is a directory");
    }

    @Test
    void publishedOptionFillsOnlyMissingDates() {
        List<ReadResult> withOption = reader.read(GOLD_LINES, Optional.of(LocalDate.of(2020, 1, 2)));
        assertThat(((ReadResult.Accepted) withOption.get(0)).article().published()).isEqualTo(LocalDate.of(2024, 3, 27));
        assertThat(((ReadResult.Accepted) withOption.get(9)).article().published()).isEqualTo(LocalDate.of(2020, 1, 2));
    }

    @Test
    void readsSeedGoldFileKeepingEvidenceSentences() throws IOException {
        List<ReadResult> seed = reader.read(Path.of("/work/shared/eval/seed.jsonl"), Optional.empty());
        Article article = ((ReadResult.Accepted) seed.get(0)).article();
        assertThat(article.id()).isEqualTo("seed-crocus");
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 3, 27));
        assertThat(article.text()).contains("Another Russian was detained in Turkey working at a nuclear power plant under construction on the southern coast.");
        assertThat(article.text()).doesNotContain("View all comments");
    }

    @Test
    void rejectsEmptyAndGarbageFiles(@TempDir Path dir) throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.jsonl"), "");
        Path blank = Files.writeString(dir.resolve("blank.jsonl"), "\n\n");
        Path garbage = Files.writeString(dir.resolve("garbage.jsonl"), "}{ not json at all\n[1, 2]\n");
        assertThat(reader.read(empty, Optional.empty())).extracting(r -> ((ReadResult.Rejected) r).message()).containsExactly(empty + ": is empty");
        assertThat(reader.read(blank, Optional.empty())).extracting(r -> ((ReadResult.Rejected) r).message()).containsExactly(blank + ": is empty");
        assertThat(reader.read(garbage, Optional.empty())).extracting(r -> ((ReadResult.Rejected) r).message())
                .satisfiesExactly(
                        m -> assertThat(m).startsWith(garbage + ":line 1: is not valid JSON: "),
                        m -> assertThat(m).isEqualTo(garbage + ":line 2: is not a JSON object"));
    }
}
