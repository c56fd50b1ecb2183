package org.vigil.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigil.nlp.DateMention.Kind;

class DateResolverTest {

    private static final LocalDate WEDNESDAY_27_MARCH_2024 = LocalDate.of(2024, 3, 27);
    private final DateResolver resolver = new DateResolver();

    private List<String> dates(String sentence, LocalDate anchor) {
        return resolver.find(sentence, anchor).stream().map(m -> m.date().toString()).toList();
    }

    private List<String> dates(String sentence) {
        return dates(sentence, WEDNESDAY_27_MARCH_2024);
    }

    private DateMention only(String sentence, LocalDate anchor) {
        List<DateMention> found = resolver.find(sentence, anchor);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void resolvesFullDatesInEitherOrder() {
        assertThat(dates("The attack on 22 March 2024 shocked Moscow.")).containsExactly("2024-03-22");
        assertThat(dates("The attack on March 22, 2024 shocked Moscow.")).containsExactly("2024-03-22");
        assertThat(dates("It happened on 22nd March 2024.")).containsExactly("2024-03-22");
        assertThat(only("It happened on 22 March 2024.", WEDNESDAY_27_MARCH_2024).kind()).isEqualTo(Kind.ABSOLUTE);
    }

    @Test
    void spansTheWholeDateRelativeToTheSentence() {
        String sentence = "The assault on the Crocus City Hall in Moscow on Friday, 22nd March, that killed 139 people.";
        DateMention mention = only(sentence, WEDNESDAY_27_MARCH_2024);
        assertThat(mention.span().of(sentence)).isEqualTo("Friday, 22nd March");
        assertThat(mention.date().toString()).isEqualTo("2024-03-22");
        assertThat(mention.kind()).isEqualTo(Kind.ANCHORED);
    }

    @Test
    void placesADayWithoutYearInTheMostRecentYearNotAfterTheAnchor() {
        assertThat(dates("The warning on 7th March talked of imminent plans.")).containsExactly("2024-03-07");
        assertThat(dates("The flat was raided on 30 December.")).containsExactly("2023-12-30");
        assertThat(dates("Filed late: the vote is on 28 March.")).containsExactly("2024-03-28");
    }

    @Test
    void takesTheFirstDayOfADayRange() {
        assertThat(dates("The raids took place on 18 or 19 November.", LocalDate.of(2015, 11, 25))).containsExactly("2015-11-18");
        assertThat(dates("The siege lasted from 12 to 14 March.")).containsExactly("2024-03-12");
    }

    @Test
    void readsUpperCaseWireDatelinesWithTwoDigitYears() {
        String dateline = "   SAN SALVADOR, 3 JAN 90 -- [REPORT] [ARMED FORCES PRESS COMMITTEE]";
        DateMention mention = only(dateline, LocalDate.of(1990, 1, 3));
        assertThat(mention.span().of(dateline)).isEqualTo("3 JAN 90");
        assertThat(mention.date().toString()).isEqualTo("1990-01-03");
        assertThat(dates("THE MASS KIDNAPPING TOOK PLACE ON 30 DECEMBER IN SAN LUIS DE LA REINA.", LocalDate.of(1990, 1, 3)))
                .containsExactly("1989-12-30");
        assertThat(dates("THE TALKS WILL RESUME ON 4 JANUARY.", LocalDate.of(1990, 1, 3))).containsExactly("1990-01-04");
    }

    @Test
    void readsIsoDatesAndOnlyUnambiguousSlashDates() {
        assertThat(dates("Published 2024-03-22 in the gazette.")).containsExactly("2024-03-22");
        assertThat(dates("The order is dated 22/03/2024.")).containsExactly("2024-03-22");
        assertThat(dates("The order is dated 12/04/2019.")).isEmpty();
    }

    @Test
    void resolvesMonthsWithAndWithoutYear() {
        assertThat(dates("In February, a Russian national was arrested in Poland.")).containsExactly("2024-02");
        assertThat(dates("The cell was first watched in May last year.")).containsExactly("2023-05");
        assertThat(dates("It was bombed in November.")).containsExactly("2023-11");
        assertThat(dates("A bombing outside Kabul Airport in August 2021 killed around 170 civilians.")).containsExactly("2021-08");
        assertThat(dates("The ceasefire collapsed in mid-March.")).containsExactly("2024-03");
        assertThat(only("In February, a Russian was arrested.", WEDNESDAY_27_MARCH_2024).kind()).isEqualTo(Kind.ANCHORED);
    }

    @Test
    void resolvesMonthsCountedFromTheAnchor() {
        assertThat(dates("He was arrested last month.")).containsExactly("2024-02");
        assertThat(dates("Police raided the flat this month.")).containsExactly("2024-03");
        assertThat(dates("An earlier raid took place earlier this month.")).containsExactly("2024-03");
        assertThat(dates("An earlier raid took place earlier in the month.")).containsExactly("2024-03");
        assertThat(dates("Three men were detained this week.")).containsExactly("2024-03");
    }

    @Test
    void resolvesYears() {
        assertThat(dates("Also, in Kabul in 2022, ISIS-K bombed the Russian Embassy.")).containsExactly("2022");
        assertThat(dates("The group has been active since 2015.")).containsExactly("2015");
        assertThat(dates("A similar plot was foiled last year.")).containsExactly("2023");
        assertThat(dates("The bombings of the 1980s were never solved.")).isEmpty();
        assertThat(dates("THE VEHICLE USED WAS A 1981 BLUE CHEVROLET.")).isEmpty();
        assertThat(dates("He was wounded in a 1995 bombing in Paris.")).containsExactly("1995");
    }

    @Test
    void resolvesThatYearToTheAnchorSoTheCallerCanReAnchorIt() {
        DateMention mention = only("Later that year, police arrested members of another cell.", LocalDate.of(2004, 3, 11));
        assertThat(mention.kind()).isEqualTo(Kind.RELATIVE);
        assertThat(mention.date().toString()).isEqualTo("2004");
    }

    @Test
    void resolvesWeekdaysToTheMostRecentOneOnOrBeforeTheAnchor() {
        assertThat(dates("Gunmen opened fire on Friday.")).containsExactly("2024-03-22");
        assertThat(dates("Gunmen opened fire on Saturday evening.")).containsExactly("2024-03-23");
        assertThat(dates("The blast came late on Sunday.")).containsExactly("2024-03-24");
        assertThat(dates("The blast came in the early hours of Sunday.")).containsExactly("2024-03-24");
        assertThat(dates("Monday's attack killed four.")).containsExactly("2024-03-25");
        assertThat(dates("Police said on Wednesday that four men were held.")).containsExactly("2024-03-27");
        assertThat(dates("The mosque was attacked last Wednesday.")).containsExactly("2024-03-20");
        assertThat(dates("The mosque was attacked last Tuesday.")).containsExactly("2024-03-26");
        assertThat(only("Gunmen opened fire on Friday.", WEDNESDAY_27_MARCH_2024).kind()).isEqualTo(Kind.ANCHORED);
    }

    @Test
    void resolvesYesterdayAgainstPublicationDate() {
        DateMention mention = only("Three subversives were killed yesterday.", WEDNESDAY_27_MARCH_2024);
        assertThat(mention.date().toString()).isEqualTo("2024-03-26");
        assertThat(mention.kind()).isEqualTo(Kind.RELATIVE);
        assertThat(dates("THREE SUBVERSIVES WERE KILLED DURING CLASHES YESTERDAY.")).containsExactly("2024-03-26");
    }

    @Test
    void resolvesDaysCountedFromTheAnchor() {
        assertThat(dates("Police raided the building today.")).containsExactly("2024-03-27");
        assertThat(dates("The curfew starts tonight.")).containsExactly("2024-03-27");
        assertThat(dates("Shots were heard last night.")).containsExactly("2024-03-26");
        assertThat(dates("A bomb exploded this morning.")).containsExactly("2024-03-27");
        assertThat(dates("Overnight, rebels burned two buses.")).containsExactly("2024-03-27");
        assertThat(dates("A week ago today, gunmen stormed the hall.")).containsExactly("2024-03-20");
        assertThat(dates("The leader was shot two days ago.")).containsExactly("2024-03-25");
        assertThat(dates("The leader was shot three weeks ago.")).containsExactly("2024-03-06");
        assertThat(dates("Twenty years ago today, ten bombs tore through four trains.")).containsExactly("2004-03-27");
    }

    @Test
    void findsNoDateInDaysBeforeOrAfter() {
        assertThat(dates("Days before the attack, the FSB foiled a plot.")).isEmpty();
        assertThat(dates("He was arrested days after the bombing.")).isEmpty();
    }

    @Test
    void returnsBothEndsOfAYearRangeMarkedAsRange() {
        List<DateMention> found = resolver.find("Attacks rose between 2016 and 2019.", WEDNESDAY_27_MARCH_2024);
        assertThat(found).extracting(m -> m.date().toString()).containsExactly("2016", "2019");
        assertThat(found).extracting(DateMention::kind).containsOnly(Kind.RANGE);
        assertThat(dates("He led the group from 2010 to 2014.")).containsExactly("2010", "2014");
    }

    @Test
    void findsNoDateInCountsTimesAndDurations() {
        assertThat(dates("The group operates in the 34 provinces of the country.")).isEmpty();
        assertThat(dates("The first blast came at about 9.20 p.m. outside the stadium.", LocalDate.of(2015, 11, 14))).isEmpty();
        assertThat(dates("He was held for 48 hours and jailed for six years.")).isEmpty();
        assertThat(dates("Police patrol the station 24/7.")).isEmpty();
        assertThat(dates("The assault killed 139 and left 2,000 cartridges behind.")).isEmpty();
        assertThat(dates("Under Law 18314 the suspects face ten years.")).isEmpty();
        assertThat(dates("THE ATTACK BEGAN AT 0315.")).isEmpty();
        assertThat(dates("Soldiers may march on the capital.")).isEmpty();
        assertThat(dates("THIS MAY BE THE WORK OF THE FMLN.")).isEmpty();
    }

    @Test
    void returnsNothingForEmptyInput() {
        assertThat(resolver.find("", WEDNESDAY_27_MARCH_2024)).isEmpty();
        assertThat(resolver.find("   ", WEDNESDAY_27_MARCH_2024)).isEmpty();
    }

    @Test
    void survivesGarbageWithSpansInsideTheSentence() {
        Random random = new Random(42);
        String alphabet = "0123456789 /-.,:'aAdMyJFSONDmarchMayTuesday ago yesterday last year 1990 20";
        for (int i = 0; i < 2_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(80); k > 0; k--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String sentence = text.toString();
            for (DateMention mention : resolver.find(sentence, WEDNESDAY_27_MARCH_2024)) {
                assertThat(mention.span().end()).isLessThanOrEqualTo(sentence.length());
            }
        }
    }

    @Test
    void rejectsAMissingAnchor() {
        assertThatThrownBy(() -> resolver.find("on Friday", null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("DateResolver needs an anchor date to resolve 'on Friday' against, got null");
    }
}
