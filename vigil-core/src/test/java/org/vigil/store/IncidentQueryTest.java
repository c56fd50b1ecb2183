package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigil.extract.IncidentType;

class IncidentQueryTest {

    @Test
    void allHasNoFilterAndNoLimit() {
        IncidentQuery all = IncidentQuery.all();

        assertThat(all.type()).isEmpty();
        assertThat(all.country()).isEmpty();
        assertThat(all.perpetrator()).isEmpty();
        assertThat(all.since()).isEmpty();
        assertThat(all.until()).isEmpty();
        assertThat(all.limit()).isEqualTo(IncidentQuery.NO_LIMIT);
        assertThat(all.offset()).isZero();
    }

    @Test
    void withersChangeOnlyTheirField() {
        IncidentQuery query = IncidentQuery.all().withType(IncidentType.BOMBING).withCountry("RU").withPerpetrator("Hamas")
                .withSince(LocalDate.of(2024, 1, 1)).withUntil(LocalDate.of(2024, 12, 31)).withLimit(20).withOffset(40);

        assertThat(query).isEqualTo(new IncidentQuery(Optional.of(IncidentType.BOMBING), Optional.of("RU"),
                Optional.of("Hamas"), Optional.of(LocalDate.of(2024, 1, 1)),
                Optional.of(LocalDate.of(2024, 12, 31)), 20, 40));
    }

    @Test
    void rejectsSinceAfterUntil() {
        assertThatThrownBy(() -> IncidentQuery.all().withSince(LocalDate.of(2024, 5, 2)).withUntil(LocalDate.of(2024, 5, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Query 'since' 2024-05-02 lies after 'until' 2024-05-01");
    }

    @Test
    void rejectsNegativeLimitAndOffset() {
        assertThatThrownBy(() -> IncidentQuery.all().withLimit(-1)).hasMessage("Query limit must not be negative, got -1");
        assertThatThrownBy(() -> IncidentQuery.all().withOffset(-5)).hasMessage("Query offset must not be negative, got -5");
    }
}
