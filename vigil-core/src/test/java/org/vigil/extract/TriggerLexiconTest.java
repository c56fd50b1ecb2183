package org.vigil.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TriggerLexiconTest {
    private final TriggerLexicon lexicon = new TriggerLexicon();

    private List<Optional<IncidentType>> types(String sentence) {
        return lexicon.find(sentence).stream().map(Trigger::type).toList();
    }

    @Test
    void findsSpecificAttackWords() {
        assertThat(types("A car bomb exploded outside the embassy."))
                .containsExactly(Optional.of(IncidentType.BOMBING), Optional.of(IncidentType.BOMBING));
        assertThat(types("Gunmen opened fire on the crowd.")).containsOnly(Optional.of(IncidentType.ARMED_ASSAULT));
        assertThat(types("A man drove a truck into the crowd.")).containsExactly(Optional.of(IncidentType.VEHICLE_RAMMING));
    }

    @Test
    void prefersTheLongerOfOverlappingTriggers() {
        List<Trigger> found = lexicon.find("A suicide bomber struck.");
        assertThat(found.get(0).surface()).isEqualTo("suicide bomber");
    }

    @Test
    void leavesGenericAttackWithoutType() {
        List<Trigger> found = lexicon.find("The attack shocked the city.");
        assertThat(found).singleElement().satisfies(t -> {
            assertThat(t.generic()).isTrue();
            assertThat(t.family()).isEqualTo(IncidentType.Family.ATTACK);
        });
    }

    @Test
    void readsUpperCaseWireCopy() {
        assertThat(types("THE TERRORISTS KIDNAPPED 50 PEASANTS.")).containsExactly(Optional.of(IncidentType.KIDNAPPING));
    }

    @Test
    void findsSecurityEvents() {
        assertThat(types("Police arrested two men."))
                .containsExactly(Optional.of(IncidentType.ARREST));
        assertThat(types("The FSB foiled a plot.")).contains(Optional.of(IncidentType.PLOT_FOILED));
        assertThat(types("The embassy issued a travel alert.")).contains(Optional.of(IncidentType.WARNING));
    }

    @Test
    void doesNotMatchInsideOtherWords() {
        assertThat(lexicon.find("The bombastic speaker attacked nobody's arrestment.")).extracting(Trigger::surface)
                .containsExactly("attacked");
    }

    @Test
    void givesNothingForEmptyOrGarbageText() {
        assertThat(lexicon.find("")).isEmpty();
        assertThat(lexicon.find("\u0000\u00ff%%%((")).isEmpty();
    }
}
