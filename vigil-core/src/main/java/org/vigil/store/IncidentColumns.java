package org.vigil.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the web UI filters, sorts and counts incidents by, for every incident, held in memory as
 * columns (about 110 bytes an incident with its sort orders): a list page or a dashboard then reads arrays instead of
 * scanning SQLite, so it costs a few milliseconds whatever the filter. Rows are in id order; text
 * columns are coded by {@link TextColumn}; which articles mention which incident lets full-text
 * matches (article rowids) become incidents. A snapshot: {@link IncidentColumnsReader} builds a
 * new one when the database changed.
 */
final class IncidentColumns {
    /** A figure SQL holds as NULL. */
    static final long NO_FIGURE = Long.MIN_VALUE;

    /** A sort key takes 33 bits (NULL, then every int); the row takes the 30 bits below it. */
    static final int ROW_BITS = 30;
    /** The text columns, in the order {@link IncidentColumnsBuilder#add} takes them. */
    static final String TEXT_COLUMNS = "type, date_start, date_end, country, perpetrator_key, perpetrator, place";
    static final int TEXT_COLUMNS_COUNT = 7;

    final long[] ids;
    final TextColumn type;
    final TextColumn dateStart;
    final TextColumn dateEnd;
    final TextColumn country;
    final TextColumn perpetratorKey;
    final TextColumn perpetrator;
    final TextColumn place;
    /** {@link Double#NaN} where SQL holds NULL. */
    final double[] latitude;
    final double[] longitude;
    /** {@link #NO_FIGURE} where SQL holds NULL. */
    final long[] killed;
    final long[] injured;
    /** The months ({@code YYYY-MM}, the first seven characters of a date) dates fall in, in order, and each date_start code's month. */
    final String[] months;
    final int[] monthOfDate;
    /** The one-degree map cells incidents lie in, in order of latitude then longitude, and each row's cell ({@link #NO_CELL} without a position). */
    final long[] cells;
    final int[] cellOfRow;
    static final int NO_CELL = -1;
    /** Each mention's article rowid, ascending, and the row of its incident. */
    private final long[] mentionArticles;
    private final int[] mentionRows;
    private final Map<IncidentSort, Order> orders = new EnumMap<>(IncidentSort.class);
    /** The last entry of the incident_change log these columns include. */
    final long changeSeq;

    /** Columns of these rows; {@link IncidentColumnsBuilder} makes them. */
    IncidentColumns(long[] ids, TextColumn[] text, double[] latitude, double[] longitude, long[] killed, long[] injured,
                            long[] mentionArticles, int[] mentionRows, long changeSeq) {
        this.changeSeq = changeSeq;
        this.ids = ids;
        this.type = text[0];
        this.dateStart = text[1];
        this.dateEnd = text[2];
        this.country = text[3];
        this.perpetratorKey = text[4];
        this.perpetrator = text[5];
        this.place = text[6];
        this.latitude = latitude;
        this.longitude = longitude;
        this.killed = killed;
        this.injured = injured;
        this.mentionArticles = mentionArticles;
        this.mentionRows = mentionRows;
        this.monthOfDate = new int[dateStart.distinct()];
        List<String> monthList = new ArrayList<>();
        for (int d = 0; d < monthOfDate.length; d++) {
            String date = dateStart.value(d);
            String month = date.substring(0, Math.min(7, date.length()));
            if (monthList.isEmpty() || !monthList.get(monthList.size() - 1).equals(month)) monthList.add(month);
            monthOfDate[d] = monthList.size() - 1;
        }
        this.months = monthList.toArray(String[]::new);
        long[] cellOf = new long[ids.length];
        long[] sorted = new long[ids.length];
        int placed = 0;
        for (int row = 0; row < ids.length; row++) {
            cellOf[row] = Double.isNaN(latitude[row]) ? Long.MIN_VALUE : cell(latitude[row], longitude[row]);
            if (cellOf[row] != Long.MIN_VALUE) sorted[placed++] = cellOf[row];
        }
        Arrays.sort(sorted, 0, placed);
        int distinct = 0;
        for (int i = 0; i < placed; i++) if (distinct == 0 || sorted[i] != sorted[distinct - 1]) sorted[distinct++] = sorted[i];
        this.cells = Arrays.copyOf(sorted, distinct);
        this.cellOfRow = new int[ids.length];
        for (int row = 0; row < ids.length; row++) cellOfRow[row] = cellOf[row] == Long.MIN_VALUE ? NO_CELL : Arrays.binarySearch(cells, cellOf[row]);
    }

    /**
     * The one-degree cell of a position as one number ordered by latitude, then longitude: adding 90
     * and 180 first makes truncation a floor, as {@code CAST(latitude + 90 AS INTEGER)} did in SQL.
     */
    private static long cell(double latitude, double longitude) {
        long lat = clamp((long) (latitude + 90));
        long lon = clamp((long) (longitude + 180));
        return (lat << 32) + (lon - Integer.MIN_VALUE);
    }

