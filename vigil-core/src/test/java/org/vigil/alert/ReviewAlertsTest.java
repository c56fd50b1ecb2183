package org.vigil.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.alert.AlertSamples.KABUL;
import static org.vigil.alert.AlertSamples.article;
import static org.vigil.alert.AlertSamples.bombing;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
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
import org.vigil.review.PasswordHasher;
import org.vigil.review.Review;
import org.vigil.review.Role;
import org.vigil.review.SqliteReviewStore;
import org.vigil.store.SqliteIncidentStore;
import org.vigil.store.StoreException;

/**
 * Alerts caused by corrections and comments are written in the transaction that saves them: they are
 * delivered after a restart, exactly once, and a correction whose alerts cannot be written is not saved.
 * Real SQLite file, real webhook receiver on loopback, processes "restarted" by closing every connection.
 */
class ReviewAlertsTest {
    static final String KABUL_TEXT = IncidentAlertsTest.KABUL_TEXT;

    @TempDir
    Path dir;
    WebhookReceiver receiver;
    MutableClock clock = new MutableClock(Instant.parse("2024-03-09T08:00:00Z"));
    AlertSettings settings = AlertSettings.defaults().withPrivateWebhooks(true)
            .withRetries(5, Duration.ofSeconds(1), Duration.ofSeconds(4)).withLease(Duration.ofSeconds(30));
    SqliteIncidentStore store;
    SqliteReviewStore reviewStore;
    Review review;
    Alerts alerts;

    @BeforeEach
    void start() throws Exception {
        receiver = new WebhookReceiver();
        open();
        review.accounts().add(Optional.empty(), "alice", Role.ANALYST, "correct horse battery");
        alerts.createWatchlist("ana", "all", WatchCriteria.EVERYTHING, true);
        alerts.addTarget("ana", DeliveryTarget.Kind.WEBHOOK, receiver.url(), Optional.of(WebhookReceiver.SECRET), DeliveryTarget.Digest.NONE);
    }

    /** One process's connections to the database, wired as the web server wires them. */
    void open() {
        Path db = dir.resolve("vigil.db");
        store = SqliteIncidentStore.open(db);
        reviewStore = SqliteReviewStore.open(db);
        review = Review.over(reviewStore, store, new PasswordHasher(1024, 1, 1), clock);
        alerts = Alerts.open(db, settings, clock);
        store.onChange(ReviewAlerts.matching(clock));
        ReviewAlerts.tellFollowers(review, clock);
    }

    void restart() {
        close();
        open();
    }

    @AfterEach
    void stop() {
        close();
        receiver.close();
    }

    void close() {
        alerts.close();
        reviewStore.close();
        store.close();
    }

    Account alice() {
        return reviewStore.credentials("alice").orElseThrow().account();
    }

    long kabul() {
        store.save(article("kabul", KABUL_TEXT), List.of(bombing("kabul", KABUL_TEXT, "Kabul", "AF", KABUL, "Taliban", 9)));
        return store.mentionsOfArticle("kabul").get(0).incidentId();
    }

    DeliveryWorker worker() {
        return new DeliveryWorker(alerts, DeliveryWorker.notifiers(settings), settings);
    }

    @Test
    void correctionMadeWhileDeliveryIsBrokenIsDeliveredAfterRestartExactlyOnce() throws Exception {
        long incident = kabul();
        assertThat(worker().deliverDue()).isEqualTo(1); // the "new" alert, delivered
        receiver.failNext(100, 503);

        review.corrections().correct(Optional.of(alice()), incident, Optional.empty(), CorrectionField.KILLED, "12", OptionalLong.empty());
        worker().deliverDue(); // refused by the broken receiver
        restart();
        receiver.failNext(0, 503);
        clock.advance(Duration.ofSeconds(5));

        assertThat(worker().deliverDue()).isEqualTo(1);
        assertThat(worker().deliverDue()).isZero();
        List<WebhookReceiver.Received> got = receiver.requests();
        assertThat(got).hasSize(3);
        assertThat(got.get(2).body()).contains("Killed: 9 → 12 (correction by alice)");
        assertThat(got.get(2).idempotencyKey()).as("the retry carries the key of the first attempt").isEqualTo(got.get(1).idempotencyKey());
        assertThat(receiver.accepted()).hasSize(2).doesNotHaveDuplicates();
        assertThat(alerts.deliveries("ana", Optional.of(Delivery.Status.DELIVERED), 10)).hasSize(2);
    }

    @Test
    void correctionCommittedJustBeforeTheProcessStopsIsDeliveredByTheNextOne() throws Exception {
        long incident = kabul();
        worker().deliverDue();

        review.corrections().correct(Optional.of(alice()), incident, Optional.empty(), CorrectionField.PERPETRATOR, "ISKP", OptionalLong.empty());
        restart(); // no worker ran in between

        try (DeliveryWorker running = worker().start()) {
            assertThat(receiver.awaitAccepted(2, 5000)).isTrue();
        }
        assertThat(receiver.requests().get(1).body()).contains("correction by alice");
    }

    @Test
    void commentFollowersAreToldAfterRestartWhenDeliveryFailedBefore() throws Exception {
        kabul();
        worker().deliverDue();
        alerts.subscribe("ana", Subscription.Kind.ARTICLE_COMMENTS, "kabul");
        receiver.failNext(1, 503);

        review.comments().post(Optional.of(alice()), CommentTarget.article("kabul"), Optional.empty(), "Toll looks low.");
        worker().deliverDue();
        restart();
        clock.advance(Duration.ofSeconds(5));

        assertThat(worker().deliverDue()).isEqualTo(1);
        assertThat(receiver.requests().get(2).body()).contains("New comment by alice on article kabul");
        assertThat(receiver.accepted()).hasSize(2);
    }

    @Test
    void correctionWhoseAlertsCannotBeWrittenIsNotSavedEither() {
        long incident = kabul();
        store.onChange((connection, changes) -> {
            ReviewAlerts.matching(clock).changed(connection, changes);
            throw new SQLException("disk full");
        });

        assertThatThrownBy(() -> review.corrections().correct(Optional.of(alice()), incident, Optional.empty(), CorrectionField.KILLED, "12",
                OptionalLong.empty()))
                .isInstanceOf(StoreException.class).hasMessageContaining("disk full");

        assertThat(review.corrections().history("kabul")).isEmpty();
        assertThat(alerts.notifications("ana", 0, 10)).extracting(Notification::kind).containsExactly(Notification.Kind.NEW);
        assertThat(reviewStore.audit(10)).extracting(org.vigil.review.AuditEntry::action).doesNotContain("correction.add");
    }

    @Test
    void commentWhoseAlertsCannotBeWrittenIsNotSavedEither() {
        kabul();
        review.comments().onPost((connection, comment) -> {
            throw new SQLException("disk full");
        });

        assertThatThrownBy(() -> review.comments().post(Optional.of(alice()), CommentTarget.article("kabul"), Optional.empty(), "Toll looks low."))
                .isInstanceOf(StoreException.class).hasMessageContaining("disk full");

        assertThat(review.comments().count(CommentTarget.article("kabul"))).isZero();
    }
}
