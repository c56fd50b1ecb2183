package org.vigil.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may do what: accounts, ratings, grades, comments, notes and the audit log over a real database. */
class ReviewTest {
    @TempDir
    static Path dir;
    static ReviewFixture f;

    @BeforeAll
    static void open() {
        f = new ReviewFixture(dir);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void logsInWithTheRightPasswordOnlyAndFindsTheSessionByItsToken() {
        Session session = f.review.accounts().logIn("ALICE", ReviewFixture.PASSWORD).orElseThrow();
        assertThat(session.account()).isEqualTo(f.analyst);
        assertThat(f.review.accounts().session(session.token())).map(Session::csrf).contains(session.csrf());
        assertThat(f.review.accounts().logIn("alice", "wrong password")).isEmpty();
        assertThat(f.review.accounts().logIn("nobody", ReviewFixture.PASSWORD)).isEmpty();
        f.review.accounts().logOut(session.token());
        assertThat(f.review.accounts().session(session.token())).isEmpty();
    }

    @Test
    void refusesADuplicateNameAndAShortPasswordTogether() {
        assertThatThrownBy(() -> f.review.accounts().add(Optional.empty(), "Alice", Role.READER, "short"))
                .isInstanceOf(Refusal.BadInput.class)
                .hasMessage("An account named 'Alice' exists already; Password must have 10 to 1024 characters; got 5");
    }

    @Test
    void onlyAnAdminAddsAccountsFromTheWeb() {
        assertThatThrownBy(() -> f.review.accounts().add(Optional.of(f.analyst), "eve", Role.ADMIN, ReviewFixture.PASSWORD))
                .hasMessage("Only an admin may add accounts; alice is an analyst");
    }

    @Test
    void anAdminChangesARoleAndDisablesAnAccountWhoseSessionsEnd() {
        Account dora = f.review.accounts().add(Optional.of(f.admin), "dora", Role.READER, ReviewFixture.PASSWORD);
        Session session = f.review.accounts().logIn("dora", ReviewFixture.PASSWORD).orElseThrow();

        assertThat(f.review.accounts().changeRole(Optional.of(f.admin), dora.id(), Role.ANALYST).account().role()).isEqualTo(Role.ANALYST);
        assertThat(f.review.accounts().session(session.token())).map(s -> s.account().role()).contains(Role.ANALYST);
        assertThat(f.review.accounts().setDisabled(Optional.of(f.admin), dora.id(), true).active()).isFalse();
        assertThat(f.review.accounts().session(session.token())).isEmpty();
        assertThat(f.review.accounts().logIn("dora", ReviewFixture.PASSWORD)).isEmpty();
        f.review.accounts().setDisabled(Optional.of(f.admin), dora.id(), false);
        assertThat(f.review.accounts().logIn("dora", ReviewFixture.PASSWORD)).isPresent();

        assertThat(f.review.audit().recent(Optional.of(f.admin), 3)).extracting(AuditEntry::action, AuditEntry::detail).containsExactly(
                org.assertj.core.groups.Tuple.tuple("account.enable", "can log in again"),
                org.assertj.core.groups.Tuple.tuple("account.disable", "can no longer log in; sessions ended"),
                org.assertj.core.groups.Tuple.tuple("account.role", "reader -> analyst"));
        assertThat(f.review.accounts().list(Optional.of(f.admin))).extracting(a -> a.account().name()).contains("dora", "root", "alice");
    }

    @Test
    void onlyAnAdminManagesAccounts() {
        assertThatThrownBy(() -> f.review.accounts().list(Optional.of(f.analyst))).hasMessage("Only an admin may manage accounts; alice is an analyst");
        assertThatThrownBy(() -> f.review.accounts().changeRole(Optional.of(f.reader), f.reader.id(), Role.ADMIN))
                .hasMessage("Only an admin may change roles; rita is a reader");
        assertThatThrownBy(() -> f.review.accounts().setDisabled(Optional.empty(), f.reader.id(), true))
                .isInstanceOf(Refusal.NotAllowed.class).hasMessage("Log in to disable accounts");
    }

    @Test
    void anAdminCannotDemoteOrDisableThemselvesSoAnAdminRemains() {
        assertThatThrownBy(() -> f.review.accounts().changeRole(Optional.of(f.admin), f.admin.id(), Role.READER))
                .isInstanceOf(Refusal.BadInput.class).hasMessage("An admin cannot change their own role; ask another admin");
        assertThatThrownBy(() -> f.review.accounts().setDisabled(Optional.of(f.admin), f.admin.id(), true))
                .isInstanceOf(Refusal.BadInput.class).hasMessage("An admin cannot disable their own account; ask another admin");
        assertThatThrownBy(() -> f.review.accounts().setDisabled(Optional.of(f.admin), 999, true))
                .isInstanceOf(Refusal.Missing.class).hasMessage("No account with id 999");
    }

    @Test
    void ratingsAverageOneEditableVotePerAccount() {
        f.review.ratings().rate(Optional.of(f.reader), "crocus", 2);
        f.review.ratings().rate(Optional.of(f.reader), "crocus", 4);
        RatingSummary summary = f.review.ratings().rate(Optional.of(f.other), "crocus", 5);
        assertThat(summary.votes()).isEqualTo(2);
        assertThat(summary.label()).isEqualTo("4.5 · 2 votes");
        assertThat(f.review.ratings().summary("crocus", Optional.of(f.reader)).yours()).hasValue(4);
    }

    @Test
    void refusesARatingOfSeven() {
        assertThatThrownBy(() -> f.review.ratings().rate(Optional.of(f.reader), "crocus", 7))
                .isInstanceOf(Refusal.BadInput.class).hasMessage("A rating must be a whole number of stars from 1 to 5; got 7");
    }

    @Test
    void aLoggedOutVisitorCannotWrite() {
        assertThatThrownBy(() -> f.review.ratings().rate(Optional.empty(), "crocus", 3))
                .isInstanceOfSatisfying(Refusal.NotAllowed.class, e -> assertThat(e.loggedOut()).isTrue())
                .hasMessage("Log in to rate articles");
        assertThatThrownBy(() -> f.review.comments().post(Optional.empty(), CommentTarget.article("crocus"), Optional.empty(), "hi"))
                .hasMessage("Log in to comment");
    }

    @Test
    void onlyAnalystsGradeSources() {
        assertThatThrownBy(() -> f.review.grades().grade(Optional.of(f.reader), "Example News", "B"))
                .hasMessage("Only an analyst or an admin may grade the reliability of sources; rita is a reader");
        assertThat(f.review.grades().grade(Optional.of(f.analyst), "Example News", "b").grade()).isEqualTo(Grade.B);
        assertThatThrownBy(() -> f.review.grades().grade(Optional.of(f.analyst), "Example News", "G"))
                .hasMessage("A source grade must be one letter of the Admiralty scale, A (completely reliable) to F (cannot be judged); got 'G'");
    }

    @Test
    void commentsThreadAndOnlyTheirAuthorEditsThem() {
        CommentTarget target = CommentTarget.incident(f.incidentId());
        Comment root = f.review.comments().post(Optional.of(f.analyst), target, Optional.empty(), "Toll rose to 145.");
        Comment reply = f.review.comments().post(Optional.of(f.reader), target, Optional.of(root.id()), "Source?");
        assertThatThrownBy(() -> f.review.comments().edit(Optional.of(f.other), root.id(), "changed"))
                .hasMessage("Only its author alice may edit comment " + root.id());
        assertThat(f.review.comments().edit(Optional.of(f.analyst), root.id(), "Toll rose to 145 (TASS).").edited()).isPresent();
        List<Comments.Thread> threads = f.review.comments().threads(target);
        assertThat(threads).extracting(t -> t.comment().id()).contains(root.id());
        assertThat(threads.stream().filter(t -> t.comment().id() == root.id()).findFirst().orElseThrow().replies())
                .extracting(t -> t.comment().id()).containsExactly(reply.id());
    }

    @Test
    void anAnalystCannotDeleteAnothersCommentButAnAdminModerates() {
        CommentTarget target = CommentTarget.article("crocus");
        Comment c = f.review.comments().post(Optional.of(f.analyst), target, Optional.empty(), "first");
        int before = f.review.comments().count(target);
        assertThatThrownBy(() -> f.review.comments().delete(Optional.of(f.other), c.id()))
                .isInstanceOf(Refusal.NotAllowed.class).hasMessage("Only its author alice or an admin may delete comment " + c.id());
        f.review.comments().delete(Optional.of(f.admin), c.id());
        assertThat(f.review.comments().count(target)).isEqualTo(before - 1);
        assertThat(f.review.audit().recent(Optional.of(f.admin), 5)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("comment.moderate");
            assertThat(e.actor()).isEqualTo("root");
            assertThat(e.target()).isEqualTo("comment " + c.id());
        });
    }

