package org.vigil.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.vigil.extract.IncidentMention;
import org.vigil.extract.IncidentType;
import org.vigil.nlp.PartialDate;

/**
 * What a listed incident shows: its first mention with the incident row's own columns over it, so an
 * incident merged from several articles shows its canonical type, date, place, coordinates, country,
 * group and headline figures (the values its filters, sorting and counts use, analysts' corrections
 * included), not only what the first article said.
 */
final class MergedIncidentValues {
    /** The incident columns a query must select, for an incident aliased {@code i}. */
    static final String SELECT = """
            i.type AS incident_type, i.date_start AS incident_date_start, i.date_end AS incident_date_end,
            i.place AS incident_place, i.country AS incident_country, i.latitude AS incident_latitude,
            i.longitude AS incident_longitude, i.perpetrator AS incident_perpetrator, i.killed AS incident_killed,
            i.injured AS incident_injured""";

    private MergedIncidentValues() {
    }

    static IncidentMention over(IncidentMention first, ResultSet r) throws SQLException {
        Optional<String> start = Optional.ofNullable(r.getString("incident_date_start"));
        Optional<String> end = Optional.ofNullable(r.getString("incident_date_end"));
        Optional<PartialDate> date = start.isEmpty() || end.isEmpty() ? first.date()
                : Optional.of(dateOf(LocalDate.parse(start.get()), LocalDate.parse(end.get()), first.date()));
        double latitude = r.getDouble("incident_latitude");
        Optional<IncidentMention.Coordinates> coordinates = r.wasNull() ? Optional.empty()
                : Optional.of(new IncidentMention.Coordinates(latitude, r.getDouble("incident_longitude")));
        return new IncidentMention(first.articleId(), IncidentType.fromCode(r.getString("incident_type")).orElse(first.type()), first.status(), date,
                Optional.ofNullable(r.getString("incident_place")), Optional.ofNullable(r.getString("incident_country")), coordinates,
                Optional.ofNullable(r.getString("incident_perpetrator")), figure(r, "incident_killed"), figure(r, "incident_injured"), first.claimed(),
                first.certainty(), first.evidence(), first.evidenceText(), first.confidence());
    }

    private static java.util.OptionalInt figure(ResultSet r, String column) throws SQLException {
        int value = r.getInt(column);
        return r.wasNull() ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(value);
    }

    /** The day, month or year the stored range covers; the first mention's date when it is that range. */
    static PartialDate dateOf(LocalDate start, LocalDate end, Optional<PartialDate> first) {
        if (first.isPresent() && first.get().start().equals(start) && first.get().end().equals(end)) return first.get();
        if (start.equals(end)) return PartialDate.ofDay(start);
        if (start.getDayOfMonth() == 1 && end.equals(start.withDayOfMonth(start.lengthOfMonth()))) {
            return PartialDate.ofMonth(start.getYear(), start.getMonthValue());
        }
        return PartialDate.ofYear(start.getYear());
    }
}
