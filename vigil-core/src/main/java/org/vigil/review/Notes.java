package org.vigil.review;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.vigil.ingest.Article;
import org.vigil.store.IncidentStore;

/**
 * Notes on passages of articles: anyone logged in attaches one to a selected passage; the author or an
 * admin deletes it. Reading places each note in the article's current text, and a note whose passage
 * is gone is returned flagged as orphaned, never dropped.
 */
public final class Notes {
    static final int MAX_BODY = 5000;

    private final ReviewStore store;
    private final IncidentStore incidents;
    private final AuditLog audit;
    private final Clock clock;

    public Notes(ReviewStore store, IncidentStore incidents, AuditLog audit, Clock clock) {
        this.store = store;
        this.incidents = incidents;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A note on characters {@code start} to {@code end} of the article; {@code quote}, when given, must be that passage.
     *
     * @throws Refusal.BadInput when the passage lies outside the text or does not match, or the body is empty
     */
    public Note add(Optional<Account> who, String articleId, int start, int end, Optional<String> quote, String body) {
        return save(draft(who, articleId, start, end, quote, body));
    }

    /** A note checked (account, passage, body) and ready to save; its article was read from the incident store. */
    record Draft(Account account, Article article, TextAnchor anchor, String body, int start, int end) { }

    /**
     * The note checked, without saving anything. It reads the incident store, so it runs before a review transaction
     * opens: waiting on that store while holding the write lock could hold up an ingest waiting on the lock.
     */
    Draft draft(Optional<Account> who, String articleId, int start, int end, Optional<String> quote, String body) {
        Account account = Access.require(who, Role.READER, "attach notes");
        Article article = article(articleId);
        TextAnchor anchor = TextAnchor.select(article.text(), start, end, quote);
        return new Draft(account, article, anchor, Access.text(body, "note", MAX_BODY), start, end);
    }

    /** Saves the note with its audit entry, in one transaction (or in the one it is called within). */
    Note save(Draft d) {
        return store.transaction(() -> {
            long id = store.addNote(d.article().id(), d.account().id(), d.anchor(), d.body(), clock.instant());
            audit.record(Optional.of(d.account()), "note.add", "note " + id, "on article " + d.article().id() + " at " + d.start() + "-" + d.end()
                    + ": '" + TextAnchor.shorten(d.anchor().exact()) + "'");
            return store.note(id).orElseThrow();
        });
    }

    /** The note, unless deleted. */
    public Optional<Note> find(long id) {
        return store.note(id);
    }

    /** Deletes the author's own note, or anyone's for an admin. */
    public void delete(Optional<Account> who, long id) {
        Note note = store.note(id).orElseThrow(() -> new Refusal.Missing("No note " + id));
        Account account = Access.ownerOrAdmin(who, note.authorId(), "delete note " + id, "its author " + note.author());
        store.transaction(() -> {
            store.deleteNote(id, account.id(), clock.instant());
            audit.record(who, "note.delete", "note " + id, "by " + note.author() + ": " + TextAnchor.shorten(note.body()));
            return id;
        });
    }

    /** The article's notes placed in its current text, in text order, orphaned ones last. */
    public List<PlacedNote> of(Article article) {
        return store.notes(article.id()).stream()
                .map(n -> new PlacedNote(n, n.anchor().locate(article.text())))
                .sorted(Comparator.comparingInt((PlacedNote p) -> p.placement().span().map(s -> s.start()).orElse(Integer.MAX_VALUE))
                        .thenComparingLong(p -> p.note().id()))
                .toList();
    }

    private Article article(String id) {
        return incidents.article(id).orElseThrow(() -> new Refusal.Missing("No article with id '" + id + "'"));
    }
}
