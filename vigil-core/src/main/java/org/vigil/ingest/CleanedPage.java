package org.vigil.ingest;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link HtmlCleaner} keeps of a web page: the headline, the article body as paragraphs
 * separated by blank lines, and the metadata the page states about itself.
 *
 * @param title headline, or empty when the page has none
 * @param text article body, paragraphs separated by {@code "\n\n"}; empty when nothing was found
 * @param published publication date stated in the page's metadata
 * @param author byline stated in the page's metadata
 * @param canonicalUrl the page's canonical address ({@code <link rel=canonical>} or {@code og:url})
 */
public record CleanedPage(String title, String text, Optional<LocalDate> published, Optional<String> author, Optional<String> canonicalUrl) {
    public CleanedPage {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(canonicalUrl, "canonicalUrl");
    }
}
