package org.vigil.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigil.alert.AlertSamples.KABUL;
import static org.vigil.alert.AlertSamples.article;
import static org.vigil.alert.AlertSamples.bombing;
import static org.vigil.alert.AlertSamples.criteria;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.review.Account;
import org.vigil.review.CommentTarget;
import org.vigil.review.CorrectionField;
import org.vigil.review.Note;
import org.vigil.review.PasswordHasher;
import org.vigil.review.Review;
import org.vigil.review.Role;
import org.vigil.review.SqliteReviewStore;
import org.vigil.store.IncidentQuery;
import org.vigil.store.SqliteIncidentStore;

/** Corrections and comments saved through the review feature reach alerts, over one real SQLite file. */
class CorrectionAlertsTest {
    static final String KABUL_TEXT = IncidentAlertsTest.KABUL_TEXT;

    @TempDir
    Path dir;
    SqliteIncidentStore store;
    SqliteReviewStore reviewStore;
    Review review;
    Alerts alerts;
    Account alice;

    @BeforeEach
    void open() {
        Path db = dir.resolve("vigil.db");
        store = SqliteIncidentStore.open(db);
        reviewStore = SqliteReviewStore.open(db);
        review = Review.over(reviewStore, store, new PasswordHasher(1024, 1, 1), Clock.systemUTC());
        alerts = Alerts.open(db, AlertSettings.defaults(), Clock.systemUTC());
        // The wiring of the web server (AlertRoutes.register).
        store.onChange(ReviewAlerts.matching(Clock.systemUTC()));
        ReviewAlerts.tellFollowers(review, Clock.systemUTC());
        alice = review.accounts().add(Optional.empty(), "alice", Role.ANALYST, "correct horse battery");
    }

    @AfterEach
    void close() {
        alerts.close();
        reviewStore.close();
        store.close();
    }

    long kabul(int killed) {
        store.save(article("kabul", KABUL_TEXT), List.of(bombing("kabul", KABUL_TEXT, "Kabul", "AF", KABUL, "Taliban", killed)));
        return store.mentionsOfArticle("kabul").get(0).incidentId();
    }

    void correct(long incident, CorrectionField field, String value) {
        review.corrections().correct(Optional.of(alice), incident, Optional.empty(), field, value, OptionalLong.empty());
    }

    @Test
    void correctedTollOfAnAlertedIncidentGivesExactlyOneUpdateSayingWhatChanged() {
        alerts.createWatchlist("ana", "all", WatchCriteria.EVERYTHING, true);
        long incident = kabul(9);

        correct(incident, CorrectionField.KILLED, "12");

        List<Notification> ana = alerts.notifications("ana", 0, 10);
        assertThat(ana).extracting(Notification::kind).containsExactly(Notification.Kind.UPDATE, Notification.Kind.NEW);
        assertThat(ana.get(0).changes()).containsExactly("Killed: 9 → 12 (correction by alice)");
        assertThat(ana.get(0).title()).contains("12 killed");
    }

    @Test
    void correctedTollOfATwoSourceIncidentIsTheOneTheIncidentShows() {
        alerts.createWatchlist("ana", "all", WatchCriteria.EVERYTHING, true);
        long incident = kabul(9);
        String later = "A suicide bomber struck a wedding hall in Kabul, killing 12 people.";
        store.save(article("kabul-later", later), List.of(bombing("kabul-later", later, "Kabul", "AF", KABUL, "Taliban", 12)));
        assertThat(store.mentionsOfArticle("kabul-later").get(0).incidentId()).as("one incident, two sources").isEqualTo(incident);
        assertThat(store.incident(incident).orElseThrow().incident().killed()).hasValue(12);

        // The first source corrected to 10, below the other source's 12: the incident shows the newest correction.
        review.corrections().correct(Optional.of(alice), incident, Optional.of("kabul"), CorrectionField.KILLED, "10", OptionalLong.empty());

        assertThat(store.incident(incident).orElseThrow().incident().killed()).hasValue(10);
        assertThat(store.incidents(IncidentQuery.all()).stream().filter(i -> i.id() == incident)).singleElement()
                .satisfies(i -> assertThat(i.mention().killed()).hasValue(10));
        Notification update = alerts.notifications("ana", 0, 10).get(0);
        assertThat(update.kind()).isEqualTo(Notification.Kind.UPDATE);
        assertThat(update.changes()).containsExactly("Killed: 12 \u2192 10 (correction by alice)");
        assertThat(update.title()).contains("10 killed");
    }

