package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.store.Samples.TEXT;
import static org.vigil.store.Samples.article;
import static org.vigil.store.Samples.bare;
import static org.vigil.store.Samples.full;
import static org.vigil.store.Samples.killed;
import static org.vigil.store.Samples.with;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.extract.IncidentMention;
import org.vigil.extract.IncidentType;
import org.vigil.ingest.Article;
import org.vigil.nlp.PartialDate;
import org.vigil.store.IncidentStats.MonthCount;
import org.vigil.store.IncidentStats.NameCount;

/** The web UI's reads through {@link SqliteIncidentStore}: search, stats, one incident, one article's mentions. */
class IncidentReadsTest {
    @TempDir
    Path dir;

    SqliteIncidentStore store;

    @BeforeEach
    void open() {
        store = SqliteIncidentStore.open(dir.resolve("vigil.db"), new Samples.SteppingClock());
        store.save(article("moscow", TEXT), List.of(full("moscow")));
        store.save(article("kabul", "A suicide bomber struck a wedding in Kabul.\n\nNine people died."),
                List.of(killed(with(bare("kabul", IncidentType.BOMBING), "AF", "Taliban"), 9)));
        store.save(article("paris", "Police arrested two men in Paris over a plot.\n\nThe plot was foiled."),
                List.of(with(bare("paris", IncidentType.ARREST), "FR", "unknown")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static IncidentSearch all() {
        return IncidentSearch.of(IncidentQuery.all());
    }

    private static List<String> articles(IncidentPage page) {
        return page.incidents().stream().map(i -> i.incident().mention().articleId()).toList();
    }

    @Test
    void findsIncidentsByAWordOfTheirArticleText() {
        IncidentPage page = store.search(all().withText("wedding"));

        assertThat(articles(page)).containsExactly("kabul");
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void findsIncidentsByTheStartOfTheLastWordTyped() {
        assertThat(articles(store.search(all().withText("concert ha")))).containsExactly("moscow");
    }

    @Test
    void treatsSearchSyntaxAsPlainWords() {
        assertThat(articles(store.search(all().withText("\"Kabul\" AND (NEAR*")))).isEmpty();
        assertThat(articles(store.search(all().withText("kabul)")))).containsExactly("kabul");
    }

    @Test
    void matchesNothingWhenTheTextHasNoWord() {
        IncidentPage page = store.search(all().withText("?!"));

        assertThat(page.incidents()).isEmpty();
        assertThat(page.total()).isZero();
    }

    @Test
    void combinesTextWithOtherFilters() {
        IncidentSearch search = all().withText("people").withQuery(IncidentQuery.all().withType(IncidentType.BOMBING));

        assertThat(articles(store.search(search))).containsExactly("kabul");
    }

    @Test
    void sortsByKilledLargestFirstWithUnknownFiguresLast() {
        IncidentPage page = store.search(all().sortedBy(IncidentSort.KILLED, true));

        assertThat(articles(page)).containsExactly("moscow", "kabul", "paris");
        assertThat(page.incidents().get(0).killed()).isEqualTo(OptionalInt.of(139));
    }

    @Test
    void sortsAscendingWithUnknownValuesStillLast() {
        assertThat(articles(store.search(all().sortedBy(IncidentSort.KILLED, false)))).containsExactly("kabul", "moscow", "paris");
    }

    @Test
    void returnsOnePageAndTheTotal() {
        IncidentPage page = store.search(all().withQuery(IncidentQuery.all().withLimit(1).withOffset(1)).sortedBy(IncidentSort.KILLED, true));

        assertThat(articles(page)).containsExactly("kabul");
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void countsIncidentsByMonthTypeGroupAndCountry() {
        IncidentStats stats = store.stats(all(), 10);

        assertThat(stats.incidents()).isEqualTo(3);
        assertThat(stats.killed()).isEqualTo(148);
        assertThat(stats.months()).containsExactly(new MonthCount("2024-03", "armed_assault", 1));
        assertThat(stats.groups()).extracting(NameCount::name).containsExactly("Islamic State Khorasan Province", "Taliban");
        assertThat(stats.countries()).extracting(NameCount::key).containsExactly("AF", "FR", "RU");
        assertThat(stats.cells()).singleElement().satisfies(cell -> {
            assertThat(cell.latitude()).isEqualTo(55.8236);
            assertThat(cell.type()).isEqualTo("armed_assault");
            assertThat(cell.killed()).isEqualTo(139);
        });
    }

    @Test
    void countsOnlyWhatTheSearchMatches() {
        IncidentStats stats = store.stats(all().withText("Kabul"), 10);

        assertThat(stats.incidents()).isEqualTo(1);
        assertThat(stats.groups()).extracting(NameCount::name).containsExactly("Taliban");
    }

    @Test
    void returnsAnIncidentWithItsSourcesAndFigureHistory() {
        long id = store.search(all().withText("Moscow")).incidents().get(0).id();

        IncidentDetail detail = store.incident(id).orElseThrow();

        assertThat(detail.sources()).singleElement().satisfies(s -> {
            assertThat(s.articleId()).isEqualTo("moscow");
            assertThat(s.published()).isEqualTo(LocalDate.of(2024, 3, 26));
            assertThat(s.outlet()).isEqualTo("Example News");
        });
        assertThat(detail.figures()).extracting(ReportedFigure::kind, ReportedFigure::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("killed", 139), org.assertj.core.groups.Tuple.tuple("injured", 0));
    }

    @Test
    void keepsTheLargestFigureWhenAnArticleIsReExtracted() {
        Article moscow = article("moscow", TEXT);
        store.save(moscow, List.of(killed(full("moscow"), 60)));

        ListedIncident incident = store.search(all().withText("Moscow")).incidents().get(0);

        assertThat(incident.killed()).isEqualTo(OptionalInt.of(60));
        assertThat(incident.incident().mention().place()).contains("Krasnogorsk");
    }

    @Test
    void forgetsReplacedTextInSearch() {
        store.save(article("kabul", "A car bomb exploded in Herat.\n\nNine people died."),
                List.of(killed(bare("kabul", IncidentType.BOMBING), 9)));

        assertThat(articles(store.search(all().withText("wedding")))).isEmpty();
        assertThat(articles(store.search(all().withText("Herat")))).containsExactly("kabul");
    }

    @Test
    void hasNoIncidentForAnUnknownId() {
        assertThat(store.incident(999_999)).isEmpty();
    }

    @Test
    void listsTheMentionsOfAnArticleInItsOrder() {
        IncidentMention second = bare("moscow", IncidentType.ARSON_SABOTAGE);
        store.save(article("moscow", TEXT), List.of(full("moscow"), second));

        List<IncidentSource> mentions = store.mentionsOfArticle("moscow");

        assertThat(mentions).extracting(s -> s.mention().type()).containsExactly(IncidentType.ARMED_ASSAULT, IncidentType.ARSON_SABOTAGE);
        assertThat(mentions.get(0).incidentId()).isNotEqualTo(mentions.get(1).incidentId());
        assertThat(store.mentionsOfArticle("nowhere")).isEmpty();
        assertThat(Optional.of(mentions.get(0).articleTitle())).contains("Headline of moscow");
    }

    @Test
    void statsFollowSavesThroughThisStoreAndThroughAnother() {
        assertThat(store.stats(all(), 10).incidents()).isEqualTo(3);
        // Bombings of their own (country and day differ) in texts of their own, so the store merges neither
        // the incidents nor the articles (one short text a word away from another is a copy of it).
        store.save(article("lagos", "A bomb went off in Lagos."), List.of(bombing("lagos", "NG", 10)));
        assertThat(store.stats(all(), 10).incidents()).isEqualTo(4);

        try (SqliteIncidentStore other = SqliteIncidentStore.open(dir.resolve("vigil.db"))) {
            other.save(article("kano", "Militants detonated explosives outside a mosque in Kano."), List.of(bombing("kano", "NG", 20)));
        }

        assertThat(store.stats(all(), 10).incidents()).isEqualTo(5);
        assertThat(store.stats(all().withText("Kano"), 10).incidents()).isEqualTo(1);
    }

    @Test
    void searchesFollowSavesThroughThisStoreAndThroughAnother() {
        assertThat(store.search(all().withText("Ikeja")).total()).isZero();
        store.save(article("lagos", "A bomb went off in Ikeja."), List.of(bombing("lagos", "NG", 10)));
        assertThat(articles(store.search(all().withText("Ikeja")))).containsExactly("lagos");

        try (SqliteIncidentStore other = SqliteIncidentStore.open(dir.resolve("vigil.db"))) {
            other.save(article("lagos", "A bomb went off in Kano."), List.of(with(bare("lagos", IncidentType.ARSON_SABOTAGE), "NG", "unknown")));
        }

        assertThat(store.search(all().withText("Ikeja")).total()).isZero();
        IncidentPage kano = store.search(all().withText("Kano"));
        assertThat(kano.incidents()).singleElement().satisfies(i -> assertThat(i.incident().mention().type()).isEqualTo(IncidentType.ARSON_SABOTAGE));
        assertThat(store.search(all()).total()).isEqualTo(4);
    }

    private static IncidentMention bombing(String articleId, String country, int dayOfMarch) {
        return with(Samples.dated(articleId, PartialDate.ofDay(LocalDate.of(2024, 3, dayOfMarch))), country, "unknown");
    }
}
