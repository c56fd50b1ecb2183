package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HtmlCleanerTest {

    static final Path ARTICLES = Path.of("src/test/resources/articles");
    final HtmlCleaner cleaner = new HtmlCleaner();

    static String html(String name) {
        TextDecoding.FileText loaded = TextDecoding.load(ARTICLES.resolve(name));
        assertThat(loaded.problem()).isEmpty();
        return loaded.text();
    }

    @Test
    void keepsArticleParagraphsSeparatedByBlankLines() {
        CleanedPage page = cleaner.clean(html("comment-widget-at-end.html"), "https://news.example.com/");
        assertThat(page.text()).isEqualTo(
                "Police said two men were arrested on Tuesday after an explosion damaged a bus station in the northern city. "
                        + "No one was hurt in the blast, which happened shortly before dawn.\n\n"
                        + "Officials said the device had been left in a bag near the ticket office. "
                        + "Investigators are examining security camera footage, and the station will remain closed until Thursday.\n\n"
                        + "A spokesman for the regional government said the attack would not stop people from travelling.");
    }

    @Test
    void readsMetadataOfPage() {
        CleanedPage page = cleaner.clean(html("comment-widget-at-end.html"), "https://news.example.com/");
        assertThat(page.title()).isEqualTo("Blast damages bus station");
        assertThat(page.published()).contains(LocalDate.of(2024, 3, 27));
        assertThat(page.author()).contains("Jane Reporter");
        assertThat(page.canonicalUrl()).contains("https://news.example.com/2024/03/27/blast-bus-station");
    }

    @Test
    void dropsWidgetLinesWithoutClassNames() {
        CleanedPage page = cleaner.clean(html("bare-widget-lines.html"), "");
        assertThat(page.text()).endsWith("will remain closed until Thursday.");
    }

    @Test
    void decodesDeclaredLatin1Charset() {
        CleanedPage page = cleaner.clean(html("latin1-charset.html"), "");
        assertThat(page.text()).contains("outside a café in the old town of Besançon", "the façade", "\"lâche\"");
    }

    @Test
    void readsDateAndAuthorFromJsonLd() {
        CleanedPage page = cleaner.clean(html("json-ld-date.html"), "");
        assertThat(page.published()).contains(LocalDate.of(2024, 3, 25));
        assertThat(page.author()).contains("Sam Writer");
    }

    @Test
    void readsDateFromTimeElement() {
        assertThat(cleaner.clean(html("time-element-date.html"), "").published()).contains(LocalDate.of(2024, 3, 24));
    }

    @Test
    void readsDateFromGzippedPageDateMeta() {
        assertThat(cleaner.clean(html("gzip-page.html.gz"), "").published()).contains(LocalDate.of(2024, 3, 26));
    }

    @Test
    void skipsImpossibleMetaDate() {
        assertThat(cleaner.clean(html("impossible-meta-date.html"), "").published()).isEmpty();
    }

    @Test
    void findsNoTextInPageWithoutBody() {
        CleanedPage page = cleaner.clean(html("broken-no-body.html"), "");
        assertThat(page.text()).isEmpty();
        assertThat(page.canonicalUrl()).isEmpty();
    }

    @Test
    void returnsEmptyPageForEmptyInput() {
        assertThat(cleaner.clean("", "")).isEqualTo(new CleanedPage("", "", Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void survivesGarbageMarkup() {
        Random random = new Random(7);
        String alphabet = "<>/=\"' abcdefghijklmnop\n\t&;#!-";
        for (int i = 0; i < 50; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(2000); j > 0; j--) sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            CleanedPage page = cleaner.clean(sb.toString(), "");
            assertThat(page.text()).doesNotContain("\n\n\n");
        }
    }
}
