package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FullTextQueryTest {
    @Test
    void quotesEveryWordAndLetsTheLastOneBeAPrefix() {
        assertThat(FullTextQuery.of("suicide bomb")).contains("\"suicide\" \"bomb\"*");
    }

    @Test
    void dropsSearchOperatorsAndPunctuation() {
        assertThat(FullTextQuery.of("\"ISIS-K\" OR (NEAR")).contains("\"ISIS\" \"K\" \"OR\" \"NEAR\"*");
    }

    @Test
    void keepsLettersOfOtherScripts() {
        assertThat(FullTextQuery.of("Крокус")).contains("\"Крокус\"*");
    }

    @Test
    void isEmptyForTextWithoutWords() {
        assertThat(FullTextQuery.of("")).isEmpty();
        assertThat(FullTextQuery.of(" ?! ")).isEmpty();
    }
}
