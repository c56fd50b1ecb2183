package org.vigil.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenCounterTest {

    private final TokenCounter counter = new TokenCounter();

    @Test
    void countsWordsAndEachPunctuationMark() {
        assertThat(counter.count("Gunmen stormed the hall, killing 139.")).isEqualTo(8);
    }

    @Test
    void keepsHyphenatedNamesAndNumbersWithSeparatorsWhole() {
        assertThat(counter.count("al-Qaeda claimed 1,050 of them; don't")).isEqualTo(7);
    }

    @Test
    void countsNothingInBlankText() {
        assertThat(counter.count(" \n\t")).isZero();
    }

    @Test
    void countsGarbageCharacterByCharacter() {
        assertThat(counter.count("@@ ##")).isEqualTo(4);
    }
}
