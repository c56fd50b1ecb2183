package org.vigil.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> texts(String text) {
        return splitter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void splitsAfterFullStopFollowedByCapital() {
        assertThat(texts("A bomb exploded. Nine people died."))
                .containsExactly("A bomb exploded.", "Nine people died.");
    }

    @Test
    void keepsTitleAbbreviationInsideSentence() {
        assertThat(texts("Dr. Smith said Gen. Ali was shot. Police came."))
                .containsExactly("Dr. Smith said Gen. Ali was shot.", "Police came.");
    }

    @Test
    void keepsTimesAndDecimalsInsideSentence() {
        assertThat(texts("The first blast came at about 9.20 p.m. on Friday outside the stadium. Then gunmen fired."))
                .containsExactly("The first blast came at about 9.20 p.m. on Friday outside the stadium.", "Then gunmen fired.");
    }

    @Test
    void endsSentenceAtBlankLineEvenWithoutPunctuation() {
        assertThat(texts("A renewed threat to the West\n\nSuch attacks are a reminder."))
                .containsExactly("A renewed threat to the West", "Such attacks are a reminder.");
    }

    @Test
    void joinsWrappedLinesOfWireCopy() {
        List<Sentence> sentences = splitter.split("THE BOMB EXPLODED IN\nSAN SALVADOR.  TWO DIED.");
        assertThat(sentences).extracting(Sentence::text).containsExactly("THE BOMB EXPLODED IN SAN SALVADOR.", "TWO DIED.");
        assertThat(sentences.get(0).span()).isEqualTo(new Span(0, 34));
    }

    @Test
    void keepsClosingQuoteWithItsSentence() {
        assertThat(texts("He called it \u201cabsurd.\u201d Kyiv denied it."))
                .containsExactly("He called it \u201cabsurd.\u201d", "Kyiv denied it.");
    }

    @Test
    void keepsInitialsInsideSentence() {
        assertThat(texts("President John F. Kennedy was shot in Dallas.")).hasSize(1);
    }

    @Test
    void spansPointBackIntoTheText() {
        String text = "  One.  Two!\n\nThree?";
        for (Sentence s : splitter.split(text)) {
            assertThat(s.span().of(text)).isEqualTo(s.text());
        }
        assertThat(texts(text)).containsExactly("One.", "Two!", "Three?");
    }

    @Test
    void givesNothingForBlankText() {
        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split(" \n\n \t")).isEmpty();
    }

    @Test
    void survivesGarbage() {
        String garbage = "..!?\u0000\"\u201d)(.. . ?\n\n.";
        for (Sentence s : splitter.split(garbage)) {
            assertThat(s.span().of(garbage)).isEqualTo(s.text());
        }
    }
}
