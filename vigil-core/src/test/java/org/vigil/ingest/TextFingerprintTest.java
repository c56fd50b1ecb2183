package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFingerprintTest {
    private static final String WIRE = "Gunmen opened fire at the Crocus City Hall concert venue in Krasnogorsk near Moscow on Friday evening, "
            + "killing at least 40 people and wounding more than 100, Russian officials said. The attackers then set the building on fire. "
            + "Emergency services evacuated hundreds of concertgoers as the roof collapsed.";

    @Test
    void wireCopyWithASmallEditIsTheSameStory() {
        String edited = WIRE.replace("Russian officials said", "officials in Moscow said") + " (Reporting by a correspondent.)";

        assertThat(TextFingerprint.distance(TextFingerprint.of(WIRE), TextFingerprint.of(edited))).isLessThanOrEqualTo(TextFingerprint.NEAR_BITS);
        assertThat(TextFingerprint.sameStory(WIRE, edited)).isTrue();
    }

    @Test
    void anotherStoryAboutTheSameAttackIsNotTheSameStory() {
        String followUp = "The number of people killed in the attack on Crocus City Hall in Krasnogorsk rose to 115 on Saturday, "
                + "Russia's Investigative Committee said. Eleven people were detained in the Bryansk region.";

        assertThat(TextFingerprint.sameStory(WIRE, followUp)).isFalse();
    }

    @Test
    void ignoresCaseAccentsAndPunctuation() {
        assertThat(TextFingerprint.of("Café bomb, in Liège!")).isEqualTo(TextFingerprint.of("cafe BOMB in liege"));
    }

    @Test
    void emptyAndGarbageTextHaveAFingerprintButNoOverlap() {
        assertThat(TextFingerprint.of("")).hasSize(16);
        assertThat(TextFingerprint.of("\u0000\u0001 ###")).hasSize(16);
        assertThat(TextFingerprint.jaccard("", WIRE)).isZero();
    }
}