    @Test
    void correctionThatMakesAnIncidentMatchGivesTheFirstAlert() {
        alerts.createWatchlist("ana", "toll over 10", criteria("{\"minKilled\":11}"), true);
        long incident = kabul(9);
        assertThat(alerts.notifications("ana", 0, 10)).isEmpty();

        correct(incident, CorrectionField.KILLED, "14");

        assertThat(alerts.notifications("ana", 0, 10)).extracting(Notification::kind).containsExactly(Notification.Kind.NEW);
    }

    @Test
    void correctionToNotAnIncidentWithdrawsItFromThoseAlerted() {
        alerts.createWatchlist("ana", "all", WatchCriteria.EVERYTHING, true);
        long incident = kabul(9);

        correct(incident, CorrectionField.NOT_INCIDENT, "yes");

        List<Notification> ana = alerts.notifications("ana", 0, 10);
        assertThat(ana).extracting(Notification::kind).containsExactly(Notification.Kind.WITHDRAWN, Notification.Kind.NEW);
        // Reading the unchanged article again, or another correction, says nothing more of it.
        correct(incident, CorrectionField.KILLED, "10");
        assertThat(alerts.notifications("ana", 0, 10)).hasSize(2);
    }

    @Test
    void reingestKeepsTheCorrectedTollInsteadOfReportingItBack() {
        alerts.createWatchlist("ana", "all", WatchCriteria.EVERYTHING, true);
        long incident = kabul(9);
        correct(incident, CorrectionField.KILLED, "12");
        // The article read again with other mentions: the corrected toll still stands.
        store.save(article("kabul", KABUL_TEXT), List.of(AlertSamples.claimed(bombing("kabul", KABUL_TEXT, "Kabul", "AF", KABUL, "Taliban", 9))));

        List<Notification> ana = alerts.notifications("ana", 0, 10);
        assertThat(ana.get(0).changes()).containsExactly("Claimed by Taliban (before: no claim reported)");
    }

    @Test
    void commentIsToldToItsFollowersButNotToItsAuthor() {
        long incident = kabul(9);
        alerts.subscribe("ana", Subscription.Kind.ARTICLE_COMMENTS, "kabul");
        alerts.subscribe("alice", Subscription.Kind.ARTICLE_COMMENTS, "kabul");
        alerts.subscribe("ana", Subscription.Kind.INCIDENT_COMMENTS, Long.toString(incident));

        review.comments().post(Optional.of(alice), CommentTarget.article("kabul"), Optional.empty(), "Toll looks low.");
        review.comments().post(Optional.of(alice), CommentTarget.incident(incident), Optional.empty(), "Same event as yesterday's?");

        assertThat(alerts.notifications("ana", 0, 10)).extracting(Notification::title)
                .containsExactly("New comment by alice on incident " + incident, "New comment by alice on article kabul");
        assertThat(alerts.notifications("alice", 0, 10)).isEmpty();
    }

    @Test
    void missedIncidentReportedOnAnArticleIsToldToItsCommentFollowersButNotToTheAnalyst() {
        kabul(9);
        alerts.subscribe("ana", Subscription.Kind.ARTICLE_COMMENTS, "kabul");
        alerts.subscribe("alice", Subscription.Kind.ARTICLE_COMMENTS, "kabul");
        alerts.subscribe("ben", Subscription.Kind.ARTICLE_COMMENTS, "other");
        String passage = "killing 9 people";
        int start = KABUL_TEXT.indexOf(passage);
        Note note = review.notes().add(Optional.of(alice), "kabul", start, start + passage.length(), Optional.of(passage), "A second blast, missed.");

        review.corrections().addMissed(Optional.of(alice), note, "bombing");

        List<Notification> ana = alerts.notifications("ana", 0, 10);
        assertThat(ana).extracting(Notification::title).containsExactly("Missed incident reported by alice in article kabul: bombing");
        assertThat(ana.get(0).body()).isEqualTo("An analyst added an incident that extraction missed, from this passage: \u201ckilling 9 people\u201d");
        assertThat(ana.get(0).articleId()).contains("kabul");
        assertThat(alerts.notifications("alice", 0, 10)).isEmpty();
        assertThat(alerts.notifications("ben", 0, 10)).isEmpty();
    }

    @Test
    void followingACorrectedIncidentStartsFromItsCorrectedValues() {
        long incident = kabul(9);
        correct(incident, CorrectionField.KILLED, "12");
        alerts.subscribe("ben", Subscription.Kind.INCIDENT, Long.toString(incident));

        store.save(article("kabul", KABUL_TEXT), List.of(AlertSamples.claimed(bombing("kabul", KABUL_TEXT, "Kabul", "AF", KABUL, "Taliban", 9))));

        assertThat(alerts.notifications("ben", 0, 10)).singleElement()
                .satisfies(n -> assertThat(n.changes()).containsExactly("Claimed by Taliban (before: no claim reported)"));
    }
}
