package org.vigil.store;

import java.util.Arrays;

/** Collects incidents in ascending id order and mentions in ascending article order, then builds the columns. */
final class IncidentColumnsBuilder {
    private final TextColumn.Builder[] text = new TextColumn.Builder[IncidentColumns.TEXT_COLUMNS_COUNT];
    private long[] ids;
    private double[] latitude;
    private double[] longitude;
    private long[] killed;
    private long[] injured;
    private int rows;
    private long[] mentionArticles;
    private long[] mentionIncidents;
    private int mentions;

    IncidentColumnsBuilder(int expectedRows) {
        int n = Math.max(16, expectedRows);
        for (int c = 0; c < text.length; c++) text[c] = new TextColumn.Builder();
        ids = new long[n];
        latitude = new double[n];
        longitude = new double[n];
        killed = new long[n];
        injured = new long[n];
        mentionArticles = new long[n];
        mentionIncidents = new long[n];
    }

    /** Adds an incident; {@code values} are its text columns in the order of {@link IncidentColumns#TEXT_COLUMNS}. */
    void add(long id, String[] values, double lat, double lon, long killedFigure, long injuredFigure) {
        grow();
        for (int c = 0; c < text.length; c++) text[c].add(values[c]);
        append(id, lat, lon, killedFigure, injuredFigure);
    }

    /** Room for one more row at least; doubles the arrays when full. */
    private void grow() {
        if (rows < ids.length) return;
        int size = ids.length * 2;
        ids = Arrays.copyOf(ids, size);
        latitude = Arrays.copyOf(latitude, size);
        longitude = Arrays.copyOf(longitude, size);
        killed = Arrays.copyOf(killed, size);
        injured = Arrays.copyOf(injured, size);
    }

    private void append(long id, double lat, double lon, long killedFigure, long injuredFigure) {
        if (rows > 0 && id <= ids[rows - 1]) throw new IllegalStateException("Incident " + id + " comes after " + ids[rows - 1]);
        ids[rows] = id;
        latitude[rows] = lat;
        longitude[rows] = lon;
        killed[rows] = killedFigure;
        injured[rows++] = injuredFigure;
    }

    /** Adds rows {@code start} to {@code end} (exclusive) of other columns, to carry unchanged incidents into new columns. */
    void addRows(IncidentColumns from, int start, int end) {
        int n = end - start;
        if (n <= 0) return;
        if (rows > 0 && from.ids[start] <= ids[rows - 1]) throw new IllegalStateException("Incident " + from.ids[start] + " comes after " + ids[rows - 1]);
        while (rows + n > ids.length) grow();
        TextColumn[] columns = from.textColumns();
        for (int c = 0; c < text.length; c++) text[c].addFrom(columns[c], start, end);
        System.arraycopy(from.ids, start, ids, rows, n);
        System.arraycopy(from.latitude, start, latitude, rows, n);
        System.arraycopy(from.longitude, start, longitude, rows, n);
        System.arraycopy(from.killed, start, killed, rows, n);
        System.arraycopy(from.injured, start, injured, rows, n);
        rows += n;
    }

    void addMention(long articleRowid, long incidentId) {
        if (mentions > 0 && articleRowid < mentionArticles[mentions - 1]) {
            throw new IllegalStateException("Article " + articleRowid + " comes after " + mentionArticles[mentions - 1]);
        }
        if (mentions == mentionArticles.length) {
            mentionArticles = Arrays.copyOf(mentionArticles, mentions * 2);
            mentionIncidents = Arrays.copyOf(mentionIncidents, mentions * 2);
        }
        mentionArticles[mentions] = articleRowid;
        mentionIncidents[mentions++] = incidentId;
    }

    /** The columns; a mention whose incident was not added (it came after the incidents were read) is left out. */
    IncidentColumns build(long changeSeq) {
        if (rows >= 1 << IncidentColumns.ROW_BITS) throw new IllegalStateException("The web UI's columns hold at most 2^30 incidents, not " + rows);
        long[] rowIds = Arrays.copyOf(ids, rows);
        long[] articles = new long[mentions];
        int[] incidentRows = new int[mentions];
        int kept = 0;
        for (int m = 0; m < mentions; m++) {
            int row = Arrays.binarySearch(rowIds, mentionIncidents[m]);
            if (row < 0) continue;
            articles[kept] = mentionArticles[m];
            incidentRows[kept++] = row;
        }
        TextColumn[] columns = new TextColumn[text.length];
        for (int c = 0; c < text.length; c++) columns[c] = text[c].build();
        return new IncidentColumns(rowIds, columns, Arrays.copyOf(latitude, rows), Arrays.copyOf(longitude, rows),
                Arrays.copyOf(killed, rows), Arrays.copyOf(injured, rows), Arrays.copyOf(articles, kept), Arrays.copyOf(incidentRows, kept),
                changeSeq);
    }
}
