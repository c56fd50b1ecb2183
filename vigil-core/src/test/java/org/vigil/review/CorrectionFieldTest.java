package org.vigil.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CorrectionFieldTest {
    @Test
    void normalizesFiguresDatesCountriesAndVerdicts() {
        assertThat(CorrectionField.KILLED.normalize(" 0145 ")).contains("145");
        assertThat(CorrectionField.KILLED.normalize("none")).isEmpty();
        assertThat(CorrectionField.DATE.normalize("2024-03")).contains("2024-03");
        assertThat(CorrectionField.COUNTRY.normalize("ru")).contains("RU");
        assertThat(CorrectionField.CLAIMED.normalize("Yes")).contains("true");
        assertThat(CorrectionField.NOT_INCIDENT.normalize("yes")).contains("true");
        assertThat(CorrectionField.TYPE.normalize("Bombing")).contains("bombing");
    }

    @Test
    void rejectsAFigureThatIsNotAWholeNumber() {
        assertThatThrownBy(() -> CorrectionField.KILLED.normalize("about 40"))
                .isInstanceOf(Refusal.BadInput.class)
                .hasMessage("A correction of 'killed' must be a whole number from 0 to 1000000, or 'none'; got 'about 40'");
    }

    @Test
    void rejectsADateThatIsNotADate() {
        assertThatThrownBy(() -> CorrectionField.DATE.normalize("last Friday"))
                .hasMessage("A correction of 'date' must be a date like 2024-03-22, 2024-03 or 2024, or 'none'; got 'last Friday'");
    }

    @Test
    void rejectsAnUnknownType() {
        assertThatThrownBy(() -> CorrectionField.TYPE.normalize("riot")).hasMessageStartingWith("A correction of 'type' must be one of bombing, ");
    }

    @Test
    void findsFieldsByCode() {
        assertThat(CorrectionField.fromCode("not_incident")).contains(CorrectionField.NOT_INCIDENT);
        assertThat(CorrectionField.fromCode("victims")).isEqualTo(Optional.empty());
    }
}
