package org.vigil.store;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * One text column of every incident held in memory as small codes: each distinct value once, sorted
 * as SQLite's BINARY collation sorts text (by code point), so comparing codes compares values.
 * {@link #NULL} stands for SQL NULL.
 */
final class TextColumn {
    static final int NULL = -1;

    /** UTF-8 byte order, which is code point order (not Java's UTF-16 order). */
    static final Comparator<String> BINARY = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) return Integer.compare(x, y);
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    private final String[] values;
    private final int[] codes;

    private TextColumn(String[] values, int[] codes) {
        this.values = values;
        this.codes = codes;
    }

    /** The code of a row's value, {@link #NULL} when it has none. */
    int code(int row) {
        return codes[row];
    }

    String value(int code) {
        return values[code];
    }

    int distinct() {
        return values.length;
    }

    /** The code of this exact value, {@link #NULL} when no row has it. */
    int codeOf(String value) {
        int i = Arrays.binarySearch(values, value, BINARY);
        return i >= 0 ? i : NULL;
    }

    /** The smallest code whose value is at least {@code value}; {@link #distinct()} when there is none. */
    int firstAtLeast(String value) {
        int i = Arrays.binarySearch(values, value, BINARY);
        return i >= 0 ? i : -i - 1;
    }

    /** The smallest code whose value is above {@code value}; {@link #distinct()} when there is none. */
    int firstAbove(String value) {
        int i = Arrays.binarySearch(values, value, BINARY);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** Collects one value per row, in row order, then sorts the distinct values and codes the rows. */
    static final class Builder {
        private final Map<String, Integer> seen = new HashMap<>();
        private int[] codes = new int[1024];
        private int rows;

        /** The codes of the column rows were last copied from, and what each became here ({@link #UNSEEN} until copied once). */
        private TextColumn source;
        private int[] fromSource;
        private static final int UNSEEN = -2;

        void add(String value) {
            append(value == null ? NULL : seen.computeIfAbsent(value, v -> seen.size()));
        }

        /** Adds the values rows {@code start} to {@code end} (exclusive) of another column have, looking each distinct value up only once. */
        void addFrom(TextColumn column, int start, int end) {
            if (column != source) {
                source = column;
                fromSource = new int[column.distinct()];
                Arrays.fill(fromSource, UNSEEN);
            }
            if (rows + (end - start) > codes.length) codes = Arrays.copyOf(codes, Math.max(codes.length * 2, rows + (end - start)));
            for (int row = start; row < end; row++) {
                int code = column.code(row);
                if (code != NULL && fromSource[code] == UNSEEN) fromSource[code] = seen.computeIfAbsent(column.value(code), v -> seen.size());
                codes[rows++] = code == NULL ? NULL : fromSource[code];
            }
        }

        private void append(int code) {
            if (rows == codes.length) codes = Arrays.copyOf(codes, rows * 2);
            codes[rows++] = code;
        }

        TextColumn build() {
            String[] values = sortedValues();
            int[] sortedCode = new int[values.length];
            for (int i = 0; i < values.length; i++) sortedCode[seen.get(values[i])] = i;
            int[] coded = new int[rows];
            for (int r = 0; r < rows; r++) coded[r] = codes[r] == NULL ? NULL : sortedCode[codes[r]];
            return new TextColumn(values, coded);
        }

        /**
         * The distinct values in order. Those copied from a column are already in order there, so only
         * the others (an update's few new values) are sorted, then the two runs merged.
         */
        private String[] sortedValues() {
            String[] values = new String[seen.size()];
            if (source == null) {
                values = seen.keySet().toArray(values);
                Arrays.sort(values, BINARY);
                return values;
            }
            boolean[] copied = new boolean[seen.size()];
            String[] fromColumn = new String[seen.size()];
            int n = 0;
            for (int code = 0; code < fromSource.length; code++) {
                if (fromSource[code] == UNSEEN) continue;
                copied[fromSource[code]] = true;
                fromColumn[n++] = source.value(code);
            }
            String[] others = seen.entrySet().stream().filter(e -> !copied[e.getValue()]).map(Map.Entry::getKey).sorted(BINARY).toArray(String[]::new);
            int i = 0;
            int j = 0;
            for (int k = 0; k < values.length; k++) {
                values[k] = j >= others.length || (i < n && BINARY.compare(fromColumn[i], others[j]) < 0) ? fromColumn[i++] : others[j++];
            }
            return values;
        }
    }
}
