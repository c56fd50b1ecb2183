package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void keepsOnlyArticleTextOfNewsPageWithChrome() {
        CleanedPage page = cleaner.clean(html("news-page-with-chrome.html"), "https://www.example-herald.com/");
        assertThat(page.title()).isEqualTo("Gunmen attack checkpoint near border");
        assertThat(page.text()).isEqualTo(
                "Gunmen opened fire on a police checkpoint near the northern border on Wednesday night, killing three officers "
                        + "and wounding two others, the interior ministry said.\n\n"
                        + "The attackers fled towards the hills before reinforcements arrived, according to a statement published "
                        + "by the ministry on Thursday morning.\n\n"
                        + "Search for the attackers\n\n"
                        + "Security forces have launched a search operation in the surrounding villages, and the border crossing "
                        + "will remain closed until further notice.");
    }

    @Test
    void readsMetadataFromJsonLdOfNewsPage() {
        CleanedPage page = cleaner.clean(html("news-page-with-chrome.html"), "");
        assertThat(page.published()).contains(LocalDate.of(2024, 5, 2));
        assertThat(page.author()).contains("Ana Writer");
    }

    @Test
    void cleansNonEnglishPageInDeclaredCharset() {
        CleanedPage page = cleaner.clean(html("portuguese-page.html"), "");
        assertThat(page.title()).isEqualTo("Assalto a banco no centro");
        assertThat(page.text()).isEqualTo(
                "Dois homens armados assaltaram uma agência bancária no centro da cidade na manhã desta sexta-feira, "
                        + "segundo a polícia militar.\n\n"
                        + "Ninguém ficou ferido. A polícia procura os suspeitos, que fugiram numa motocicleta em direção à zona norte.");
    }

    @Test
    void cleansGzippedPageFile() {
        CleanedPage page = cleaner.cleanFile(ARTICLES.resolve("gzip-page.html.gz"));
        assertThat(page.text()).isNotBlank();
        assertThat(page.published()).contains(LocalDate.of(2024, 3, 26));
    }

    @Test
    void rejectsMissingPageFileNamingIt() {
        Path missing = ARTICLES.resolve("no-such-page.html");
        assertThatThrownBy(() -> cleaner.cleanFile(missing))
                .isInstanceOf(UnreadablePage.class)
                .hasMessage(missing + " does not exist");
    }

    static final String POST = "<p>Police said two men were arrested on Tuesday after an explosion damaged a bus station in the city.</p>"
            + "<p>Officials said the device had been left in a bag near the ticket office, and the station remains closed.</p>";
    static final String TEASER = "<p>Another story about the regional budget, which the council debated for hours on Monday night.</p>";

    @Test
    void keepsOnlyThePostWhenTeasersOfOtherPostsFollowIt() {
        String html = "<html><head><title>Blast at station - Example Blog</title></head><body><main>"
                + "<article><h1>Blast at station</h1>" + POST + "</article>"
                + "<article><h2>Budget debate</h2>" + TEASER + "</article><article><h2>Council vote</h2>" + TEASER + "</article>"
                + "</main></body></html>";
        assertThat(cleaner.clean(html, "").text()).doesNotContain("regional budget").contains("ticket office");
    }

    @Test
    void keepsEveryEntryOfPageMadeOfSeveralArticles() {
        String html = "<html><head><title>Live: storm hits coast</title></head><body><main>"
                + "<article>" + TEASER + "</article><article>" + POST + "</article><article>" + POST.replace("Tuesday", "Wednesday") + "</article>"
                + "</main></body></html>";
        assertThat(cleaner.clean(html, "").text()).contains("regional budget", "Tuesday", "Wednesday");
    }

    @Test
    void takesHeadlineFromHeadingWhenStatedTitleAddsSiteName() {
        String html = "<html><head><meta property='og:title' content='Blast at station | Example News'></head><body>"
                + "<h1>Blast at station</h1>" + POST + "</body></html>";
        assertThat(cleaner.clean(html, "").title()).isEqualTo("Blast at station");
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
