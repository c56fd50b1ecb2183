package org.vigil.store;

import java.util.List;
import java.util.Objects;

/**
 * What a dashboard shows about the incidents a search matches: totals, counts by month and type,
 * the leading groups and countries, and incidents on a map grid.
 *
 * @param killed the sum of the incidents' killed figures
 */
public record IncidentStats(int incidents, long killed, long injured, List<MonthCount> months, List<NameCount> groups,
                            List<NameCount> countries, List<MapCell> cells) {

    public IncidentStats {
        months = List.copyOf(months);
        groups = List.copyOf(groups);
        countries = List.copyOf(countries);
        cells = List.copyOf(cells);
    }

    /** How many incidents of one type fell in one month, written {@code YYYY-MM}. */
    public record MonthCount(String month, String type, int count) {
        public MonthCount {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(type, "type");
        }
    }

    /** How many incidents one group or country has; {@code key} is what a filter takes (a group name, a country code). */
    public record NameCount(String key, String name, int count) {
        public NameCount {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * The incidents of one type in one cell of a one-degree grid, placed at their mean position.
     *
     * @param killed sum of their killed figures
     */
    public record MapCell(double latitude, double longitude, String type, int count, long killed, long injured) {
        public MapCell {
            Objects.requireNonNull(type, "type");
        }
    }
}
