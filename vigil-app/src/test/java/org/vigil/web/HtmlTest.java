package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesEveryCharacterWithAMeaningInHtml() {
        assertThat(Html.escape("<a href=\"x\" onclick='y'>&</a>")).isEqualTo("&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;");
    }

    @Test
    void leavesPlainTextAlone() {
        String text = "Krasnogorsk — 139 killed";
        assertThat(Html.escape(text)).isSameAs(text);
    }

    @Test
    void escapesNothingToEmpty() {
        assertThat(Html.escape(null)).isEmpty();
        assertThat(Html.escape("")).isEmpty();
    }

    @Test
    void encodesPathSegmentsAndQueryValues() {
        assertThat(Html.url("Islamic State")).isEqualTo("Islamic%20State");
        assertThat(Html.url("a/b?c=d&e")).isEqualTo("a%2Fb%3Fc%3Dd%26e");
    }

    @Test
    void escapesBothPartsOfALink() {
        assertThat(Html.link("/x?a=1&b=\"", "<b>")).isEqualTo("<a href=\"/x?a=1&amp;b=&quot;\">&lt;b&gt;</a>");
    }

    @Test
    void labelsTypeCodes() {
        assertThat(Html.label("armed_assault")).isEqualTo("Armed assault");
        assertThat(Html.label("")).isEmpty();
    }
}