    @Test
    void refusesAnEmptyComment() {
        assertThatThrownBy(() -> f.review.comments().post(Optional.of(f.reader), CommentTarget.article("crocus"), Optional.empty(), "  \n "))
                .isInstanceOf(Refusal.BadInput.class).hasMessage("The comment is empty: write some text");
    }

    @Test
    void onlyAdminsReadTheAuditLog() {
        assertThatThrownBy(() -> f.review.audit().recent(Optional.of(f.analyst), 10))
                .hasMessage("Only an admin may read the audit log; alice is an analyst");
    }

    @Test
    void aReaderMayNoteButNotCorrect() {
        int start = ReviewFixture.TEXT.indexOf("139");
        Note note = f.review.notes().add(Optional.of(f.reader), "crocus", start, start + 3, Optional.of("139"), "TASS says 145");
        assertThat(f.review.notes().of(f.incidents.article("crocus").orElseThrow())).extracting(p -> p.note().id()).contains(note.id());
        assertThatThrownBy(() -> f.review.corrections().correct(Optional.of(f.reader), f.incidentId(), Optional.empty(),
                CorrectionField.KILLED, "145", OptionalLong.of(note.id())))
                .isInstanceOf(Refusal.NotAllowed.class)
                .hasMessage("Only an analyst or an admin may correct extracted data; rita is a reader");
    }

