package org.vigil.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.alert.AlertSamples.KABUL;
import static org.vigil.alert.AlertSamples.PARIS;
import static org.vigil.alert.AlertSamples.article;
import static org.vigil.alert.AlertSamples.bombing;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.SqliteIncidentStore;

/** Webhook delivery to a real HTTP receiver on loopback: signatures, retries with backoff, parking, and restarts. */
class WebhookDeliveryTest {
    static final String KABUL_TEXT = "A suicide bomber struck a wedding hall in Kabul, killing 9 people.";
    static final String PARIS_TEXT = "A bomb exploded at a cafe in Paris, killing 3 people.";

    @TempDir
    Path dir;
    WebhookReceiver receiver;
    MutableClock clock = new MutableClock(Instant.parse("2024-03-09T08:00:00Z"));
    AlertSettings settings = AlertSettings.defaults().withPrivateWebhooks(true)
            .withRetries(3, Duration.ofSeconds(1), Duration.ofSeconds(4)).withLease(Duration.ofSeconds(30));
    SqliteIncidentStore store;
    Alerts alerts;

    @BeforeEach
    void start() throws Exception {
        receiver = new WebhookReceiver();
        store = SqliteIncidentStore.open(dir.resolve("vigil.db"));
        store.onChange(new IncidentAlerts(clock));
        alerts = Alerts.open(dir.resolve("vigil.db"), settings, clock);
        alerts.createWatchlist("ana", "all", WatchCriteria.EVERYTHING, true);
        alerts.addTarget("ana", DeliveryTarget.Kind.WEBHOOK, receiver.url(), Optional.of(WebhookReceiver.SECRET), DeliveryTarget.Digest.NONE);
    }

    @AfterEach
    void stop() {
        alerts.close();
        store.close();
        receiver.close();
    }

    DeliveryWorker worker(Alerts on) {
        return new DeliveryWorker(on, DeliveryWorker.notifiers(settings), settings);
    }

    void ingestKabul() {
        store.save(article("kabul", KABUL_TEXT), List.of(bombing("kabul", KABUL_TEXT, "Kabul", "AF", KABUL, "Taliban", 9)));
    }

    @Test
    void postsSignedJsonWithTheIdempotencyKeyOfTheOutbox() throws Exception {
        ingestKabul();
        assertThat(worker(alerts).deliverDue()).isEqualTo(1);

        assertThat(receiver.requests()).hasSize(1);
        WebhookReceiver.Received got = receiver.requests().get(0);
        assertThat(got.signatureValid()).isTrue();
        assertThat(got.signature()).matches("sha256=[0-9a-f]{64}");
        Delivery delivery = alerts.deliveries("ana", Optional.empty(), 10).get(0);
        assertThat(got.idempotencyKey()).isEqualTo(delivery.idempotencyKey());
        assertThat(delivery.status()).isEqualTo(Delivery.Status.DELIVERED);
        JsonNode json = CriteriaJson.MAPPER.readTree(got.body());
        assertThat(json.path("notifications").get(0).path("title").asText()).isEqualTo("Bombing in Kabul, AF on 2024-03-08: 9 killed (Taliban)");
        assertThat(json.path("notifications").get(0).path("kind").asText()).isEqualTo("new");
    }

    @Test
    void retriesWithBackoffUntilTheReceiverAccepts() {
        receiver.failNext(2, 503);
        ingestKabul();
        DeliveryWorker worker = worker(alerts);
        worker.deliverDue();
        assertThat(alerts.deliveries("ana", Optional.empty(), 10).get(0).lastError()).contains("POST " + receiver.url() + " answered HTTP 503");
        assertThat(worker.deliverDue()).as("not due again before its backoff").isZero();
        clock.advance(Duration.ofSeconds(1));
        worker.deliverDue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(worker.deliverDue()).as("second backoff is twice the first").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(worker.deliverDue()).isEqualTo(1);

        assertThat(receiver.requests()).hasSize(3).extracting(WebhookReceiver.Received::idempotencyKey).containsOnly(receiver.accepted().get(0));
        assertThat(alerts.deliveries("ana", Optional.empty(), 10).get(0).status()).isEqualTo(Delivery.Status.DELIVERED);
    }

    @Test
    void repeatedFailureParksTheDeliveryWhereItsOwnerSeesItAndCanRetry() {
        receiver.failNext(100, 500);
        ingestKabul();
        DeliveryWorker worker = worker(alerts);
        for (int i = 0; i < 5; i++) {
            worker.deliverDue();
            clock.advance(Duration.ofSeconds(5));
        }
        assertThat(receiver.requests()).hasSize(3);
        List<Delivery> parked = alerts.deliveries("ana", Optional.of(Delivery.Status.PARKED), 10);
        assertThat(parked).hasSize(1);
        assertThat(parked.get(0).attempts()).isEqualTo(3);
        assertThat(parked.get(0).lastError()).contains("POST " + receiver.url() + " answered HTTP 500");
        assertThat(alerts.deliveries("ben", Optional.of(Delivery.Status.PARKED), 10)).isEmpty();

        receiver.failNext(0, 500);
        assertThat(alerts.retry("ben", parked.get(0).id())).isFalse();
        assertThat(alerts.retry("ana", parked.get(0).id())).isTrue();
        assertThat(worker.deliverDue()).isEqualTo(1);
    }

