package org.vigil.review;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
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

    /** A note and the correction it came with, if any. */
    public record Noted(Note note, Optional<Correction> correction) { }

    /**
     * A note on characters {@code start} to {@code end} of the article, with the correction it asks for, if any: the note,
     * the correction, their audit entries, the incident columns and the alerts the correction causes commit in one
     * transaction, or nothing is saved. Everything is checked before that transaction opens.
     *
     * @throws Refusal when the note or the correction is refused; nothing is saved then
     */
    public Noted addNote(Optional<Account> who, String articleId, int start, int end, Optional<String> quote, String body,
                         Optional<Corrections.Request> correction) {
        Notes.Draft draft = notes.draft(who, articleId, start, end, quote, body);
        Optional<Corrections.Pending> pending = correction.map(r -> corrections.pending(who, r, Optional.of(articleId)));
        return store.transaction(() -> {
            Note note = notes.save(draft);
            return new Noted(note, pending.map(p -> corrections.save(p, note)));
        });
    }

    /** The incident store with this review's corrections laid over it. */
    public IncidentStore corrected(IncidentStore extracted) {
        return new CorrectedIncidentStore(extracted, store);
    }
}
