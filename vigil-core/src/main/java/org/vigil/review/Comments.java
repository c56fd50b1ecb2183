package org.vigil.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Threaded comments on articles and incidents: anyone logged in writes and answers; authors edit and
 * delete their own; admins delete anyone's. A deleted comment keeps its place while it has answers.
 */
public final class Comments {
    static final int MAX_BODY = 5000;

    /** A comment with its answers, as the page shows it. */
    public record Thread(Comment comment, List<Thread> replies) { }

    private final ReviewStore store;
    private final AuditLog audit;
    private final Clock clock;
    private volatile ReviewListener<Comment> posted = ReviewListener.none();

    public Comments(ReviewStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** From now on, {@code listener} is told of each comment inside the transaction that saves it (alerts to its followers). */
    public void onPost(ReviewListener<Comment> listener) {
        this.posted = java.util.Objects.requireNonNull(listener, "listener");
    }

    /**
     * A new comment on the target, answering {@code parent} when given.
     *
     * @throws Refusal.BadInput when the body is empty or too long, or the parent is on another target
     */
    public Comment post(Optional<Account> who, CommentTarget target, Optional<Long> parent, String body) {
        Account account = Access.require(who, Role.READER, "comment");
        String text = Access.text(body, "comment", MAX_BODY);
        if (parent.isPresent()) {
            Comment answered = store.comment(parent.get()).orElseThrow(() -> new Refusal.Missing("No comment " + parent.get() + " to answer"));
            if (!answered.target().equals(target)) {
                throw new Refusal.BadInput("Comment " + parent.get() + " is on " + answered.target() + ", not on " + target);
            }
            if (answered.deleted()) throw new Refusal.BadInput("Comment " + parent.get() + " was deleted and cannot be answered");
        }
        ReviewListener<Comment> listener = posted;
        return store.inTransaction(connection -> {
            Comment comment = store.comment(store.addComment(target, parent, account.id(), text, clock.instant())).orElseThrow();
            audit.record(who, "comment.add", "comment " + comment.id(), "on " + target + parent.map(p -> ", answering comment " + p).orElse(""));
            listener.saved(connection, comment);
            return comment;
        });
    }

    /** Replaces the body of the account's own comment. */
    public Comment edit(Optional<Account> who, long id, String body) {
        Comment comment = live(id);
        Access.owner(who, comment.authorId(), "edit comment " + id, "its author " + comment.author());
        String text = Access.text(body, "comment", MAX_BODY);
        return store.transaction(() -> {
            store.editComment(id, text, clock.instant());
            audit.record(who, "comment.edit", "comment " + id, "was: " + TextAnchor.shorten(comment.body()));
            return store.comment(id).orElseThrow();
        });
    }

    /** Deletes the account's own comment, or anyone's for an admin. */
    public void delete(Optional<Account> who, long id) {
        Comment comment = live(id);
        Account account = Access.ownerOrAdmin(who, comment.authorId(), "delete comment " + id, "its author " + comment.author());
        store.transaction(() -> {
            store.deleteComment(id, account.id(), clock.instant());
            audit.record(who, account.id() == comment.authorId() ? "comment.delete" : "comment.moderate", "comment " + id,
                    "by " + comment.author() + ": " + TextAnchor.shorten(comment.body()));
            return id;
        });
    }

    public Optional<Comment> find(long id) {
        return store.comment(id);
    }

    /** The target's threads, oldest first; deleted comments without live answers are left out. */
    public List<Thread> threads(CommentTarget target) {
        List<Comment> all = store.comments(target);
        Map<Long, List<Comment>> children = new LinkedHashMap<>();
        List<Comment> roots = new ArrayList<>();
        for (Comment c : all) {
            if (c.parent().isPresent()) children.computeIfAbsent(c.parent().get(), k -> new ArrayList<>()).add(c);
            else roots.add(c);
        }
        return build(roots, children);
    }

    public int count(CommentTarget target) {
        return store.countComments(target);
    }

    private static List<Thread> build(List<Comment> level, Map<Long, List<Comment>> children) {
        List<Thread> threads = new ArrayList<>();
        for (Comment c : level) {
            List<Thread> replies = build(children.getOrDefault(c.id(), List.of()), children);
            if (!c.deleted() || !replies.isEmpty()) threads.add(new Thread(c, replies));
        }
        return threads;
    }

    private Comment live(long id) {
        Comment comment = store.comment(id).orElseThrow(() -> new Refusal.Missing("No comment " + id));
        if (comment.deleted()) throw new Refusal.Missing("Comment " + id + " was deleted");
        return comment;
    }
}
