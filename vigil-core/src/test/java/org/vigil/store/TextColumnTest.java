package org.vigil.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Text values coded in SQLite's BINARY order. */
class TextColumnTest {

    private static TextColumn of(String... values) {
        TextColumn.Builder builder = new TextColumn.Builder();
        for (String v : values) builder.add(v);
        return builder.build();
    }

    @Test
    void codesRowsInTheOrderOfTheirValues() {
        TextColumn column = of("IQ", "AF", null, "IQ", "FR");

        assertThat(column.distinct()).isEqualTo(3);
        assertThat(column.value(column.code(0))).isEqualTo("IQ");
        assertThat(column.code(1)).isLessThan(column.code(4)).isLessThan(column.code(0));
        assertThat(column.code(0)).isEqualTo(column.code(3));
        assertThat(column.code(2)).isEqualTo(TextColumn.NULL);
    }

    @Test
    void sortsByCodePointAsSqliteDoesNotByUtf16() {
        String privateUse = "\uFFFD";
        String emoji = "\uD83D\uDE00";

        TextColumn column = of(emoji, privateUse, "z");

        assertThat(column.value(0)).isEqualTo("z");
        assertThat(column.value(1)).isEqualTo(privateUse);
        assertThat(column.value(2)).isEqualTo(emoji);
    }

    @Test
    void findsTheCodesAroundAValueItDoesNotHold() {
        TextColumn column = of("2024-01-05", "2024-02-01", "2024-03-31");

        assertThat(column.codeOf("2024-02-01")).isEqualTo(1);
        assertThat(column.codeOf("2024-02-02")).isEqualTo(TextColumn.NULL);
        assertThat(column.firstAtLeast("2024-02-01")).isEqualTo(1);
        assertThat(column.firstAbove("2024-02-01")).isEqualTo(2);
        assertThat(column.firstAtLeast("2024-02-15")).isEqualTo(2);
        assertThat(column.firstAbove("2025-01-01")).isEqualTo(3);
    }

    @Test
    void holdsNothingWhenEmpty() {
        TextColumn column = of();

        assertThat(column.distinct()).isZero();
        assertThat(column.codeOf("anything")).isEqualTo(TextColumn.NULL);
        assertThat(column.firstAtLeast("a")).isZero();
    }

    @Test
    void keepsValuesInOrderWhenRowsAreCopiedFromAnotherColumnAndNewValuesAdded() {
        TextColumn old = of("2024-03-01", "2024-01-01", null, "2024-05-01");
        TextColumn.Builder builder = new TextColumn.Builder();
        builder.addFrom(old, 1, 4);
        builder.add("2024-04-01");
        builder.add("2024-01-01");
        builder.add("2023-12-31");

        TextColumn column = builder.build();

        assertThat(column.distinct()).isEqualTo(4);
        assertThat(List.of(column.value(0), column.value(1), column.value(2), column.value(3)))
                .containsExactly("2023-12-31", "2024-01-01", "2024-04-01", "2024-05-01");
        assertThat(column.value(column.code(0))).isEqualTo("2024-01-01");
        assertThat(column.code(1)).isEqualTo(TextColumn.NULL);
        assertThat(column.value(column.code(2))).isEqualTo("2024-05-01");
        assertThat(column.code(4)).isEqualTo(column.code(0));
    }
}
