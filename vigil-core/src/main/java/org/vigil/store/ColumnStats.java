package org.vigil.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vigil.store.IncidentStats.MapCell;
import org.vigil.store.IncidentStats.MonthCount;
import org.vigil.store.IncidentStats.NameCount;

/**
 * Counts the incidents a {@link RowFilter} selects in one pass over {@link IncidentColumns}: totals,
 * months by type, leading groups and countries, and one-degree map cells, with the meaning (and
 * order) the dashboard's SQL had: groups without a name or named "unknown" are left out, a group
 * shows the first of its spellings, ties go to the name first in order.
 */
final class ColumnStats {
    private ColumnStats() {
    }

    /** The sums and mean position of one map cell's incidents of one type. */
    private static final class Cell {
        final int type;
        final Sum latitude = new Sum();
        final Sum longitude = new Sum();
        int count;
        long killed;
        long injured;

        Cell(int type) {
            this.type = type;
        }
    }

    static IncidentStats of(IncidentColumns c, RowFilter filter, int top) {
        int types = c.type.distinct();
        int[] monthTypes = new int[c.months.length * types];
        int[] groups = new int[c.perpetratorKey.distinct()];
        int[] groupNames = new int[groups.length];
        java.util.Arrays.fill(groupNames, Integer.MAX_VALUE);
        int unknown = c.perpetratorKey.codeOf("unknown");
        int[] countries = new int[c.country.distinct()];
        Cell[] cells = new Cell[c.cells.length * types];
        int incidents = 0;
        long killed = 0;
        long injured = 0;
        for (int row = 0; row < c.size(); row++) {
            if (!filter.test(row)) continue;
            incidents++;
            if (c.killed[row] != IncidentColumns.NO_FIGURE) killed += c.killed[row];
            if (c.injured[row] != IncidentColumns.NO_FIGURE) injured += c.injured[row];
            int type = c.type.code(row);
            int date = c.dateStart.code(row);
            if (date != TextColumn.NULL) monthTypes[c.monthOfDate[date] * types + type]++;
            int group = c.perpetratorKey.code(row);
            if (group != TextColumn.NULL && group != unknown) {
                groups[group]++;
                int name = c.perpetrator.code(row);
                if (name != TextColumn.NULL && name < groupNames[group]) groupNames[group] = name;
            }
            int country = c.country.code(row);
            if (country != TextColumn.NULL) countries[country]++;
            int code = c.cellOfRow[row];
            if (code != IncidentColumns.NO_CELL) {
                Cell cell = cells[code * types + type];
                if (cell == null) cell = cells[code * types + type] = new Cell(type);
                cell.count++;
                cell.latitude.add(c.latitude[row]);
                cell.longitude.add(c.longitude[row]);
                if (c.killed[row] != IncidentColumns.NO_FIGURE) cell.killed += c.killed[row];
                if (c.injured[row] != IncidentColumns.NO_FIGURE) cell.injured += c.injured[row];
            }
        }
        List<MonthCount> months = new ArrayList<>();
        for (int m = 0; m < c.months.length; m++) {
            for (int t = 0; t < types; t++) {
                int n = monthTypes[m * types + t];
                if (n > 0) months.add(new MonthCount(c.months[m], c.type.value(t), n));
            }
        }
        List<NameCount> leadingGroups = leading(groups, top).stream()
                .map(g -> {
                    String name = groupNames[g] == Integer.MAX_VALUE ? c.perpetratorKey.value(g) : c.perpetrator.value(groupNames[g]);
                    return new NameCount(name, name, groups[g]);
                }).toList();
        List<NameCount> leadingCountries = leading(countries, top).stream()
                .map(k -> new NameCount(c.country.value(k), c.country.value(k), countries[k])).toList();
        List<MapCell> mapCells = new ArrayList<>(); // in cell order (latitude, longitude), then type
        for (Cell x : cells) {
            if (x == null) continue;
            mapCells.add(new MapCell(x.latitude.total() / x.count, x.longitude.total() / x.count, c.type.value(x.type), x.count, x.killed, x.injured));
        }
        return new IncidentStats(incidents, killed, injured, months, leadingGroups, leadingCountries, mapCells);
    }

    /** The codes with the largest counts, largest first, ties by code (the value's order); at most {@code top}. */
    private static List<Integer> leading(int[] counts, int top) {
        List<Integer> codes = new ArrayList<>();
        for (int code = 0; code < counts.length; code++) if (counts[code] > 0) codes.add(code);
        codes.sort(Comparator.<Integer>comparingInt(code -> counts[code]).reversed().thenComparingInt(code -> code));
        return codes.subList(0, Math.min(top, codes.size()));
    }

    /** A sum of doubles as SQLite's SUM and AVG take it (Kahan-Babuska-Neumaier), so means come out the same. */
    private static final class Sum {
        private double sum;
        private double error;

        void add(double x) {
            double t = sum + x;
            error += Math.abs(sum) >= Math.abs(x) ? (sum - t) + x : (x - t) + sum;
            sum = t;
        }

        double total() {
            return sum + error;
        }
    }
}
