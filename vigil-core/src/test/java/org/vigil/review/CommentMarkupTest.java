package org.vigil.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentMarkupTest {
    @Test
    void dropsScriptsAndEventHandlers() {
        String html = CommentMarkup.toHtml("<script>alert(1)</script><img src=x onerror=alert(2)><b onclick=\"alert(3)\">bold</b>");
        assertThat(html).isEqualTo("<b>bold</b>");
    }

    @Test
    void dropsJavascriptLinksButKeepsWebLinksWithNofollow() {
        assertThat(CommentMarkup.toHtml("<a href=\"javascript:alert(1)\">x</a>")).isEqualTo("<a rel=\"nofollow noopener noreferrer\">x</a>");
        assertThat(CommentMarkup.toHtml("<a href=\"https://example.org/a\">source</a>"))
                .isEqualTo("<a href=\"https://example.org/a\" rel=\"nofollow noopener noreferrer\">source</a>");
    }

    @Test
    void escapesTextAndKeepsLineBreaks() {
        assertThat(CommentMarkup.toHtml("5 < 6 & \"quotes\"\nnext line")).isEqualTo("5 &lt; 6 &amp; \"quotes\"<br>next line");
    }

    @Test
    void keepsTheLittleFormattingCommentsAllow() {
        assertThat(CommentMarkup.toHtml("<i>italic</i> <code>x</code> <blockquote>q</blockquote>"))
                .isEqualTo("<i>italic</i> <code>x</code> <blockquote>q</blockquote>");
    }

    @Test
    void emptyBodyIsEmptyHtml() {
        assertThat(CommentMarkup.toHtml("")).isEmpty();
    }
}
