package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PageChromeTest {

    @Test
    void cutsCommentAndRatingWidgetLinesFromEnd() {
        String text = "First paragraph.\n\nLast sentence of the article\n\n0 0 votes\nArticle Rating\nNotify of\nInline Feedbacks\nView all comments";
        assertThat(PageChrome.withoutTrailingWidgets(text)).isEqualTo("First paragraph.\n\nLast sentence of the article");
    }

    @Test
    void keepsWidgetWordsInsideProse() {
        String text = "Readers were asked to notify of any suspicious packages.\n\nThe article rating system was dropped.";
        assertThat(PageChrome.withoutTrailingWidgets(text)).isEqualTo(text);
    }

    @Test
    void recognizesShareAndCookieLines() {
        assertThat(PageChrome.isWidgetLine("Share on Facebook")).isTrue();
        assertThat(PageChrome.isWidgetLine("We use cookies to improve your experience.")).isTrue();
        assertThat(PageChrome.isWidgetLine("12 Comments")).isTrue();
        assertThat(PageChrome.isWidgetLine("Police said two men were arrested.")).isFalse();
    }

    @Test
    void leavesEmptyAndWidgetOnlyTextsEmpty() {
        assertThat(PageChrome.withoutTrailingWidgets("")).isEmpty();
        assertThat(PageChrome.withoutTrailingWidgets("Notify of\nView all comments\n")).isEmpty();
    }

    @Test
    void recognizesCallsToAction() {
        assertThat(PageChrome.isCallToAction("Follow Ana Writer on Twitter @anawriter.")).isTrue();
        assertThat(PageChrome.isCallToAction("Get the latest updates right in your inbox. Subscribe to our newsletters.")).isTrue();
        assertThat(PageChrome.isCallToAction("Have a tip? Amy may be reached at amy@example.com.")).isTrue();
        assertThat(PageChrome.isCallToAction("Protesters urged supporters to follow them to the square.")).isFalse();
    }

    @Test
    void recognizesSlideshowAndReadingTimeLines() {
        assertThat(PageChrome.isWidgetLine("Image 2 of 5")).isTrue();
        assertThat(PageChrome.isWidgetLine("Advert")).isTrue();
        assertThat(PageChrome.isWidgetLine("4 min read")).isTrue();
    }
}
