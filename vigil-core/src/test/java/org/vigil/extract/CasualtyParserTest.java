package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.vigil.nlp.NumberParser;

class CasualtyParserTest {
    private final CasualtyParser parser = new CasualtyParser(new NumberParser());

    @Test
    void aTollRevisedToAFigureCountsThatFigureNotTheBuildingsHit() {
        Casualties c = parser.parse("The ministry revised the death toll from the bombings of three churches and three hotels down sharply, "
                + "to about 253, saying the earlier figure had been inflated.");

        assertThat(c.killed()).isEqualTo(OptionalInt.of(253));
    }

    @Test
    void theDoersTheirWeaponsNamesAndAgesAreNoVictims() {
        assertThat(parser.parse("The judge and her driver were killed in Medellin today by a group of 10 paid assassins in two cars.").killed())
                .isNotEqualTo(OptionalInt.of(10));
        assertThat(parser.parse("Six priests were killed in San Salvador by a group of 30 to 40 men wearing uniforms.").killed())
                .isEqualTo(OptionalInt.of(6));
        assertThat(parser.parse("The reporter was killed by two bullets fired from a pistol.").killed()).isEmpty();
        assertThat(parser.parse("Two missionaries -- aged 19 and 21 -- were shot to death last night.").killed()).isEqualTo(OptionalInt.of(2));
        assertThat(parser.parse("Rescuers recovered 107 bodies of the victims of the Boeing 727 that exploded.").killed())
                .isEqualTo(OptionalInt.of(107));
    }

    @Test
    void aVictimNamedApartFromTheFigureIsOneMore() {
        assertThat(parser.parse("Five policemen and a civilian were killed, and at least 24 soldiers injured.").killed()).isEqualTo(OptionalInt.of(6));
        assertThat(parser.parse("Judge Maria Diaz and two of her bodyguards were assassinated in Medellin today.").killed())
                .isEqualTo(OptionalInt.of(3));
        assertThat(parser.parse("The minister was assassinated in an attack in which two members of his escort were also killed.").killed())
                .isEqualTo(OptionalInt.of(3));
        assertThat(parser.parse("Two members of the escort were killed in the attack.").killed()).isEqualTo(OptionalInt.of(2));
    }

    @Test
    void aCueWordInsideANameCountsNoVictims() {
        Casualties c = parser.parse("About 1,500 people had come to see the American rock band Eagles of Death Metal.");

        assertThat(c.killed()).isEmpty();
    }

    @Test
    void countsTwoVictimsNamedAndJoinedButNotTwoGroups() {
        assertThat(parser.parse("Mayoral candidate Fabio Roa and his brother-in-law Norberto Saavedra were shot to death in a busy street.").killed())
                .isEqualTo(OptionalInt.of(2));
        assertThat(parser.parse("Soldiers and their commanders were killed in the raid.").killed()).isEmpty();
    }

    @Test
    void readsAFigureAcrossARelativeClauseAndNoAgeAsAFigure() {
        assertThat(parser.parse("Two U.S. citizens, who belonged to a religious organization that ran a school, were murdered by a group.").killed())
                .isEqualTo(OptionalInt.of(2));
        Casualties c = parser.parse("The bomb killed Maria Pulido, 42; Pilar Pulido, 19; and a police official.");
        assertThat(c.killed()).isNotEqualTo(OptionalInt.of(42)).isNotEqualTo(OptionalInt.of(19));
        assertThat(parser.parse("A peasant woman died when a bomb exploded in her kitchen.").oneKilled()).isTrue();
    }

    @Test
    void countsVictimsListedOneByOneWithSemicolons() {
        assertThat(parser.parse("Injured by the shock wave were: a taxi driver; Elmer Machado, a young beggar; and Raul Castano, a baker.").injured())
                .isEqualTo(OptionalInt.of(3));
        assertThat(parser.parse("The dead were Maria Pulido, 42; Pilar Pulido, 19; and a police official.").killed())
                .isEqualTo(OptionalInt.of(3));
        assertThat(parser.parse("The injured were taken to the hospital.").injured()).isEmpty();
    }

    @Test
    void readsKilledAfterTheVerb() {
        Casualties c = parser.parse("The blast killed 12 people and wounded 30 others.");
        assertThat(c.killed()).isEqualTo(OptionalInt.of(12));
        assertThat(c.injured()).isEqualTo(OptionalInt.of(30));
    }

    @Test
    void readsFiguresBeforeAPassiveVerbAndInWords() {
        Casualties c = parser.parse("Thirty-nine people were killed and at least 100 were injured.");
        assertThat(c.killed()).isEqualTo(OptionalInt.of(39));
        assertThat(c.injured()).isEqualTo(OptionalInt.of(100));
    }

    @Test
    void sumsFiguresSplitAcrossGroups() {
        assertThat(parser.parse("The bombing killed around 170 civilians and 13 soldiers.").killed()).isEqualTo(OptionalInt.of(183));
        assertThat(parser.parse("Officials said 61 civilians and six police officers had been killed.").killed()).isEqualTo(OptionalInt.of(67));
    }

    @Test
    void doesNotCountAttackersOrSubsets() {
        Casualties c = parser.parse("Prosecutors said 352 people had been wounded, 99 of them critically, and seven attackers died.");
        assertThat(c.injured()).isEqualTo(OptionalInt.of(352));
        assertThat(c.killed()).isEmpty();
    }

    @Test
    void doesNotTakeAnAgeForAToll() {
        assertThat(parser.parse("Police named the bomber as Salman Abedi, 22, who died at the scene.").killed()).isEmpty();
    }

    @Test
    void keepsVagueFiguresAsNoNumber() {
        Casualties c = parser.parse("The assault killed 139 people and injured scores more.");
        assertThat(c.killed()).isEqualTo(OptionalInt.of(139));
        assertThat(c.injured()).isEmpty();
        assertThat(c.injuredVague()).isTrue();
    }

    @Test
    void readsATollNamedFurtherOn() {
        assertThat(parser.parse("Authorities revised the toll from Monday's mosque bombing in Peshawar to 84.").killed())
                .isEqualTo(OptionalInt.of(84));
    }

    @Test
    void countsOneNamedVictimWithoutANumber() {
        Casualties c = parser.parse("The mayor was murdered outside his home.");
        assertThat(c.killed()).isEmpty();
        assertThat(c.oneKilled()).isTrue();
    }

    @Test
    void readsNoOneHurtAsZero() {
        assertThat(parser.parse("The device exploded at night and no one was hurt.").injured()).isEqualTo(OptionalInt.of(0));
    }

    @Test
    void givesNothingForEmptyOrGarbageText() {
        assertThat(parser.parse("")).isEqualTo(Casualties.NONE);
        assertThat(parser.parse("killed killed 12 12 ,,, wounded").isEmpty()).isFalse();
        assertThat(parser.parse("\u0000\u00ff%% 3,,,,4").isEmpty()).isTrue();
    }
}
