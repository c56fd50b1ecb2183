package org.vigil.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.BitSet;

/**
 * Reads {@link IncidentColumns} from SQLite: every incident the first time, afterwards only the
 * incidents the {@code incident_change} log names since the columns were read, merged with the
 * unchanged rows in memory. Incidents analysts judged "not an incident" are left out, so no list or
 * count has them. Call it inside one read transaction, so rows and log agree.
 */
final class IncidentColumnsReader {
    private static final String INCIDENTS = "SELECT id, " + IncidentColumns.TEXT_COLUMNS
            + ", latitude, longitude, killed, injured FROM incident WHERE rejected = 0 %s ORDER BY id";
    private static final String MENTIONS = "SELECT a.rowid, m.incident_id FROM mention m JOIN article a ON a.id = m.article_id %s ORDER BY a.rowid";
    private static final String CHANGED_INCIDENTS = "AND id IN (SELECT incident_id FROM incident_change WHERE seq > ?)";
    private static final String CHANGED_MENTIONS = "WHERE m.incident_id IN (SELECT incident_id FROM incident_change WHERE seq > ?)";
    private static final String CHANGED_IDS = "SELECT DISTINCT incident_id FROM incident_change WHERE seq > ? ORDER BY incident_id";
    private static final String LOG = "SELECT COALESCE(MIN(seq), 0), COALESCE(MAX(seq), 0) FROM incident_change";

    private IncidentColumnsReader() {
    }

    /** The columns as the database holds them now: {@code previous} itself when no incident changed, patched when few did. */
    static IncidentColumns current(Connection connection, IncidentColumns previous) throws SQLException {
        long first;
        long last;
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(LOG)) {
            r.next();
            first = r.getLong(1);
            last = r.getLong(2);
        }
        if (previous != null) {
            if (last == previous.changeSeq) return previous;
            boolean nothingMissed = first <= previous.changeSeq + 1 && last > previous.changeSeq;
            if (nothingMissed) {
                long[] changed = changedIds(connection, previous.changeSeq);
                if (changed.length <= previous.size() / 4) return patched(connection, previous, changed, last);
            }
        }
        return all(connection, last);
    }

    private static IncidentColumns all(Connection connection, long changeSeq) throws SQLException {
        int n;
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM incident")) {
            r.next();
            n = r.getInt(1);
        }
        IncidentColumnsBuilder builder = new IncidentColumnsBuilder(n);
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(INCIDENTS.formatted(""))) {
            while (r.next()) add(r, builder);
        }
        try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(MENTIONS.formatted(""))) {
            while (r.next()) builder.addMention(r.getLong(1), r.getLong(2));
        }
        return builder.build(changeSeq);
    }

    /** The unchanged rows of {@code previous} with the changed incidents read again (those deleted are gone), in id order. */
    private static IncidentColumns patched(Connection connection, IncidentColumns previous, long[] changed, long changeSeq) throws SQLException {
        IncidentColumnsBuilder builder = new IncidentColumnsBuilder(previous.size() + changed.length);
        BitSet dropped = new BitSet(previous.size());
        for (long id : changed) {
            int row = Arrays.binarySearch(previous.ids, id);
            if (row >= 0) dropped.set(row);
        }
        int row = 0;
        try (PreparedStatement s = connection.prepareStatement(INCIDENTS.formatted(CHANGED_INCIDENTS))) {
            s.setLong(1, previous.changeSeq);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    int before = Arrays.binarySearch(previous.ids, r.getLong(1));
                    int end = before >= 0 ? before : -before - 1;
                    copyKept(previous, row, end, dropped, builder);
                    row = end;
                    add(r, builder);
                }
            }
        }
        copyKept(previous, row, previous.size(), dropped, builder);

        int mention = 0;
        try (PreparedStatement s = connection.prepareStatement(MENTIONS.formatted(CHANGED_MENTIONS))) {
            s.setLong(1, previous.changeSeq);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    long article = r.getLong(1);
                    for (; mention < previous.mentions() && previous.mentionArticle(mention) <= article; mention++) {
                        copyUnchangedMention(previous, mention, changed, builder);
                    }
                    builder.addMention(article, r.getLong(2));
                }
            }
        }
        for (; mention < previous.mentions(); mention++) copyUnchangedMention(previous, mention, changed, builder);
        return builder.build(changeSeq);
    }

    /** Copies rows {@code from} to {@code to} (exclusive) of the previous columns, in runs, leaving out the dropped ones. */
    private static void copyKept(IncidentColumns previous, int from, int to, BitSet dropped, IncidentColumnsBuilder builder) {
        int row = from;
        while (row < to) {
            int next = dropped.nextSetBit(row);
            int stop = next < 0 || next >= to ? to : next;
            builder.addRows(previous, row, stop);
            row = stop == next ? stop + 1 : stop;
        }
    }

    private static void copyUnchangedMention(IncidentColumns previous, int mention, long[] changed, IncidentColumnsBuilder builder) {
        long incident = previous.mentionIncident(mention);
        if (Arrays.binarySearch(changed, incident) < 0) builder.addMention(previous.mentionArticle(mention), incident);
    }

    private static long[] changedIds(Connection connection, long since) throws SQLException {
        long[] ids = new long[64];
        int n = 0;
        try (PreparedStatement s = connection.prepareStatement(CHANGED_IDS)) {
            s.setLong(1, since);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (n == ids.length) ids = Arrays.copyOf(ids, n * 2);
                    ids[n++] = r.getLong(1);
                }
            }
        }
        return Arrays.copyOf(ids, n);
    }

    /** One row of {@link #INCIDENTS}: id, the text columns, latitude, longitude, killed, injured. */
    private static void add(ResultSet r, IncidentColumnsBuilder builder) throws SQLException {
        String[] text = new String[IncidentColumns.TEXT_COLUMNS_COUNT];
        for (int c = 0; c < text.length; c++) text[c] = r.getString(c + 2);
        int next = text.length + 2;
        builder.add(r.getLong(1), text, number(r, next), number(r, next + 1), figure(r, next + 2), figure(r, next + 3));
    }

    private static double number(ResultSet r, int column) throws SQLException {
        double value = r.getDouble(column);
        return r.wasNull() ? Double.NaN : value;
    }

    private static long figure(ResultSet r, int column) throws SQLException {
        long value = r.getLong(column);
        return r.wasNull() ? IncidentColumns.NO_FIGURE : value;
    }
}
