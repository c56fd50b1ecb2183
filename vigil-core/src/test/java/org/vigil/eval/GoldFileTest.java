package org.vigil.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldFileTest {
    private static final String INCIDENT = "{\"type\": \"bombing\", \"date\": \"2024-03\", \"country\": \"FR\", \"place\": \"Paris\","
            + " \"perpetrator\": \"unknown\", \"killed\": 3, \"injured\": null, \"claimed\": null, \"evidence\": \"A bomb went off.\"}";

    @TempDir
    Path dir;

    private Path write(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, List.of(lines));
        return file;
    }

    @Test
    void readsSeedResolvingTextFileAgainstTheGoldFolder() {
        GoldFile seed = GoldFile.read(SharedGold.file("seed.jsonl"));

        assertThat(seed.articles()).hasSize(1);
        GoldArticle crocus = seed.articles().get(0);
        assertThat(crocus.id()).isEqualTo("seed-crocus");
        assertThat(crocus.published()).isEqualTo(LocalDate.of(2024, 3, 27));
        assertThat(crocus.incidents()).hasSize(8);
        assertThat(crocus.text()).contains(crocus.incidents().get(0).evidence());
    }

    @Test
    void readsDevWithItsTwentyFiveArticlesAndSeventyThreeIncidents() {
        GoldFile dev = GoldFile.read(SharedGold.file("dev.jsonl"));

        assertThat(dev.articles()).hasSize(25);
        assertThat(dev.articles().stream().mapToInt(a -> a.incidents().size()).sum()).isEqualTo(73);
    }

    @Test
    void turnsSingleValuesIntoOneElementListsAndNullIntoEmptyOnes() throws IOException {
        Path file = write("g.jsonl", "{\"id\": \"a\", \"published\": \"2024-03-27\", \"text\": \"A bomb went off.\", \"incidents\": ["
                + INCIDENT + ", {\"type\": [\"arrest\", \"plot_foiled\"], \"date\": null, \"country\": null, \"place\": [\"Molenbeek\", \"Brussels\"],"
                + " \"perpetrator\": null, \"killed\": null, \"injured\": 0, \"claimed\": false, \"evidence\": \"A bomb went off.\"}]}");

        List<GoldIncident> incidents = GoldFile.read(file).articles().get(0).incidents();

        GoldIncident bomb = incidents.get(0);
        assertThat(bomb.types()).containsExactly("bombing");
        assertThat(bomb.places()).containsExactly("Paris");
        assertThat(bomb.perpetrators()).containsExactly("unknown");
        assertThat(bomb.killed()).isEqualTo(OptionalInt.of(3));
        assertThat(bomb.injured()).isEmpty();
        assertThat(bomb.claimed()).isEmpty();
        GoldIncident arrest = incidents.get(1);
        assertThat(arrest.types()).containsExactly("arrest", "plot_foiled");
        assertThat(arrest.date()).isEmpty();
        assertThat(arrest.places()).containsExactly("Molenbeek", "Brussels");
        assertThat(arrest.perpetrators()).isEmpty();
        assertThat(arrest.injured()).isEqualTo(OptionalInt.of(0));
        assertThat(arrest.claimed()).contains(false);
    }

    @Test
    void readsTitleAndUnscoredFields() throws IOException {
        Path file = write("g.jsonl",
                "{\"id\": \"a\", \"published\": \"2024-03-27\", \"title\": null, \"text\": \"x\", \"incidents\": [], \"unscored\": [\"killed\"]}",
                "",
                "{\"id\": \"b\", \"published\": \"2024-03-27\", \"title\": \"T\", \"text\": \"x\", \"incidents\": []}");

        List<GoldArticle> articles = GoldFile.read(file).articles();

        assertThat(articles.get(0).title()).isEmpty();
        assertThat(articles.get(0).unscored()).containsExactly("killed");
        assertThat(articles.get(0).scores(Field.KILLED)).isFalse();
        assertThat(articles.get(1).title()).contains("T");
        assertThat(articles.get(1).unscored()).isEmpty();
    }

    @Test
    void reportsEveryBadLineNamingFileAndLine() throws IOException {
        Path file = write("bad.jsonl",
                "{\"id\": \"a\", \"published\": \"2024-03-27\", \"text\": \"x\", \"incidents\": [" + INCIDENT + "]}",
                "{not json",
                "{\"id\": \"b\", \"published\": \"27 March\", \"text\": \"x\", \"incidents\": ["
                        + INCIDENT.replace("\"bombing\"", "\"riot\"").replace("\"killed\": 3", "\"killed\": -1") + "]}",
                "{\"id\": \"a\", \"published\": \"2024-03-27\", \"text\": \"x\", \"incidents\": [{\"type\": [\"bombing\", \"arrest\"]}]}",
                "{\"id\": \"c\", \"published\": \"2024-03-27\", \"text_file\": \"missing.txt\", \"incidents\": [], \"unscored\": [\"deaths\"]}");

        assertThatThrownBy(() -> GoldFile.read(file))
                .isInstanceOf(InvalidEvalFile.class)
                .satisfies(e -> assertThat(((InvalidEvalFile) e).problems()).containsExactly(
                        file + ":2: invalid JSON: Unexpected character ('n' (code 110)): was expecting double-quote to start field name",
                        file + ":3 (b): published must be a date written YYYY-MM-DD, got \"27 March\"",
                        file + ":3 (b) incident 0: type 'riot' is not one of the schema's types",
                        file + ":3 (b) incident 0: killed must be null or a non-negative integer, got -1",
                        file + ":4 (a) incident 0: missing keys [date, country, place, perpetrator, killed, injured, claimed, evidence]",
                        file + ":4 (a) incident 0: type list [bombing, arrest] mixes attack and security-event types",
                        file + ":4 (a): duplicate id a",
                        file + ":5 (c): cannot read text_file 'missing.txt' (looked for " + dir.toAbsolutePath().resolve("missing.txt") + ")",
                        file + ":5 (c): unscored [\"deaths\"] must be a list of field names such as \"killed\""));
    }

    @Test
    void saysWhenTheGoldFileDoesNotExist() {
        Path file = dir.resolve("none.jsonl");

        assertThatThrownBy(() -> GoldFile.read(file)).isInstanceOf(InvalidEvalFile.class)
                .hasMessage("Gold file " + file + " does not exist");
    }

    @Test
    void readsBackThePredictionsItWrites() {
        Path file = dir.resolve("pred.jsonl");
        List<Prediction> predictions = List.of(
                new Prediction("a", List.of(new PredictedIncident("bombing", Optional.of("2024-03-22"), Optional.of("RU"),
                        Optional.of("Krasnogorsk"), Optional.of("ISIS-K"), OptionalInt.of(139), OptionalInt.empty(),
                        Optional.of(true), "Gunmen stormed the hall."))),
                new Prediction("b", List.of()));

        GoldFile.writePredictions(file, predictions);

        assertThat(GoldFile.readPredictions(file)).isEqualTo(predictions);
    }

    @Test
    void keepsOnlyTheFirstMemberOfAPredictedList() throws IOException {
        Path file = write("pred.jsonl", "{\"id\": \"a\", \"incidents\": [" + INCIDENT.replace("\"Paris\"", "[\"Lima\", \"San Isidro\"]") + "]}");

        PredictedIncident p = GoldFile.readPredictions(file).get(0).incidents().get(0);

        assertThat(p.place()).contains("Lima");
        assertThat(p.perpetrator()).contains("unknown");
        assertThat(p.killed()).isEqualTo(OptionalInt.of(3));
    }

    @Test
    void rejectsAPredictionWithAnUnknownType() throws IOException {
        Path file = write("pred.jsonl", "{\"id\": \"a\", \"incidents\": [{\"type\": \"riot\", \"evidence\": \"\"}]}");

        assertThatThrownBy(() -> GoldFile.readPredictions(file)).isInstanceOf(InvalidEvalFile.class)
                .hasMessage(file + ":1 (a) incident 0: type 'riot' is not one of the schema's types");
    }

    @Test
    void rejectsTwoPredictionLinesForOneArticle() throws IOException {
        Path file = write("pred.jsonl", "{\"id\": \"a\", \"incidents\": []}", "{\"id\": \"a\", \"incidents\": []}");

        assertThatThrownBy(() -> GoldFile.readPredictions(file)).isInstanceOf(InvalidEvalFile.class)
                .hasMessage(file + ":2 (a): duplicate id a");
    }
}
