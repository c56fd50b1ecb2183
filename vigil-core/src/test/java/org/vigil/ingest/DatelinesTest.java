package org.vigil.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatelinesTest {

    @Test
    void recognizesPublicationLinesWithKeyword() {
        assertThat(Datelines.isDateline("Updated 5:27 am CST, Wednesday, November 20, 2019")).isTrue();
        assertThat(Datelines.isDateline("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019")).isTrue();
        assertThat(Datelines.isDateline("Posted: Fri 6:45 PM, Feb 16, 2018 |")).isTrue();
    }

    @Test
    void recognizesLinesMadeOnlyOfDateAndTime() {
        assertThat(Datelines.isDateline("November 18, 2019 | 4:10pm")).isTrue();
        assertThat(Datelines.isDateline("18 Nov 2019, 19:09")).isTrue();
        assertThat(Datelines.isDateline("segunda-feira, 22 de janeiro de 2018 às 0:13")).isTrue();
    }

    @Test
    void keepsSentencesAndAttributionsThatMentionDates() {
        assertThat(Datelines.isDateline("The show opens to the public on Friday, November 22, 2019.")).isFalse();
        assertThat(Datelines.isDateline("— 9to5Mac.com (@9to5mac) November 4, 2019")).isFalse();
        assertThat(Datelines.isDateline("Revenues from the tariffs have totaled about $63 billion through June 30, 2019.")).isFalse();
    }

    @Test
    void needsADateOrTime() {
        assertThat(Datelines.isDateline("Updated")).isFalse();
        assertThat(Datelines.isDateline("")).isFalse();
    }
}
