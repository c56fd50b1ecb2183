package org.vigil.store;

import java.util.BitSet;

/**
 * A search's filters as codes of {@link IncidentColumns}: {@link #ANY} where the search has no such
 * filter, {@link #NONE} where it asks for a value no incident has (nothing matches).
 *
 * @param since the smallest {@code date_end} code that overlaps the query's {@code since}
 * @param untilAbove the first {@code date_start} code after the query's {@code until}
 * @param text the rows the search's text matched; null when it has no text
 */
record RowFilter(IncidentColumns columns, int type, int country, int group, int since, int untilAbove, BitSet text) {
    static final int ANY = Integer.MIN_VALUE;
    /** A code no row has. */
    static final int NONE = -2;

    /** Whether a row is selected; the same conditions as the SQL of {@link IncidentFilter}, with the text's matches. */
    boolean test(int row) {
        if (type != ANY && columns.type.code(row) != type) return false;
        if (country != ANY && columns.country.code(row) != country) return false;
        if (group != ANY && columns.perpetratorKey.code(row) != group) return false;
        if (since != ANY) {
            int end = columns.dateEnd.code(row);
            if (end == TextColumn.NULL || end < since) return false;
        }
        if (untilAbove != ANY) {
            int start = columns.dateStart.code(row);
            if (start == TextColumn.NULL || start >= untilAbove) return false;
        }
        return text == null || text.get(row);
    }
}
