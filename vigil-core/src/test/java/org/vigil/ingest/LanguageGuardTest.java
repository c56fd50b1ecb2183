package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageGuardTest {

    static LanguageGuard guard;
    static long loadMillis;

    @BeforeAll
    static void loadModelOnce() {
        long start = System.nanoTime();
        guard = new LanguageGuard();
        loadMillis = (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void loadsModelInAboutHalfASecond() {
        assertThat(loadMillis).isLessThan(10_000);
    }

    @Test
    void passesEnglishNews() {
        assertThat(guard.problem("Police said two men were arrested on Tuesday after an explosion damaged a bus station in the "
                + "northern city. No one was hurt in the blast, which happened shortly before dawn.")).isEmpty();
    }

    @Test
    void passesUpperCaseWireCopy() {
        assertThat(guard.problem("SAN SALVADOR, 12 JAN 90 -- [TEXT] URBAN GUERRILLAS TODAY ATTACKED A POLICE POST IN THE CAPITAL "
                + "WITH RIFLES AND GRENADES, KILLING TWO AGENTS AND WOUNDING THREE CIVILIANS.")).isEmpty();
    }

    @Test
    void passesShortEnglishDescriptions() {
        assertThat(guard.problem("Bomb explodes in Karachi market, killing 12.")).isEmpty();
        assertThat(guard.problem("1993: Bombay bombings kill 257.")).isEmpty();
        assertThat(guard.problem("2013 Nanga Parbat massacre")).isEmpty();
        assertThat(guard.problem("A bomb in a bicycle cart injures 13 in Medellín.")).isEmpty();
    }

    @Test
    void rejectsGermanWithNameAndCode() {
        assertThat(guard.problem("Bei einem Anschlag in Berlin wurden zwei Menschen verletzt."))
                .contains("the text is in German (deu), not English; Vigil reads English only");
    }

    @Test
    void rejectsUpperCaseSpanishWireCopy() {
        assertThat(guard.problem("EL ATENTADO DEJO CINCO MUERTOS Y VARIOS HERIDOS EN LA CIUDAD DE MEDELLIN, SEGUN INFORMO LA POLICIA NACIONAL."))
                .contains("the text is in Spanish (spa), not English; Vigil reads English only");
    }

    @Test
    void rejectsFrenchAndRussian() {
        assertThat(guard.problem("Au moins 60 personnes ont été tuées vendredi soir dans une attaque contre une salle de concert près de Moscou."))
                .contains("the text is in French (fra), not English; Vigil reads English only");
        assertThat(guard.problem("По меньшей мере 60 человек погибли в результате нападения на концертный зал в Подмосковье."))
                .contains("the text is in Russian (rus), not English; Vigil reads English only");
    }

    @Test
    void passesTextWithoutLetters() {
        assertThat(guard.problem("")).isEmpty();
        assertThat(guard.problem("12 34 -- 56")).isEmpty();
    }
}
