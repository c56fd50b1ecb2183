package org.vigil.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigil.nlp.NumberMention.Qualifier;

class NumberParserTest {

    private final NumberParser parser = new NumberParser();

    private List<Integer> values(String sentence) {
        return parser.find(sentence).stream().filter(m -> m.value().isPresent()).map(m -> m.value().getAsInt()).toList();
    }

    @Test
    void readsDigitsWithThousandsSeparators() {
        assertThat(values("The assault killed 139 people and about 1,500 fled.")).containsExactly(139, 1500);
    }

    @Test
    void readsNumberWords() {
        assertThat(NumberParser.parseNumber("one")).hasValue(1);
        assertThat(NumberParser.parseNumber("ninety-nine")).hasValue(99);
        assertThat(NumberParser.parseNumber("a hundred and thirty")).hasValue(130);
        assertThat(NumberParser.parseNumber("two hundred")).hasValue(200);
        assertThat(NumberParser.parseNumber("a dozen")).hasValue(12);
        assertThat(NumberParser.parseNumber("two dozen")).hasValue(24);
        assertThat(NumberParser.parseNumber("a thousand")).hasValue(1000);
        assertThat(NumberParser.parseNumber("Twenty-One")).hasValue(21);
        assertThat(NumberParser.parseNumber("1,500")).hasValue(1500);
    }

    @Test
    void parsesNothingButAWholeNumberPhrase() {
        assertThat(NumberParser.parseNumber("")).isEmpty();
        assertThat(NumberParser.parseNumber("three men")).isEmpty();
        assertThat(NumberParser.parseNumber("dozens")).isEmpty();
        assertThat(NumberParser.parseNumber("a")).isEmpty();
    }

    @Test
    void readsUpperCaseWireText() {
        assertThat(values("THREE SUBVERSIVES WERE KILLED AND SEVEN OTHERS WERE WOUNDED.")).containsExactly(3, 7);
        assertThat(values("FIFTY PEASANTS WERE KIDNAPPED.")).containsExactly(50);
        assertThat(values("THIRTYTHREE SOVIET SEAMEN HAVE BEEN INJURED.")).containsExactly(33);
        assertThat(NumberParser.parseNumber("thirtyish")).isEmpty();
        assertThat(values("The Boeing 727 exploded over license plate 76231.")).isEmpty();
    }

    @Test
    void spansTheQualifierAndTheNumber() {
        String sentence = "The blast killed at least six people.";
        NumberMention mention = parser.find(sentence).get(0);
        assertThat(mention.span().of(sentence)).isEqualTo("at least six");
        assertThat(mention.value()).hasValue(6);
        assertThat(mention.qualifier()).isEqualTo(Qualifier.AT_LEAST);
    }

    @Test
    void marksLowerBounds() {
        for (String sentence : List.of("more than 100 died", "over 40 died", "upwards of 40 died", "at least 40 died", "40+ died")) {
            assertThat(parser.find(sentence)).as(sentence).singleElement()
                    .satisfies(m -> assertThat(m.qualifier()).isEqualTo(Qualifier.AT_LEAST));
        }
    }

    @Test
    void marksApproximations() {
        for (String sentence : List.of("about 40 died", "around 40 died", "nearly 40 died", "almost 40 died", "some 40 died",
                "roughly 40 died", "approximately 40 died", "an estimated 40 died", "ABOUT 50 PEASANTS")) {
            assertThat(parser.find(sentence)).as(sentence).singleElement()
                    .satisfies(m -> assertThat(m.qualifier()).isEqualTo(Qualifier.ABOUT));
        }
    }

    @Test
    void marksVagueCountsWithoutValue() {
        for (String sentence : List.of("dozens were hurt", "scores more were injured", "hundreds fled", "several died",
                "many were wounded", "a number of people were held")) {
            assertThat(parser.find(sentence)).as(sentence).singleElement().satisfies(m -> {
                assertThat(m.qualifier()).isEqualTo(Qualifier.VAGUE);
                assertThat(m.value()).isEqualTo(OptionalInt.empty());
            });
        }
    }

    @Test
    void countsNoOneAsZero() {
        assertThat(values("No one was hurt in the blast.")).containsExactly(0);
        assertThat(values("THE ATTACK RESULTED IN NO CASUALTIES.")).containsExactly(0);
    }

    @Test
    void skipsOrdinalsYearsAndDates() {
        assertThat(values("Gunmen targeted bars in the 10th and 11th arrondissements.")).isEmpty();
        assertThat(values("A third bomb was defused.")).isEmpty();
        assertThat(values("The group has attacked since 2004 and again in 2022.")).isEmpty();
        assertThat(values("The attack on 22 March killed 139.")).containsExactly(139);
        assertThat(values("THE 3D INFANTRY BRIGADE REPORTED IT.")).isEmpty();
    }

    @Test
    void skipsTimesMoneyPercentagesAndAges() {
        assertThat(values("The first blast came at about 9.20 p.m. on Friday.")).isEmpty();
        assertThat(values("THE ATTACK BEGAN AT 0315 HOURS.")).isEmpty();
        assertThat(values("They demanded $5 million and 40% of the harvest.")).isEmpty();
        assertThat(values("A ransom of 50,000 dollars was paid.")).isEmpty();
        assertThat(values("The attacker was a 28-year-old man aged 28.")).isEmpty();
        assertThat(values("JOSE OSCAR MARIN, 32, WAS KILLED.")).isEmpty();
    }

    @Test
    void skipsLabelsAndDurations() {
        assertThat(values("MILITARY DETACHMENT NO.4 REPORTED A CLASH.")).isEmpty();
        assertThat(values("He was charged under Law 18314.")).isEmpty();
        assertThat(values("An M-16 rifle was seized.")).isEmpty();
        assertThat(values("He was held for 48 hours and jailed for six years.")).isEmpty();
        assertThat(values("One of the gunmen escaped.")).isEmpty();
        assertThat(values("Police patrol 24/7.")).isEmpty();
    }

    @Test
    void givesBothEndsOfARange() {
        assertThat(values("Between 40 and 60 people were killed.")).containsExactly(40, 60);
        assertThat(values("40 to 60 people were killed.")).containsExactly(40, 60);
    }

    @Test
    void returnsNothingForEmptyInput() {
        assertThat(parser.find("")).isEmpty();
        assertThat(parser.find(" \n ")).isEmpty();
    }

    @Test
    void survivesGarbageWithSpansInsideTheSentence() {
        Random random = new Random(7);
        String alphabet = "0123456789 ,.+-/%$ a one hundred and dozen at least about dozens No. year-old";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(80); k > 0; k--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String sentence = text.toString();
            for (NumberMention mention : parser.find(sentence)) {
                assertThat(mention.span().end()).isLessThanOrEqualTo(sentence.length());
            }
        }
    }
}
