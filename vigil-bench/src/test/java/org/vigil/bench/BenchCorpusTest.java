package org.vigil.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.ingest.Article;

class BenchCorpusTest {

    @TempDir
    Path dir;

    private final BenchCorpus reader = new BenchCorpus();

    @Test
    void readsInlineTextAndTextFilesRelativeToTheJsonLinesFile() throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("articles/b.txt"), "Second article text.");
        Files.writeString(dir.resolve("gold.jsonl"), """
                {"id": "a", "published": "2024-03-27", "title": "First", "text": "First article text.", "incidents": []}
                {"id": "b", "published": "2019-04-21", "text_file": "articles/b.txt", "incidents": []}
                """);

        List<Article> articles = reader.load(dir.resolve("gold.jsonl"));

        assertThat(articles).extracting(Article::id).containsExactly("a", "b");
        assertThat(articles.get(0).title()).isEqualTo("First");
        assertThat(articles.get(1).text()).isEqualTo("Second article text.");
        assertThat(articles.get(1).published()).isEqualTo(LocalDate.of(2019, 4, 21));
    }

    @Test
    void takesTheFirstLineOfATextFileAsTitle() throws IOException {
        Files.writeString(dir.resolve("bomb.txt"), "Bomb hits market\n\nA bomb exploded on Tuesday.\n");

        List<Article> articles = reader.load(dir);

        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.id()).isEqualTo("bomb");
            assertThat(a.title()).isEqualTo("Bomb hits market");
            assertThat(a.text()).isEqualTo("A bomb exploded on Tuesday.");
        });
    }

    @Test
    void readsAFolderWithGoldFilesThroughThemAloneSoTheirTextFilesCountOnce() throws IOException {
        Files.createDirectories(dir.resolve("articles"));
        Files.writeString(dir.resolve("articles/b.txt"), "Title\n\nBody text.");
        Files.writeString(dir.resolve("manifest.txt"), "articles/b.txt\t2020-01-01\n");
        Files.writeString(dir.resolve("gold.jsonl"), "{\"id\": \"b\", \"published\": \"2020-01-01\", \"text_file\": \"articles/b.txt\"}\n");

        assertThat(reader.load(dir)).extracting(Article::id).containsExactly("b");
    }

    @Test
    void findsTheDefaultGoldFilesBesideTheWorkingDirectory() throws IOException {
        Path eval = Files.createDirectories(dir.resolve("shared/eval"));
        Files.writeString(eval.resolve("dev.jsonl"), "{\"id\": \"d\", \"published\": \"2020-01-01\", \"text\": \"Text.\"}\n");

        assertThat(reader.loadDefault(dir.resolve("vigil"))).extracting(Article::id).containsExactly("d");
    }

    @Test
    void namesTheLineOfAnArticleWithoutText() throws IOException {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\": \"x\", \"published\": \"2020-01-01\"}\n");

        assertThatThrownBy(() -> reader.load(gold))
                .isInstanceOf(UnreadableCorpusException.class)
                .hasMessage(gold + " line 1 (article x) has neither 'text' nor 'text_file'");
    }

    @Test
    void explainsABadPublicationDate() throws IOException {
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, "{\"id\": \"x\", \"published\": \"yesterday\", \"text\": \"T.\"}\n");

        assertThatThrownBy(() -> reader.load(gold))
                .isInstanceOf(UnreadableCorpusException.class)
                .hasMessage(gold + " line 1: 'published' must be a date like 2024-03-27, got 'yesterday'");
    }

    @Test
    void rejectsAMissingCorpus() {
        assertThatThrownBy(() -> reader.load(dir.resolve("none.jsonl")))
                .isInstanceOf(UnreadableCorpusException.class)
                .hasMessage("Corpus " + dir.resolve("none.jsonl") + " does not exist");
    }
}
