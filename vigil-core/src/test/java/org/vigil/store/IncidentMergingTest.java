package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.extract.Certainty;
import org.vigil.extract.IncidentMention;
import org.vigil.extract.IncidentStatus;
import org.vigil.extract.IncidentType;
import org.vigil.ingest.Article;
import org.vigil.nlp.PartialDate;
import org.vigil.nlp.Span;
import org.vigil.resolve.FigureReport;
import org.vigil.resolve.Gazetteer;
import org.vigil.resolve.IncidentMerger;
import org.vigil.resolve.LexicalSimilarity;
import org.vigil.resolve.PlaceLookup;

// Issue 7: one incident per real event, every reported figure kept with its article and date.
class IncidentMergingTest {
    @TempDir
    Path dir;
    private SqliteIncidentStore store;

    @BeforeEach
    void open() {
        store = SqliteIncidentStore.open(dir.resolve("vigil.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static final LocalDate ATTACK = LocalDate.of(2024, 3, 22);

    /** A one-sentence report of the concert hall attack, published {@code daysAfter} the attack. */
    private void report(String id, int daysAfter, String place, double lat, double lon, String perpetrator, int killed, String sentence) {
        report(id, IncidentType.ARMED_ASSAULT, daysAfter, place, lat, lon, perpetrator, killed, sentence);
    }

    private void report(String id, IncidentType type, int daysAfter, String place, double lat, double lon, String perpetrator, int killed,
            String sentence) {
        Article article = new Article(id, Optional.of("https://news.example/" + id), "Report " + id, ATTACK.plusDays(daysAfter), "en",
                sentence, Article.paragraphsOf(sentence), "outlet-" + id);
        IncidentMention m = new IncidentMention(id, type, IncidentStatus.COMPLETED,
                Optional.of(PartialDate.ofDay(ATTACK)), Optional.of(place), Optional.of("RU"),
                Optional.of(new IncidentMention.Coordinates(lat, lon)), Optional.ofNullable(perpetrator),
                OptionalInt.of(killed), OptionalInt.empty(), Optional.empty(), Certainty.STATED,
                new Span(0, sentence.length()), sentence, 0.9);
        store.save(article, List.of(m));
    }

    @Test
    void fiveReportsOfOneAttackWithARisingTollEndAsOneIncidentWithThatHistory() {
        report("r1", 0, "Krasnogorsk", 55.82, 37.33, "unknown", 40,
                "Gunmen opened fire at the Crocus City Hall concert venue in Krasnogorsk, killing at least 40 people.");
        report("r2", 0, "Moscow", 55.75, 37.62, null, 60,
                "At least 60 people were killed when gunmen stormed a concert hall outside Moscow on Friday.");
        report("r3", 1, "Krasnogorsk", 55.82, 37.33, "Islamic State Khorasan Province", 115,
                "The death toll from the attack on Crocus City Hall in Krasnogorsk rose to 115, investigators said.");
        report("r4", 2, "Krasnogorsk", 55.82, 37.33, "Islamic State Khorasan Province", 139,
                "Russia mourned 139 people killed in the Crocus City Hall attack claimed by Islamic State Khorasan Province.");
        report("r5", 8, "Moscow", 55.75, 37.62, "Islamic State Khorasan Province", 144,
                "The toll of the concert hall shooting near Moscow reached 144 after more victims died in hospital.");

        List<StoredIncident> incidents = store.incidents(IncidentQuery.all());

        assertThat(incidents).hasSize(1);
        StoredIncident incident = incidents.get(0);
        assertThat(incident.figures()).extracting(FigureReport::value).containsExactly(40, 60, 115, 139, 144);
        assertThat(incident.figures()).extracting(FigureReport::articleId).containsExactly("r1", "r2", "r3", "r4", "r5");
        assertThat(incident.figures()).extracting(FigureReport::reported)
                .containsExactly(ATTACK, ATTACK, ATTACK.plusDays(1), ATTACK.plusDays(2), ATTACK.plusDays(8));
        assertThat(incident.mention().killed()).hasValue(144);
        assertThat(incident.mention().place()).contains("Krasnogorsk");
        assertThat(incident.mention().perpetrator()).contains("Islamic State Khorasan Province");
        assertThat(incident.sources()).extracting(SourceArticle::articleId).containsExactly("r1", "r2", "r3", "r4", "r5");
        assertThat(incident.sources().get(0).urls()).containsExactly("https://news.example/r1");
    }

    @Test
    void theWebSummaryColumnsOfAMergedIncidentAgreeWithWhatItShows() {
        report("r1", 0, "Moscow", 55.75, 37.62, null, 40,
                "At least 40 people were killed when gunmen stormed a concert hall outside Moscow on Friday.");
        report("r2", 0, "Krasnogorsk", 55.82, 37.33, null, 60,
                "Gunmen opened fire at the Crocus City Hall concert venue in Krasnogorsk, killing at least 60 people.");
        // The web UI's columns in memory are read now, so what follows checks they follow the merge of r3.
        assertThat(store.stats(IncidentSearch.of(IncidentQuery.all()), 10).incidents()).isEqualTo(1);
        report("r3", 1, "Krasnogorsk", 55.82, 37.33, null, 50,
                "Investigators revised the death toll of the Crocus City Hall attack in Krasnogorsk down to 50.");

        StoredIncident shown = store.incidents(IncidentQuery.all()).get(0);
        ListedIncident listed = store.search(IncidentSearch.of(IncidentQuery.all())).incidents().get(0);
        Path db = dir.resolve("vigil.db");

        assertThat(store.countIncidents(IncidentQuery.all())).isEqualTo(1);
        assertThat(shown.mention().killed()).hasValue(50);
        assertThat(listed.killed()).isEqualTo(shown.mention().killed());
        assertThat(listed.incident().mention().place()).contains("Krasnogorsk").isEqualTo(shown.mention().place());
        assertThat(listed.incident().mention().coordinates()).isEqualTo(shown.mention().coordinates());
        assertThat(listed.incident().mention().date()).isEqualTo(shown.mention().date());
        assertThat(store.incident(shown.id()).orElseThrow().incident().incident().mention().place()).contains("Krasnogorsk");
        assertThat(store.stats(IncidentSearch.of(IncidentQuery.all()), 10).killed()).isEqualTo(50);
        assertThat(Samples.scalar(db, "SELECT place || ' ' || latitude || ' ' || longitude FROM incident"))
                .isEqualTo("Krasnogorsk 55.82 37.33");
    }

    @Test
    void explainsWhyEachMentionJoinedItsIncident() {
        report("r1", 0, "Krasnogorsk", 55.82, 37.33, null, 40,
                "Gunmen opened fire at the Crocus City Hall concert venue in Krasnogorsk, killing at least 40 people.");
        report("r2", 0, "Moscow", 55.75, 37.62, null, 60,
                "At least 60 people were killed when gunmen opened fire at a concert venue outside Moscow.");

        IncidentExplanation explanation = store.explain(store.incidents(IncidentQuery.all()).get(0).id()).orElseThrow();

        assertThat(explanation.entries()).hasSize(2);
        assertThat(explanation.entries().get(0).reason()).startsWith("new incident");
        assertThat(explanation.entries().get(1).reason()).startsWith("joined incident")
                .contains("same type armed_assault", "same day 2024-03-22", "Moscow lies 20 km from Krasnogorsk");
        assertThat(store.explain(999)).isEmpty();
    }

    @Test
    void keepsTwoAttacksInOneCityOnOneDayApart() {
        report("r1", IncidentType.BOMBING, 0, "Kabul", 34.53, 69.17, null, 12,
                "A suicide bomber blew himself up at a Shia mosque in western Kabul during Friday prayers, killing 12 worshippers.");
        report("r2", 0, "Kabul", 34.53, 69.17, null, 3,
                "Separately, gunmen shot dead three police officers at a checkpoint on the airport road in Kabul.");

        assertThat(store.countIncidents(IncidentQuery.all())).isEqualTo(2);
    }

    @Test
    void keepsAttacksOfDifferentGroupsInOneCityApart() {
        report("r1", 0, "Mogadishu", 2.04, 45.34, "al-Shabaab", 9,
                "Al-Shabaab gunmen stormed a beachfront hotel in Mogadishu, killing nine guests.");
        report("r2", 0, "Mogadishu", 2.04, 45.34, "Islamic State", 4,
                "Islamic State said its fighters shot dead four soldiers at a base on the edge of Mogadishu.");

        assertThat(store.countIncidents(IncidentQuery.all())).isEqualTo(2);
    }

    @Test
    void storesTheSameStoryUnderAnotherUrlAsOneArticleWithTwoUrls() {
        String wire = "Gunmen opened fire at the Crocus City Hall concert venue in Krasnogorsk near Moscow on Friday evening, "
                + "killing at least 40 people and wounding more than 100, Russian officials said. The attackers then set the "
                + "building on fire. Emergency services evacuated hundreds of concertgoers as the roof collapsed.";
        String edited = wire.replace("Russian officials said", "officials in Moscow said") + " (Reporting by a staff correspondent.)";
        Article first = new Article("w1", Optional.of("https://wire.example/a"), "Gunmen attack concert hall", ATTACK, "en", wire,
                Article.paragraphsOf(wire), "wire.example");
        Article copy = new Article("w2", Optional.of("https://paper.example/b"), "Concert hall attacked", ATTACK, "en", edited,
                Article.paragraphsOf(edited), "paper.example");

        assertThat(store.save(first, List.of())).isEqualTo(SaveOutcome.ADDED);
        assertThat(store.save(copy, List.of())).isEqualTo(SaveOutcome.UNCHANGED);

        assertThat(store.articleCount()).isEqualTo(1);
        assertThat(store.articleWithUrl("https://paper.example/b")).contains("w1");
        assertThat(store.articleWithUrl("https://wire.example/a")).contains("w1");
        assertThat(store.articleWithUrl("https://elsewhere.example/")).isEmpty();
    }
    @Test
    void findsTheIncidentInTheCountryOfTheTownASentenceNamesWhenItsMentionHasOnlyADemonymsCountry() {
        store.close();
        store = SqliteIncidentStore.open(dir.resolve("named.db"),
                new IncidentMerger(new LexicalSimilarity(), PlaceLookup.of(Gazetteer.load())));
        String first = "A man killed three people with a knife at a street festival in Solingen on Friday night.";
        String second = "Islamic State claimed the knife attack in Solingen that killed three people. A Syrian man surrendered.";
        LocalDate day = LocalDate.of(2024, 8, 23);
        store.save(new Article("k1", Optional.empty(), "Stabbing in Solingen", day, "en", first, Article.paragraphsOf(first), "wire"),
                List.of(new IncidentMention("k1", IncidentType.ARMED_ASSAULT, IncidentStatus.COMPLETED, Optional.of(PartialDate.ofDay(day)),
                        Optional.of("Solingen"), Optional.of("DE"), Optional.of(new IncidentMention.Coordinates(51.17, 7.08)), Optional.empty(),
                        OptionalInt.of(3), OptionalInt.empty(), Optional.empty(), Certainty.STATED, new Span(0, first.length()), first, 0.9)));
        int end = second.indexOf('.') + 1;
        store.save(new Article("k2", Optional.empty(), "Islamic State claims stabbing", day.plusDays(1), "en", second,
                        Article.paragraphsOf(second), "daily"),
                List.of(new IncidentMention("k2", IncidentType.ARMED_ASSAULT, IncidentStatus.COMPLETED, Optional.of(PartialDate.ofDay(day)),
                        Optional.empty(), Optional.of("SY"), Optional.empty(), Optional.of("Islamic State"), OptionalInt.of(3),
                        OptionalInt.empty(), Optional.of(true), Certainty.STATED, new Span(0, end), second.substring(0, end), 0.9)));

        assertThat(store.incidents(IncidentQuery.all())).singleElement()
                .satisfies(i -> assertThat(i.mention().country()).contains("DE"));
    }
}
