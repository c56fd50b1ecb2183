package org.vigil.review;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Turns a comment's raw body into safe HTML: the little formatting comments allow (bold, italic, code,
 * quotes, lists, paragraphs, line breaks and http(s) links, which get {@code rel="nofollow noopener"})
 * is kept; every other tag, attribute, script and URL scheme is dropped, and text is escaped.
 */
public final class CommentMarkup {
    private static final Safelist ALLOWED = new Safelist()
            .addTags("b", "strong", "i", "em", "code", "blockquote", "ul", "ol", "li", "p", "br", "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https")
            .addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

    private CommentMarkup() {
    }

    /** The body as HTML safe to put inside an element; line breaks the author typed are kept. */
    public static String toHtml(String body) {
        String withBreaks = body.replace("\r\n", "\n").replace("\n", "<br>");
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false);
        return Jsoup.clean(withBreaks, "", ALLOWED, output);
    }
}
