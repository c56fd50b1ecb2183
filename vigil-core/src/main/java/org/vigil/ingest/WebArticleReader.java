package org.vigil.ingest;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A reader whose input is a fetched web page and whose output is a {@link ReadResult}: the page
 * cleaned to an article (HTML) or taken as it is (plain text), or a rejection naming the URL.
 */
public final class WebArticleReader {
    private final ArticleAssembler assembler;
    private final HtmlCleaner cleaner = new HtmlCleaner();

    public WebArticleReader(LanguageGuard guard) {
        this.assembler = new ArticleAssembler(guard);
    }

    /**
     * The article in {@code page}. The date the page states wins, then {@code published} (a feed item's
     * date or the {@code --published} option), then {@code today} with a warning.
     */
    public ReadResult read(FetchResult.Fetched page, Optional<LocalDate> published, LocalDate today) {
        String input = page.requested().toString();
        PageText decoded = page.text();
        List<String> warnings = new ArrayList<>();
        decoded.warning().ifPresent(w -> warnings.add(input + " " + w));
        String url = page.finalUri().toString();
        String title;
        String text;
        Optional<LocalDate> stated = Optional.empty();
        if (page.isHtml()) {
            CleanedPage cleaned = cleaner.clean(decoded.text(), url);
            title = cleaned.title();
            text = cleaned.text();
            stated = cleaned.published();
            url = cleaned.canonicalUrl().filter(WebArticleReader::isWebAddress).orElse(url);
        } else if (page.mediaType().equals("text/plain")) {
            title = "";
            text = decoded.text().strip();
        } else {
            return new ReadResult.Rejected(input, "is an XML or feed document (" + page.mediaType() + "), not an article; add it with 'vigil feeds add' if it is a feed");
        }
        if (text.isBlank()) return new ReadResult.Rejected(input, "has no article text after HTML cleaning");
        Optional<LocalDate> date = stated.or(() -> published);
        if (date.isEmpty()) {
            warnings.add("no publication date in " + input + "; using today, " + today + "; pass --published to set it");
            date = Optional.of(today);
        }
        String source = hostOf(url).orElse(input);
        return assembler.assemble(input, ArticleAssembler.idOf(Optional.of(url), text), Optional.of(url), title, text, source,
                date, Optional.empty(), Optional.empty(), warnings);
    }

    private static boolean isWebAddress(String url) {
        return url.startsWith("http://") || url.startsWith("https://");
    }

    static Optional<String> hostOf(String url) {
        try {
            return Optional.ofNullable(URI.create(url).getHost()).map(h -> h.startsWith("www.") ? h.substring(4) : h);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
