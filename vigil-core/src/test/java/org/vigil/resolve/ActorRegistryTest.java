package org.vigil.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorRegistryTest {
    private final ActorRegistry registry = ActorRegistry.load();

    private List<String> canonicals(String text) {
        return registry.find(text).stream().map(ActorMatch::canonical).toList();
    }

    @Test
    void resolvesAliasesIgnoringCaseHyphensTheAndTransliteration() {
        assertThat(registry.canonical("ISIS")).contains("Islamic State");
        assertThat(registry.canonical("Daesh")).contains("Islamic State");
        assertThat(registry.canonical("isis-k")).contains("Islamic State Khorasan Province");
        assertThat(registry.canonical("al Qaida")).contains("al-Qaeda");
        assertThat(registry.canonical("the Taliban")).contains("Taliban");
        assertThat(registry.canonical("Hizballah")).contains("Hezbollah");
        assertThat(registry.canonical("Sendero Luminoso")).contains("Shining Path");
        assertThat(registry.canonical("Provisional IRA")).contains("Provisional Irish Republican Army");
        assertThat(registry.canonical("Lashkar-i-Taiba")).contains("Lashkar-e-Taiba");
    }

    @Test
    void findsLongestMentionsWithPossessivesAndHyphens() {
        String text = "ISIS-K gunmen struck; ISIS’ propaganda arm and Islamic State Khorasan Province both claimed it.";
        List<ActorMatch> matches = registry.find(text);
        assertThat(matches).extracting(ActorMatch::surface).containsExactly("ISIS-K", "ISIS", "Islamic State Khorasan Province");
        assertThat(matches).extracting(ActorMatch::canonical)
                .containsExactly("Islamic State Khorasan Province", "Islamic State", "Islamic State Khorasan Province");
        assertThat(matches.get(0).span().of(text)).isEqualTo("ISIS-K");
    }

    @Test
    void matchesShortAliasesOnlyAsWrittenInMixedCaseText() {
        assertThat(canonicals("It is clear that IS claimed the attack, police said.")).containsExactly("Islamic State");
        assertThat(canonicals("This is what it is.")).isEmpty();
        assertThat(canonicals("The Manchester Arena was evacuated and the army sealed the road.")).isEmpty();
    }

    @Test
    void skipsWordLikeShortAliasesInUpperCaseText() {
        assertThat(canonicals("THE ATTACK IS BELIEVED TO BE THE WORK OF THE FMLN AND THE ELN, OFFICIALS SAID."))
                .containsExactly("Farabundo Martí National Liberation Front", "ELN");
        assertThat(canonicals("THE GROUP SAID ITS MEN WENT FAR INTO THE TOWN; THE FMLN DENIED IT.")).containsExactly("Farabundo Martí National Liberation Front");
    }

    @Test
    void neverFindsAGenericWordATableListsAsAGroup() {
        assertThat(canonicals("A group of Islamists attacked the Government building in Syria; the Taliban claimed it."))
                .containsExactly("Taliban");
    }

    @Test
    void mergesUserTables(@TempDir Path dir) throws IOException {
        Path table = dir.resolve("mine.tsv");
        Files.writeString(table, "canonical\taliases\nRed Dawn Brigade\tRDB|Red Dawn\n");
        ActorRegistry merged = ActorRegistry.load(List.of(table));
        assertThat(merged.canonical("red dawn")).contains("Red Dawn Brigade");
        assertThat(merged.find("A Red Dawn cell was arrested.")).extracting(ActorMatch::canonical).containsExactly("Red Dawn Brigade");
    }

    @Test
    void rejectsAMalformedUserTableNamingTheLine(@TempDir Path dir) throws IOException {
        Path table = dir.resolve("bad.tsv");
        Files.writeString(table, "Good Group\tGG\nA\tB\tC\n");
        assertThatThrownBy(() -> ActorRegistry.load(List.of(table)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Actor table " + table + " line 2 should be 'canonical<TAB>alias|alias', got: A\tB\tC");
    }

    @Test
    void returnsNothingForEmptyAndGarbageInput() {
        assertThat(registry.find("")).isEmpty();
        assertThat(registry.find("### 12 ,,, \u0000 ??")).isEmpty();
        assertThat(registry.canonical(" ")).isEmpty();
        assertThat(registry.canonical("Nonexistent Brigade of Nowhere")).isEmpty();
    }
}
