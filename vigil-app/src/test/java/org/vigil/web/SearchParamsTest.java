package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.vigil.extract.IncidentType;
import org.vigil.store.IncidentSearch;
import org.vigil.store.IncidentSort;

class SearchParamsTest {
    static final Names NAMES = new Names(TestSite.components().gazetteer(), TestSite.components().actors());

    static SearchParams params(String... pairs) {
        Map<String, List<String>> query = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) query.put(pairs[i], List.of(pairs[i + 1]));
        return SearchParams.of(query);
    }

    @Test
    void readsEveryFilterOrderAndPage() {
        IncidentSearch s = params("type", "Bombing", "group", "ISIS-K", "country", "Russia", "since", "2024-03-01", "until", "2024-03-31",
                "q", " crocus ", "sort", "killed", "dir", "asc", "page", "3", "size", "20").search(NAMES);

        assertThat(s.query().type()).contains(IncidentType.BOMBING);
        assertThat(s.query().perpetrator()).contains("Islamic State Khorasan Province");
        assertThat(s.query().country()).contains("RU");
        assertThat(s.query().since()).contains(LocalDate.of(2024, 3, 1));
        assertThat(s.text()).contains("crocus");
        assertThat(s.sort()).isEqualTo(IncidentSort.KILLED);
        assertThat(s.descending()).isFalse();
        assertThat(s.query().limit()).isEqualTo(20);
        assertThat(s.query().offset()).isEqualTo(40);
    }

    @Test
    void defaultsToNewestFirstFiftyAPage() {
        IncidentSearch s = params().search(NAMES);

        assertThat(s.sort()).isEqualTo(IncidentSort.DATE);
        assertThat(s.descending()).isTrue();
        assertThat(s.query().limit()).isEqualTo(50);
        assertThat(s.query().offset()).isZero();
    }

    @Test
    void treatsBlankValuesAsAbsentAndIgnoresUnknownParameters() {
        SearchParams p = params("type", "", "country", "  ", "utm_source", "x");

        assertThat(p.values()).isEmpty();
        assertThat(p.queryString()).isEmpty();
    }

    @Test
    void keepsAGroupTheRegistryDoesNotKnowAsTyped() {
        assertThat(params("group", "Some New Front").search(NAMES).query().perpetrator()).contains("Some New Front");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> params("since", "2024-05-02", "until", "2024-05-01", "sort", "loudness", "dir", "up", "size", "9999")
                .search(NAMES))
                .isInstanceOf(InvalidQuery.class)
                .extracting(e -> ((InvalidQuery) e).problems()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .containsExactly(
                        "Query parameter 'since' (2024-05-02) must not be after 'until' (2024-05-01)",
                        "Query parameter 'sort' must be one of date, killed, injured, type, country, group, place; got 'loudness'",
                        "Query parameter 'dir' must be asc or desc; got 'up'",
                        "Query parameter 'size' must be a whole number from 1 to 500; got '9999'");
    }

    @Test
    void writesItselfBackAsAnEncodedQueryString() {
        SearchParams p = params("group", "Islamic State", "q", "a&b");

        assertThat(p.queryString()).isEqualTo("?q=a%26b&group=Islamic%20State");
        assertThat(p.with("page", "2").without("q").queryString()).isEqualTo("?group=Islamic%20State&page=2");
        assertThat(p.with("sort", "killed").filters().queryString()).isEqualTo("?q=a%26b&group=Islamic%20State");
    }
}
