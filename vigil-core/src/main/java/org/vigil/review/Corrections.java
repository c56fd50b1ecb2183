package org.vigil.review;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.vigil.extract.IncidentMention;
import org.vigil.resolve.Place;
import org.vigil.resolve.PlaceLookup;
import org.vigil.store.CorrectionsInForce;
import org.vigil.store.IncidentDetail;
import org.vigil.store.IncidentSource;
import org.vigil.store.IncidentStore;

/**
 * Analysts' corrections of extracted incidents: a field of an incident (killed 139 to 145, perpetrator,
 * date, place, ...), the verdict that it is not an incident, or an incident extraction missed, added
 * from a noted passage. Each is stored as a new row; the extracted value stays and the history is kept.
 */
public final class Corrections {
    private static final String ACTION = "correct extracted data";

    private final ReviewStore store;
    private final IncidentStore incidents;
    private final AuditLog audit;
    private final Clock clock;
    private volatile ReviewListener<Correction> missed = ReviewListener.none();
    private final PlaceLookup places;

    /**
     * {@code incidents} must be the store as extracted, without corrections laid over it; {@code places}
     * locates a corrected place, so the incident keeps a position on the map.
     */
    public Corrections(ReviewStore store, IncidentStore incidents, AuditLog audit, Clock clock, PlaceLookup places) {
        this.store = store;
        this.incidents = incidents;
        this.audit = audit;
        this.clock = clock;
        this.places = places;
    }

    /** Corrections that locate no place. */
    public Corrections(ReviewStore store, IncidentStore incidents, AuditLog audit, Clock clock) {
        this(store, incidents, audit, clock, PlaceLookup.none());
    }

    /** From now on, {@code listener} is told of each missed incident reported, inside the transaction that saves it. */
    public void onMissed(ReviewListener<Correction> listener) {
        this.missed = java.util.Objects.requireNonNull(listener, "listener");
    }

    /**
     * Corrects a field of an incident as the given article states it (its first source when no article is given).
     *
     * @throws Refusal.BadInput when the value does not fit the field, or the field is {@code missed_incident}
     */
    public Correction correct(Optional<Account> who, long incidentId, Optional<String> articleId, CorrectionField field, String value,
                              OptionalLong noteId) {
        return save(pending(who, new Request(field, value, OptionalLong.of(incidentId)), articleId), noteId);
    }

    /**
     * What a note asks to correct: {@code field} of incident {@code incidentId} as the noted article states it, or, with
     * the field {@code missed_incident} (and no incident), an incident extraction missed, of the type {@code value}.
     */
    public record Request(CorrectionField field, String value, OptionalLong incidentId) {
        public Request {
            java.util.Objects.requireNonNull(field, "field");
            java.util.Objects.requireNonNull(incidentId, "incidentId");
        }
    }

    /**
     * A correction checked (role, value, incident and article) and ready to save with the note it comes with:
     * of the statement {@code stated} of incident {@code incidentId}, or, when {@code stated} is empty, a missed incident.
     */
    record Pending(Account account, CorrectionField field, Optional<String> value, Optional<IncidentMention> stated, long incidentId) { }

    /**
     * The correction checked, without saving anything. It reads the incident store, so it runs before a review
     * transaction opens (as {@link Notes#draft} does).
     *
     * @throws Refusal.BadInput when the value does not fit the field, or the incident is missing or not stated by the article
     */
    Pending pending(Optional<Account> who, Request request, Optional<String> articleId) {
        Account account = Access.require(who, Role.ANALYST, ACTION);
        CorrectionField field = request.field();
        if (field == CorrectionField.MISSED_INCIDENT) {
            if (request.incidentId().isPresent()) {
                throw new Refusal.BadInput("An incident that extraction missed is added from a note on the passage that states it, not from an incident");
            }
            return new Pending(account, field, field.normalize(request.value()), Optional.empty(), 0);
        }
        long incidentId = request.incidentId().orElseThrow(() -> new Refusal.BadInput("Choose the incident whose " + field.code() + " the note corrects"));
        IncidentDetail detail = incidents.incident(incidentId).orElseThrow(() -> new Refusal.Missing("No incident with id " + incidentId));
        IncidentSource source = detail.sources().stream().filter(s -> articleId.isEmpty() || s.articleId().equals(articleId.get())).findFirst()
                .orElseThrow(() -> new Refusal.BadInput("Incident " + incidentId + " is not stated by article '" + articleId.orElse("") + "'"));
        return new Pending(account, field, field.normalize(request.value()), Optional.of(source.mention()), incidentId);
    }

    /** Saves a checked correction that came with {@code note}: of an incident's field, or the missed incident the note's passage states. */
    Correction save(Pending p, Note note) {
        return p.stated().isEmpty() ? saveMissed(p.account(), note, p.value()) : save(p, OptionalLong.of(note.id()));
    }

    private Correction save(Pending p, OptionalLong noteId) {
        IncidentMention m = p.stated().orElseThrow();
        ReviewStore.NewCorrection c = new ReviewStore.NewCorrection(m.articleId(), m.evidenceText(), m.evidence().start(), OptionalLong.of(p.incidentId()),
                p.field(), p.value(), p.field().of(m), noteId, p.account(), clock.instant());
        return save(p.account(), c, located(c, overlay(List.of(m.articleId())).apply(m), CorrectionField.COORDINATES.of(m)), "incident " + p.incidentId());
    }