    @Test
    void refusesANoteAnchoredOutsideTheText() {
        assertThatThrownBy(() -> f.review.notes().add(Optional.of(f.reader), "crocus", 10, 10_000, Optional.empty(), "x"))
                .hasMessage("The selected passage 10-10000 lies outside the article's text of " + ReviewFixture.TEXT.length() + " characters");
    }

    // The web form saves a note with the correction it asks for; neither may be left without the other.
    @Test
    void aNoteAndItsCorrectionCommitTogether(@TempDir Path own) {
        try (ReviewFixture g = new ReviewFixture(own)) {
            Review.Noted noted = g.review.addNote(Optional.of(g.analyst), "crocus", start139(), start139() + 3, Optional.of("139"), "TASS says 145",
                    Optional.of(new Corrections.Request(CorrectionField.KILLED, "145", OptionalLong.of(g.incidentId()))));

            assertThat(noted.correction()).hasValueSatisfying(c -> assertThat(c.noteId()).hasValue(noted.note().id()));
            assertThat(notesOn(g)).containsExactly(noted.note().id());
            assertThat(g.incidents.incident(g.incidentId()).orElseThrow().incident().killed()).hasValue(145);
            assertThat(actions(g)).contains("note.add", "correction.add");
        }
    }

    @Test
    void aNoteIsNotSavedWhenItsCorrectionFailsInsideTheTransaction(@TempDir Path own) {
        try (ReviewFixture g = new ReviewFixture(own)) {
            // What the correction writes in its transaction (the incident's alerts) fails: everything rolls back.
            g.incidents.onChange((connection, changes) -> {
                throw new SQLException("alerts are down");
            });

            assertThatThrownBy(() -> g.review.addNote(Optional.of(g.analyst), "crocus", start139(), start139() + 3, Optional.of("139"), "TASS says 145",
                    Optional.of(new Corrections.Request(CorrectionField.KILLED, "145", OptionalLong.of(g.incidentId())))))
                    .hasMessageContaining("alerts are down");

            assertThat(notesOn(g)).isEmpty();
            assertThat(g.review.corrections().history("crocus")).isEmpty();
            assertThat(actions(g)).doesNotContain("note.add", "correction.add");
            assertThat(g.incidents.incident(g.incidentId()).orElseThrow().incident().killed()).hasValue(139);
        }
    }