    @Test
    void clientErrorParksAtOnce() {
        receiver.failNext(1, 410);
        ingestKabul();
        worker(alerts).deliverDue();
        assertThat(alerts.deliveries("ana", Optional.of(Delivery.Status.PARKED), 10)).hasSize(1);
    }

    @Test
    void loopbackAndPrivateTargetsAreRefusedUnlessAnAdminAllowedThem() {
        try (Alerts strict = Alerts.open(dir.resolve("vigil.db"), AlertSettings.defaults(), clock)) {
            assertThatThrownBy(() -> strict.addTarget("ana", DeliveryTarget.Kind.WEBHOOK, "http://127.0.0.1:9/hook",
                    Optional.of(WebhookReceiver.SECRET), DeliveryTarget.Digest.NONE))
                    .hasMessage("Webhook URL 'http://127.0.0.1:9/hook' is refused: its host resolves to the internal address 127.0.0.1; "
                            + "an administrator can allow such targets with webhook.allowPrivate=true");
            for (String url : List.of("http://10.1.2.3/x", "http://192.168.0.1/x", "http://169.254.169.254/latest", "http://[::1]/x",
                    "http://localhost/x", "http://100.64.0.1/x", "http://[fd00::1]/x", "http://0.0.0.0/x")) {
                assertThatThrownBy(() -> strict.addTarget("ana", DeliveryTarget.Kind.WEBHOOK, url, Optional.of(WebhookReceiver.SECRET),
                        DeliveryTarget.Digest.NONE)).as(url).hasMessageContaining("is refused: its host resolves to the internal address");
            }
            assertThatThrownBy(() -> strict.addTarget("ana", DeliveryTarget.Kind.WEBHOOK, "file:///etc/passwd", Optional.of(WebhookReceiver.SECRET),
                    DeliveryTarget.Digest.NONE)).hasMessage("Webhook URL 'file:///etc/passwd' is refused: only http and https URLs are allowed");
        }
        // A target allowed earlier is refused when sent to after the administrator withdrew the permission.
        ingestKabul();
        AlertSettings strictSettings = AlertSettings.defaults();
        new DeliveryWorker(alerts, DeliveryWorker.notifiers(strictSettings), strictSettings).deliverDue();
        assertThat(receiver.requests()).isEmpty();
        assertThat(alerts.deliveries("ana", Optional.of(Delivery.Status.PARKED), 10).get(0).lastError().orElseThrow()).contains("is refused");
    }

    @Test
    void restartDeliversWhatWasPendingAndNeverTwiceWhatWasDelivered() throws Exception {
        ingestKabul();
        worker(alerts).deliverDue(); // Kabul delivered before the "crash"
        store.save(article("paris", PARIS_TEXT), List.of(bombing("paris", PARIS_TEXT, "Paris", "FR", PARIS, null, 3)));
        // The process dies mid-delivery: Paris reached the receiver, but the outbox never heard back.
        Notifier crashing = outgoing -> {
            DeliveryWorker.notifiers(settings).get(DeliveryTarget.Kind.WEBHOOK).send(outgoing);
            throw new IllegalStateException("process killed before recording the delivery");
        };
        new DeliveryWorker(alerts, Map.of(DeliveryTarget.Kind.WEBHOOK, crashing), settings).deliverDue();
        alerts.close();
        store.close();

        // A new process on the same database, after the dead worker's lease ran out.
        clock.advance(settings.lease().plusSeconds(1));
        alerts = Alerts.open(dir.resolve("vigil.db"), settings, clock);
        store = SqliteIncidentStore.open(dir.resolve("vigil.db"));
        assertThat(worker(alerts).deliverDue()).isEqualTo(1);
        assertThat(worker(alerts).deliverDue()).isZero();

        List<String> keys = receiver.requests().stream().map(WebhookReceiver.Received::idempotencyKey).toList();
        assertThat(keys).hasSize(3);
        assertThat(receiver.accepted()).hasSize(2);
        String kabulKey = keys.get(0);
        assertThat(keys.stream().filter(kabulKey::equals)).as("delivered before the crash, never sent again").hasSize(1);
        assertThat(keys.get(2)).as("the resend carries the same key, so the receiver drops it").isEqualTo(keys.get(1));
        assertThat(alerts.deliveries("ana", Optional.of(Delivery.Status.DELIVERED), 10)).hasSize(2);
    }

    @Test
    void pendingDeliveriesWrittenWithoutAWorkerAreSentByTheNextOne() throws Exception {
        ingestKabul();
        alerts.close();
        alerts = Alerts.open(dir.resolve("vigil.db"), settings, clock);
        try (DeliveryWorker worker = worker(alerts).start()) {
            assertThat(receiver.awaitAccepted(1, 5000)).isTrue();
        }
    }
}
