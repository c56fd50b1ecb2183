package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.store.Samples.OTHER_TEXT;
import static org.vigil.store.Samples.TEXT;
import static org.vigil.store.Samples.distinctText;
import static org.vigil.store.Samples.article;
import static org.vigil.store.Samples.bare;
import static org.vigil.store.Samples.count;
import static org.vigil.store.Samples.dated;
import static org.vigil.store.Samples.full;
import static org.vigil.store.Samples.killed;
import static org.vigil.store.Samples.scalar;
import static org.vigil.store.Samples.with;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.extract.IncidentMention;
import org.vigil.extract.IncidentType;
import org.vigil.ingest.Article;
import org.vigil.nlp.PartialDate;

class SqliteIncidentStoreTest {
    @TempDir
    Path dir;

    Path db;
    SqliteIncidentStore store;

    @BeforeEach
    void open() {
        db = dir.resolve("vigil.db");
        store = SqliteIncidentStore.open(db, new Samples.SteppingClock());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void returnsEveryFieldOfASavedMention() {
        Article a = article("a1", TEXT);
        IncidentMention mention = full("a1");
        assertThat(store.save(a, List.of(mention))).isEqualTo(SaveOutcome.ADDED);

        List<StoredIncident> incidents = store.incidents(IncidentQuery.all());

        assertThat(incidents).hasSize(1);
        StoredIncident stored = incidents.get(0);
        assertThat(stored.mention()).isEqualTo(mention);
        assertThat(stored.articleTitle()).isEqualTo("Headline of a1");
        assertThat(stored.articleUrl()).contains("https://news.example/a1");
    }

    @Test
    void returnsAMentionWhoseOptionalFieldsAreEmptyWithThemStillEmpty() {
        Article a = new Article("a1", Optional.empty(), "", LocalDate.of(2024, 3, 26), "en", TEXT, List.of(), "file.txt");
        IncidentMention mention = bare("a1", IncidentType.WARNING);
        store.save(a, List.of(mention));

        StoredIncident stored = store.incidents(IncidentQuery.all()).get(0);

        assertThat(stored.mention()).isEqualTo(mention);
        assertThat(stored.articleUrl()).isEmpty();
        assertThat(stored.articleTitle()).isEmpty();
    }

    @Test
    void returnsTheWholeArticleAsSaved() {
        Article withUrl = article("a1", TEXT);
        Article withoutUrl = new Article("a2", Optional.empty(), "Untitled", LocalDate.of(1990, 1, 2), "en", "Plain text.", List.of(), "muc");
        store.save(withUrl, List.of());
        store.save(withoutUrl, List.of());

        assertThat(store.article("a1")).contains(withUrl);
        assertThat(store.article("a2")).contains(withoutUrl);
        assertThat(store.article("a3")).isEmpty();
        assertThat(store.articleCount()).isEqualTo(2);
    }

    @Test
    void keepsWhatWasSavedAfterReopening() {
        store.save(article("a1", TEXT), List.of(full("a1")));
        store.close();

        store = SqliteIncidentStore.open(db);

        assertThat(store.articleCount()).isEqualTo(1);
        assertThat(store.incidents(IncidentQuery.all())).extracting(StoredIncident::mention).containsExactly(full("a1"));
    }

    @Test
    void savingTheSameArticleAgainChangesNothing() {
        Article a = article("a1", TEXT);
        store.save(a, List.of(full("a1"), bare("a1", IncidentType.ARREST)));
        String ingested = scalar(db, "SELECT ingested_at || updated_at FROM article");
        String created = scalar(db, "SELECT group_concat(created_at) FROM incident");

        SaveOutcome outcome = store.save(a, List.of(full("a1"), bare("a1", IncidentType.ARREST)));

        assertThat(outcome).isEqualTo(SaveOutcome.UNCHANGED);
        assertThat(count(db, "article")).isEqualTo(1);
        assertThat(count(db, "incident")).isEqualTo(2);
        assertThat(count(db, "mention")).isEqualTo(2);
        assertThat(count(db, "figure")).isEqualTo(2);
        assertThat(scalar(db, "SELECT ingested_at || updated_at FROM article")).isEqualTo(ingested);
        assertThat(scalar(db, "SELECT group_concat(created_at) FROM incident")).isEqualTo(created);
    }

    @Test
    void savingNewTextUnderTheSameIdReplacesTheArticleAndItsMentions() {
        store.save(article("a1", TEXT), List.of(full("a1"), bare("a1", IncidentType.ARREST)));
        store.save(article("a2", OTHER_TEXT), List.of(bare("a2", IncidentType.WARNING)));
        Article updated = article("a1", TEXT + "\n\nThe toll rose.");

        SaveOutcome outcome = store.save(updated, List.of(killed(full("a1"), 143)));

        assertThat(outcome).isEqualTo(SaveOutcome.UPDATED);
        assertThat(store.article("a1")).contains(updated);
        assertThat(store.incidents(IncidentQuery.all())).extracting(StoredIncident::mention)
                .containsExactlyInAnyOrder(killed(full("a1"), 143), bare("a2", IncidentType.WARNING));
        assertThat(count(db, "incident")).isEqualTo(2);
        assertThat(count(db, "figure")).isEqualTo(2);
        assertThat(scalar(db, "SELECT group_concat(kind || '=' || value) FROM figure")).isEqualTo("killed=143,injured=0");
        assertThat(scalar(db, "SELECT ingested_at FROM article WHERE id = 'a1'")).isEqualTo("2024-03-26T10:00:00Z");
        assertThat(scalar(db, "SELECT updated_at FROM article WHERE id = 'a1'")).isEqualTo("2024-03-26T10:02:00Z");
    }

    @Test
    void replacesTheStoredMentionsWhenTheSameTextComesWithOtherMentions() {
        Article a = article("a1", TEXT);
        store.save(a, List.of(full("a1")));

        SaveOutcome outcome = store.save(a, List.of(bare("a1", IncidentType.ARREST)));

        assertThat(outcome).isEqualTo(SaveOutcome.UPDATED);
        assertThat(store.incidents(IncidentQuery.all())).extracting(StoredIncident::mention).containsExactly(bare("a1", IncidentType.ARREST));
    }

    @Test
    void recordsEachCasualtyFigureWithTheReportingArticlesDate() {
        store.save(article("a1", TEXT), List.of(full("a1"), bare("a1", IncidentType.ARREST)));

        assertThat(scalar(db, "SELECT group_concat(kind || '=' || value || '@' || reported_at) FROM figure"))
                .isEqualTo("killed=139@2024-03-26,injured=0@2024-03-26");
        assertThat(scalar(db, "SELECT COUNT(*) FROM figure f JOIN mention m ON m.id = f.mention_id AND m.incident_id = f.incident_id"))
                .isEqualTo("2");
    }

    @Test
    void refusesAMentionOfAnotherArticle() {
        assertThatThrownBy(() -> store.save(article("a1", TEXT), List.of(full("a2"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Mention of article a2 cannot be saved with article a1");
        assertThat(store.articleCount()).isZero();
    }

    @Test
    void refusesEvidenceOutsideTheArticleText() {
        assertThatThrownBy(() -> store.save(article("a1", "Short."), List.of(full("a1"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Evidence Span[start=55, end=87] lies outside the 6 characters of article a1");
    }

    @Test
    void filtersByType() {
        store.save(article("a1", TEXT), List.of(full("a1"), bare("a1", IncidentType.ARREST)));

        assertThat(store.incidents(IncidentQuery.all().withType(IncidentType.ARREST)))
                .extracting(i -> i.mention().type()).containsExactly(IncidentType.ARREST);
        assertThat(store.countIncidents(IncidentQuery.all().withType(IncidentType.BOMBING))).isZero();
    }

    @Test
    void filtersByCountryCodeIgnoringCase() {
        IncidentMention base = bare("a1", IncidentType.BOMBING);
        store.save(article("a1", TEXT), List.of(with(base, "RU", "x"), with(base, "fr", "x"), base));

        assertThat(store.incidents(IncidentQuery.all().withCountry("ru"))).extracting(i -> i.mention().country())
                .containsExactly(Optional.of("RU"));
        assertThat(store.incidents(IncidentQuery.all().withCountry("FR"))).extracting(i -> i.mention().country())
                .containsExactly(Optional.of("fr"));
    }

    @Test
    void filtersByPerpetratorIgnoringCase() {
        IncidentMention base = bare("a1", IncidentType.BOMBING);
        store.save(article("a1", TEXT), List.of(with(base, "RU", "Islamic State"), with(base, "RU", "Hamas"), base,
                with(base, "TR", "Kurdistan Workers' Party (PKK)"), with(base, "DE", "Ölkämpfer")));

        assertThat(store.countIncidents(IncidentQuery.all().withPerpetrator("islamic state"))).isEqualTo(1);
        assertThat(store.countIncidents(IncidentQuery.all().withPerpetrator("HAMAS"))).isEqualTo(1);
        assertThat(store.countIncidents(IncidentQuery.all().withPerpetrator("kurdistan workers' party (pkk)"))).isEqualTo(1);
        assertThat(store.countIncidents(IncidentQuery.all().withPerpetrator("ÖLKÄMPFER"))).isEqualTo(1);
        assertThat(store.countIncidents(IncidentQuery.all().withPerpetrator("Islamic"))).isZero();
    }

    @Test
    void matchesDatesWhoseIntervalOverlapsSinceAndUntil() {
        store.save(article("a1", TEXT), List.of(
                dated("a1", PartialDate.ofMonth(2024, 3)),
                dated("a1", PartialDate.ofDay(LocalDate.of(2024, 3, 9))),
                dated("a1", PartialDate.ofYear(2023)),
                bare("a1", IncidentType.BOMBING)));

        assertThat(dates(IncidentQuery.all().withSince(LocalDate.of(2024, 3, 10)))).containsExactly("2024-03");
        assertThat(dates(IncidentQuery.all().withUntil(LocalDate.of(2024, 3, 9)))).containsExactly("2024-03-09", "2024-03", "2023");
        assertThat(dates(IncidentQuery.all().withUntil(LocalDate.of(2023, 1, 1)))).containsExactly("2023");
        assertThat(dates(IncidentQuery.all().withSince(LocalDate.of(2023, 12, 31)).withUntil(LocalDate.of(2024, 3, 1))))
                .containsExactly("2024-03", "2023");
        assertThat(dates(IncidentQuery.all().withSince(LocalDate.of(2024, 4, 1)))).isEmpty();
    }

    @Test
    void leavesUndatedIncidentsOutOnlyWhenADateBoundIsGiven() {
        store.save(article("a1", TEXT), List.of(bare("a1", IncidentType.BOMBING)));

        assertThat(store.countIncidents(IncidentQuery.all())).isEqualTo(1);
        assertThat(store.countIncidents(IncidentQuery.all().withSince(LocalDate.of(1900, 1, 1)))).isZero();
        assertThat(store.countIncidents(IncidentQuery.all().withUntil(LocalDate.of(2100, 1, 1)))).isZero();
    }

    @Test
    void ordersByDateNewestFirstThenByIdWithUndatedLast() {
        store.save(article("a1", TEXT), List.of(
                bare("a1", IncidentType.BOMBING),
                dated("a1", PartialDate.ofYear(2023)),
                dated("a1", PartialDate.ofDay(LocalDate.of(2024, 3, 22))),
                dated("a1", PartialDate.ofDay(LocalDate.of(2024, 3, 22))),
                dated("a1", PartialDate.ofMonth(2024, 3))));

        List<StoredIncident> incidents = store.incidents(IncidentQuery.all());

        assertThat(incidents).extracting(i -> i.mention().date().map(PartialDate::toString).orElse("none"))
                .containsExactly("2024-03-22", "2024-03-22", "2024-03", "2023", "none");
        assertThat(incidents.get(0).id()).isLessThan(incidents.get(1).id());
    }

    @Test
    void returnsOnePageAtATimeAndCountsAllMatches() {
        for (int day = 1; day <= 5; day++) {
            store.save(article("a" + day, distinctText(day)), List.of(dated("a" + day, PartialDate.ofDay(LocalDate.of(2024, 1, day)))));
        }

        assertThat(dates(IncidentQuery.all().withLimit(2))).containsExactly("2024-01-05", "2024-01-04");
        assertThat(dates(IncidentQuery.all().withLimit(2).withOffset(2))).containsExactly("2024-01-03", "2024-01-02");
        assertThat(dates(IncidentQuery.all().withLimit(2).withOffset(4))).containsExactly("2024-01-01");
        assertThat(dates(IncidentQuery.all().withOffset(5))).isEmpty();
        assertThat(store.countIncidents(IncidentQuery.all().withLimit(2).withOffset(4))).isEqualTo(5);
    }

    @Test
    void combinesFilters() {
        IncidentMention ru = with(full("a1"), "RU", "Islamic State Khorasan Province");
        store.save(article("a1", TEXT), List.of(ru, with(bare("a1", IncidentType.ARREST), "RU", "Islamic State Khorasan Province")));

        IncidentQuery query = IncidentQuery.all().withType(IncidentType.ARMED_ASSAULT).withCountry("ru")
                .withPerpetrator("islamic state khorasan province").withSince(LocalDate.of(2024, 3, 22)).withUntil(LocalDate.of(2024, 3, 22));

        assertThat(store.incidents(query)).extracting(StoredIncident::mention).containsExactly(ru);
    }

    @Test
    void defaultLocationIsInVigilHomeWhenSetElseInTheUsersHome() {
        assertThat(SqliteIncidentStore.defaultLocation(Map.of("VIGIL_HOME", "/data/vigil"), "/home/ann"))
                .isEqualTo(Path.of("/data/vigil/vigil.db"));
        assertThat(SqliteIncidentStore.defaultLocation(Map.of(), "/home/ann")).isEqualTo(Path.of("/home/ann/.vigil/vigil.db"));
        assertThat(SqliteIncidentStore.defaultLocation(Map.of("VIGIL_HOME", " "), "/home/ann")).isEqualTo(Path.of("/home/ann/.vigil/vigil.db"));
    }

    private List<String> dates(IncidentQuery query) {
        return store.incidents(query).stream().map(i -> i.mention().date().map(PartialDate::toString).orElse("none")).toList();
    }
}
