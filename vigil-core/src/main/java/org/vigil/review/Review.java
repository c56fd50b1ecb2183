package org.vigil.review;

import java.time.Clock;
import java.time.Duration;
import org.vigil.resolve.PlaceLookup;
import org.vigil.store.IncidentStore;

/**
 * Every part of review wired over one review store and the incident store as extracted: accounts,
 * ratings, source grades, comments, notes, corrections and the audit log.
 */
public record Review(ReviewStore store, Accounts accounts, Ratings ratings, SourceGrades grades, Comments comments, Notes notes,
                     Corrections corrections, AuditLog audit) {

    /** How long a login lasts. */
    public static final Duration SESSION = Duration.ofHours(12);

    /** Review whose corrections locate corrected places with {@code places} (the gazetteer). */
    public static Review over(ReviewStore store, IncidentStore extracted, PasswordHasher hasher, Clock clock, PlaceLookup places) {
        AuditLog audit = new AuditLog(store, clock);
        return new Review(store,
                new Accounts(store, hasher, audit, clock, SESSION),
                new Ratings(store, extracted, audit, clock),
                new SourceGrades(store, audit, clock),
                new Comments(store, audit, clock),
                new Notes(store, extracted, audit, clock),
                new Corrections(store, extracted, audit, clock, places),
                audit);
    }

    public static Review over(ReviewStore store, IncidentStore extracted, PasswordHasher hasher, Clock clock) {
        return over(store, extracted, hasher, clock, PlaceLookup.none());
    }

    public static Review over(ReviewStore store, IncidentStore extracted) {
        return over(store, extracted, new PasswordHasher(), Clock.systemUTC());
    }

    /** The incident store with this review's corrections laid over it. */
    public IncidentStore corrected(IncidentStore extracted) {
        return new CorrectedIncidentStore(extracted, store);
    }
}
