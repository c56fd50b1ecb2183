package org.vigil.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Optional;
import java.util.OptionalInt;
import org.vigil.extract.Certainty;
import org.vigil.extract.IncidentMention;
import org.vigil.extract.IncidentMention.Coordinates;
import org.vigil.extract.IncidentStatus;
import org.vigil.extract.IncidentType;
import org.vigil.nlp.PartialDate;
import org.vigil.nlp.Span;

/** Turns an {@link IncidentMention} into the parameters of a {@code mention} row and such a row back into a mention. */
final class MentionRows {

    /** The columns {@link #bind} fills, in order. */
    static final String COLUMNS = """
            type, status, date_text, date_precision, date_start, date_end, place, country,
            latitude, longitude, perpetrator, killed, injured, claimed, certainty,
            evidence_start, evidence_end, evidence_text, confidence""";

    /** The same columns for a query that joins {@code mention m} with other tables. */
    static final String SELECT_COLUMNS = """
            m.type, m.status, m.date_text, m.date_precision, m.date_start, m.date_end, m.place, m.country,
            m.latitude, m.longitude, m.perpetrator, m.killed, m.injured, m.claimed, m.certainty,
            m.evidence_start, m.evidence_end, m.evidence_text, m.confidence""";

    private MentionRows() {
    }

    /** Binds the mention's fields, in the order of {@link #COLUMNS}, to the parameters from {@code first} on. */
    static void bind(PreparedStatement statement, int first, IncidentMention m) throws SQLException {
        int i = first;
        statement.setString(i++, m.type().code());
        statement.setString(i++, m.status().name());
        statement.setString(i++, m.date().map(PartialDate::toString).orElse(null));
        statement.setString(i++, m.date().map(d -> d.precision().name()).orElse(null));
        statement.setString(i++, m.date().map(d -> d.start().toString()).orElse(null));
        statement.setString(i++, m.date().map(d -> d.end().toString()).orElse(null));
        statement.setString(i++, m.place().orElse(null));
        statement.setString(i++, m.country().orElse(null));
        setDouble(statement, i++, m.coordinates().map(Coordinates::latitude));
        setDouble(statement, i++, m.coordinates().map(Coordinates::longitude));
        statement.setString(i++, m.perpetrator().orElse(null));
        setInt(statement, i++, m.killed());
        setInt(statement, i++, m.injured());
        setInt(statement, i++, m.claimed().map(c -> c ? OptionalInt.of(1) : OptionalInt.of(0)).orElse(OptionalInt.empty()));
        statement.setString(i++, m.certainty().name());
        statement.setInt(i++, m.evidence().start());
        statement.setInt(i++, m.evidence().end());
        statement.setString(i++, m.evidenceText());
        statement.setDouble(i, m.confidence());
    }

    /** The mention in the current row, whose columns carry the names of {@link #COLUMNS} plus {@code article_id}. */
    static IncidentMention read(ResultSet row) throws SQLException {
        String dateText = row.getString("date_text");
        Optional<PartialDate> date = Optional.ofNullable(dateText).map(text -> PartialDate.parse(text)
                .orElseThrow(() -> new IllegalStateException("Stored incident date '" + text + "' is not YYYY, YYYY-MM or YYYY-MM-DD")));
        Optional<Double> latitude = getDouble(row, "latitude");
        Optional<Double> longitude = getDouble(row, "longitude");
        Optional<Coordinates> coordinates = latitude.isPresent() && longitude.isPresent()
                ? Optional.of(new Coordinates(latitude.get(), longitude.get()))
                : Optional.empty();
        OptionalInt claimed = getInt(row, "claimed");
        return new IncidentMention(
                row.getString("article_id"),
                IncidentType.fromCode(row.getString("type"))
                        .orElseThrow(() -> new IllegalStateException("Stored incident type is unknown: " + safe(row, "type"))),
                IncidentStatus.valueOf(row.getString("status")),
                date,
                Optional.ofNullable(row.getString("place")),
                Optional.ofNullable(row.getString("country")),
                coordinates,
                Optional.ofNullable(row.getString("perpetrator")),
                getInt(row, "killed"),
                getInt(row, "injured"),
                claimed.isPresent() ? Optional.of(claimed.getAsInt() != 0) : Optional.empty(),
                Certainty.valueOf(row.getString("certainty")),
                new Span(row.getInt("evidence_start"), row.getInt("evidence_end")),
                row.getString("evidence_text"),
                row.getDouble("confidence"));
    }

    private static String safe(ResultSet row, String column) {
        try {
            return row.getString(column);
        } catch (SQLException e) {
            return "?";
        }
    }

    private static void setDouble(PreparedStatement statement, int index, Optional<Double> value) throws SQLException {
        if (value.isPresent()) statement.setDouble(index, value.get());
        else statement.setNull(index, Types.DOUBLE);
    }

    private static void setInt(PreparedStatement statement, int index, OptionalInt value) throws SQLException {
        if (value.isPresent()) statement.setInt(index, value.getAsInt());
        else statement.setNull(index, Types.INTEGER);
    }

    private static Optional<Double> getDouble(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? Optional.empty() : Optional.of(value);
    }

    private static OptionalInt getInt(ResultSet row, String column) throws SQLException {
        int value = row.getInt(column);
        return row.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