    /**
     * Adds the incident of {@code type} that the note's passage states and extraction missed; later
     * corrections of the same passage ({@link #correctMissed}) fill in its fields.
     */
    public Correction addMissed(Optional<Account> who, Note note, String type) {
        Account account = Access.require(who, Role.ANALYST, ACTION);
        return saveMissed(account, note, CorrectionField.MISSED_INCIDENT.normalize(type));
    }

    private Correction saveMissed(Account account, Note note, Optional<String> type) {
        return save(account, new ReviewStore.NewCorrection(note.articleId(), note.anchor().exact(), note.anchor().start(), OptionalLong.empty(),
                CorrectionField.MISSED_INCIDENT, type, Optional.empty(), OptionalLong.of(note.id()), account, clock.instant()), Optional.empty(),
                "article " + note.articleId());
    }

    /** Sets a field of an incident added by {@link #addMissed} from this note. */
    public Correction correctMissed(Optional<Account> who, Note note, CorrectionField field, String value) {
        Account account = Access.require(who, Role.ANALYST, ACTION);
        IncidentMention added = overlay(List.of(note.articleId())).missed(note.articleId()).stream()
                .filter(m -> m.evidenceText().equals(note.anchor().exact())).findFirst()
                .orElseThrow(() -> new Refusal.BadInput("Note " + note.id() + " adds no missed incident; add one first with the field missed_incident"));
        ReviewStore.NewCorrection c = new ReviewStore.NewCorrection(note.articleId(), note.anchor().exact(), note.anchor().start(), OptionalLong.empty(),
                field, field.normalize(value), Optional.empty(), OptionalLong.of(note.id()), account, clock.instant());
        return save(account, c, located(c, added, Optional.empty()), "article " + note.articleId());
    }

    /** The corrections in force over these articles. */
    public CorrectionOverlay overlay(Collection<String> articleIds) {
        return new CorrectionOverlay(store.corrections(articleIds));
    }

    /** Every correction of the article, oldest first. */
    public List<Correction> history(String articleId) {
        return store.corrections(List.of(articleId));
    }

    /** The ids of the articles with corrections. */
    public List<String> correctedArticles() {
        return store.correctedArticles();
    }

    /**
     * With a corrected place, its position from the gazetteer (in the country the incident is in, when known)
     * as a correction of the coordinates; a place the gazetteer does not know clears a corrected position.
     *
     * @param now the incident as corrected so far; {@code original} its extracted coordinates
     */
    private Optional<ReviewStore.NewCorrection> located(ReviewStore.NewCorrection c, IncidentMention now, Optional<String> original) {
        if (c.field() != CorrectionField.PLACE) return Optional.empty();
        Optional<String> position = c.value().flatMap(p -> places.place(p, now.country())).filter(Place::hasCoordinates)
                .map(p -> CorrectionsInForce.text(new IncidentMention.Coordinates(p.latitude(), p.longitude())));
        boolean corrected = store.corrections(List.of(c.articleId())).stream()
                .anyMatch(x -> x.field() == CorrectionField.COORDINATES && x.evidenceText().equals(c.evidenceText()));
        if (position.isEmpty() && !corrected) return Optional.empty();
        return Optional.of(new ReviewStore.NewCorrection(c.articleId(), c.evidenceText(), c.evidenceStart(), c.incidentId(),
                CorrectionField.COORDINATES, position, original, c.noteId(), c.author(), c.at()));
    }

    /**
     * Saves the correction (with the position of a corrected place), its audit entry and the incidents it
     * changes in one transaction: the corrected values reach the columns lists, sorting, counts and exports
     * read, or nothing is saved at all.
     */
    private Correction save(Account account, ReviewStore.NewCorrection c, Optional<ReviewStore.NewCorrection> located, String target) {
        ReviewListener<Correction> missedListener = missed;
        return store.inTransaction(connection -> {
            long id = add(account, c, target);
            located.ifPresent(l -> add(account, l, target));
            List<Long> stated = store.applyCorrections(c.articleId(), c.at());
            Correction correction = store.corrections(List.of(c.articleId())).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
            // The incident store's listener (alerts) hears of the corrected incident, or of every incident of the
            // article when an analyst added one extraction missed, on this connection: inside this transaction.
            List<Long> changed = c.incidentId().isPresent() ? List.of(c.incidentId().getAsLong()) : stated;
            if (!changed.isEmpty()) incidents.changedWithin(connection, changed, "correction by " + account.name());
            // A missed incident also reaches the followers of its article's comments.
            if (c.field() == CorrectionField.MISSED_INCIDENT && c.value().isPresent()) missedListener.saved(connection, correction);
            return correction;
        });
    }

    private long add(Account account, ReviewStore.NewCorrection c, String target) {
        long id = store.addCorrection(c);
        audit.record(Optional.of(account), "correction.add", target, c.field().code() + ": " + c.original().orElse(CorrectionField.NONE)
                + " -> " + c.value().orElse(CorrectionField.NONE) + " (article " + c.articleId() + ")");
        return id;
    }
}
