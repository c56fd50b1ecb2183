package org.vigil.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.vigil.extract.IncidentType;

/**
 * Which incidents to return and which page of them: every filter that is present must hold.
 *
 * <p>{@code since} and {@code until} are inclusive days. An incident matches when the interval its date
 * can mean overlaps [{@code since}, {@code until}]: a month-precision date 2024-03 covers 1 to 31 March,
 * so it matches {@code since} 2024-03-10. Undated incidents never match a query that gives either
 * bound. {@code country} is an ISO 3166-1 alpha-2 code and {@code perpetrator} a canonical group
 * name, both compared case-insensitively.
 *
 * @param limit the largest number of incidents to return, {@link #NO_LIMIT} for all
 * @param offset how many matching incidents to skip first
 */
public record IncidentQuery(
        Optional<IncidentType> type,
        Optional<String> country,
        Optional<String> perpetrator,
        Optional<LocalDate> since,
        Optional<LocalDate> until,
        int limit,
        int offset) {

    public static final int NO_LIMIT = Integer.MAX_VALUE;

    public IncidentQuery {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(perpetrator, "perpetrator");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        if (limit < 0) throw new IllegalArgumentException("Query limit must not be negative, got " + limit);
        if (offset < 0) throw new IllegalArgumentException("Query offset must not be negative, got " + offset);
        if (since.isPresent() && until.isPresent() && since.get().isAfter(until.get())) {
            throw new IllegalArgumentException("Query 'since' " + since.get() + " lies after 'until' " + until.get());
        }
    }

    /** Every incident, no filter, no limit. */
    public static IncidentQuery all() {
        return new IncidentQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), NO_LIMIT, 0);
    }

    public IncidentQuery withType(IncidentType type) {
        return new IncidentQuery(Optional.of(type), country, perpetrator, since, until, limit, offset);
    }

    public IncidentQuery withCountry(String country) {
        return new IncidentQuery(type, Optional.of(country), perpetrator, since, until, limit, offset);
    }

    public IncidentQuery withPerpetrator(String perpetrator) {
        return new IncidentQuery(type, country, Optional.of(perpetrator), since, until, limit, offset);
    }

    public IncidentQuery withSince(LocalDate since) {
        return new IncidentQuery(type, country, perpetrator, Optional.of(since), until, limit, offset);
    }

    public IncidentQuery withUntil(LocalDate until) {
        return new IncidentQuery(type, country, perpetrator, since, Optional.of(until), limit, offset);
    }

    public IncidentQuery withLimit(int limit) {
        return new IncidentQuery(type, country, perpetrator, since, until, limit, offset);
    }

    public IncidentQuery withOffset(int offset) {
        return new IncidentQuery(type, country, perpetrator, since, until, limit, offset);
    }
}