    @Test
    void aNoteIsNotSavedWhenItsCorrectionIsRefused(@TempDir Path own) {
        try (ReviewFixture g = new ReviewFixture(own)) {
            assertThatThrownBy(() -> g.review.addNote(Optional.of(g.analyst), "crocus", start139(), start139() + 3, Optional.of("139"), "TASS says 145",
                    Optional.of(new Corrections.Request(CorrectionField.KILLED, "145", OptionalLong.of(g.incidentId() + 100)))))
                    .isInstanceOf(Refusal.Missing.class).hasMessage("No incident with id " + (g.incidentId() + 100));
            assertThatThrownBy(() -> g.review.addNote(Optional.of(g.analyst), "crocus", start139(), start139() + 3, Optional.of("139"), "TASS says 145",
                    Optional.of(new Corrections.Request(CorrectionField.KILLED, "many", OptionalLong.of(g.incidentId())))))
                    .isInstanceOf(Refusal.BadInput.class);
            assertThatThrownBy(() -> g.review.addNote(Optional.of(g.reader), "crocus", start139(), start139() + 3, Optional.of("139"), "TASS says 145",
                    Optional.of(new Corrections.Request(CorrectionField.KILLED, "145", OptionalLong.of(g.incidentId())))))
                    .isInstanceOf(Refusal.NotAllowed.class);

            assertThat(notesOn(g)).isEmpty();
            assertThat(actions(g)).doesNotContain("note.add");
        }
    }

    @Test
    void aCorrectionIsNotSavedWhenItsNoteIsRefused(@TempDir Path own) {
        try (ReviewFixture g = new ReviewFixture(own)) {
            assertThatThrownBy(() -> g.review.addNote(Optional.of(g.analyst), "crocus", start139(), start139() + 3, Optional.of("139"), "  ",
                    Optional.of(new Corrections.Request(CorrectionField.KILLED, "145", OptionalLong.of(g.incidentId())))))
                    .isInstanceOf(Refusal.BadInput.class);
            assertThatThrownBy(() -> g.review.addNote(Optional.of(g.analyst), "crocus", start139(), start139() + 3, Optional.of("140"), "TASS says 145",
                    Optional.of(new Corrections.Request(CorrectionField.KILLED, "145", OptionalLong.of(g.incidentId())))))
                    .isInstanceOf(Refusal.BadInput.class);

            assertThat(g.review.corrections().history("crocus")).isEmpty();
            assertThat(g.incidents.incident(g.incidentId()).orElseThrow().incident().killed()).hasValue(139);
            assertThat(actions(g)).doesNotContain("correction.add");
        }
    }

    private static int start139() {
        return ReviewFixture.TEXT.indexOf("139");
    }

    private static List<Long> notesOn(ReviewFixture g) {
        return g.review.notes().of(g.incidents.article("crocus").orElseThrow()).stream().map(p -> p.note().id()).toList();
    }

    private static List<String> actions(ReviewFixture g) {
        return g.review.audit().recent(Optional.of(g.admin), 100).stream().map(AuditEntry::action).toList();
    }
}
