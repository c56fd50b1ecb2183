package org.vigil.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GroupCountriesTest {
    @Test
    void namesEachGroupByItsCanonicalNameInTheBundledAliasTables() {
        ActorRegistry actors = ActorRegistry.load();
        assertThat(GroupCountries.table()).isNotEmpty();
        GroupCountries.table().keySet().forEach(group ->
                assertThat(actors.canonical(group)).as(group).hasValue(group));
    }

    @Test
    void givesAHomeCountryOnlyToGroupsActiveInOne() {
        assertThat(GroupCountries.of("Revolutionary Armed Forces of Colombia")).hasValue("CO");
        assertThat(GroupCountries.of("Islamic State")).isEmpty();
        assertThat(GroupCountries.of("no such group")).isEmpty();
    }
}