    private static long clamp(long value) {
        return Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
    }

    int size() {
        return ids.length;
    }

    /** The rows of the incidents that these articles (rowids, ascending) mention. */
    BitSet rowsMentionedBy(long[] articleRowids) {
        BitSet rows = new BitSet(size());
        int m = 0;
        for (long article : articleRowids) {
            while (m < mentionArticles.length && mentionArticles[m] < article) m++;
            for (int k = m; k < mentionArticles.length && mentionArticles[k] == article; k++) rows.set(mentionRows[k]);
        }
        return rows;
    }

    /** Which rows a query's filters select, with the rows its text matched when it has text. */
    RowFilter filter(IncidentQuery query, Optional<BitSet> text) {
        int typeCode = query.type().map(t -> known(type.codeOf(t.code()))).orElse(RowFilter.ANY);
        int countryCode = query.country().map(c -> known(country.codeOf(c.toUpperCase(Locale.ROOT)))).orElse(RowFilter.ANY);
        int groupCode = query.perpetrator().map(p -> known(perpetratorKey.codeOf(p.toLowerCase(Locale.ROOT)))).orElse(RowFilter.ANY);
        int since = query.since().map(d -> dateEnd.firstAtLeast(d.toString())).orElse(RowFilter.ANY);
        int until = query.until().map(d -> dateStart.firstAbove(d.toString())).orElse(RowFilter.ANY);
        return new RowFilter(this, typeCode, countryCode, groupCode, since, until, text.orElse(null));
    }

    /** A value no row has becomes a code no row has, not NULL, which rows without a value have. */
    private static int known(int code) {
        return code == TextColumn.NULL ? RowFilter.NONE : code;
    }

    /** The ids of one page of the rows a filter selects, in a sort's order, and how many rows it selects in all. */
    Page page(RowFilter filter, IncidentSort sort, boolean descending, int offset, int limit) {
        Order o = order(sort);
        int[] order = o.rows();
        int nulls = o.nulls();
        long[] page = new long[(int) Math.max(0, Math.min(limit, (long) size() - offset))];
        int taken = 0;
        int matched = 0;
        int n = order.length;
        for (int i = 0; i < n; i++) {
            // descending: the array backwards (NULLs, which sort first, come last); ascending: NULLs moved after the rest
            int row = descending ? order[n - 1 - i] : order[i < n - nulls ? nulls + i : i - (n - nulls)];
            if (!filter.test(row)) continue;
            if (matched >= offset && taken < page.length) page[taken++] = ids[row];
            matched++;
        }
        return new Page(Arrays.copyOf(page, taken), matched);
    }

    /** Ids of one page, in order, and how many incidents matched in all. */
    record Page(long[] ids, int total) { }

    /** Every row sorted by a column, NULL first, ties by id, and how many rows have NULL. */
    private record Order(int[] rows, int nulls) { }

    /** A sort's order, built on first use. */
    private Order order(IncidentSort sort) {
        return orders.computeIfAbsent(sort, s -> {
            long[] keyed = new long[size()];
            int nulls = 0;
            for (int row = 0; row < keyed.length; row++) {
                long key = key(s, row);
                if (key == 0) nulls++;
                keyed[row] = key << ROW_BITS | row;
            }
            Arrays.sort(keyed);
            int[] rows = new int[keyed.length];
            for (int i = 0; i < rows.length; i++) rows[i] = (int) (keyed[i] & ((1L << ROW_BITS) - 1));
            return new Order(rows, nulls);
        });
    }

    /** A row's sort key: 0 for NULL, else 1 and up in the column's order. */
    private long key(IncidentSort sort, int row) {
        return switch (sort) {
            case DATE -> dateStart.code(row) + 1L;
            case TYPE -> type.code(row) + 1L;
            case COUNTRY -> country.code(row) + 1L;
            case GROUP -> perpetratorKey.code(row) + 1L;
            case PLACE -> place.code(row) + 1L;
            case KILLED -> figureKey(killed[row]);
            case INJURED -> figureKey(injured[row]);
        };
    }

    /** Figures are whole numbers an int holds (they come from OptionalInt); shifted to 1 .. 2^32. */
    private static long figureKey(long figure) {
        if (figure == NO_FIGURE) return 0;
        return Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, figure)) - (long) Integer.MIN_VALUE + 1;
    }

    TextColumn[] textColumns() {
        return new TextColumn[] {type, dateStart, dateEnd, country, perpetratorKey, perpetrator, place};
    }

    /** Each mention as (article rowid, incident id), in article order, to copy mentions into new columns. */
    int mentions() {
        return mentionArticles.length;
    }

    long mentionArticle(int mention) {
        return mentionArticles[mention];
    }

    long mentionIncident(int mention) {
        return ids[mentionRows[mention]];
    }
}
