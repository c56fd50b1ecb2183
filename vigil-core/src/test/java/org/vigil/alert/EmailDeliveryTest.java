package org.vigil.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.alert.AlertSamples.KABUL;
import static org.vigil.alert.AlertSamples.PARIS;
import static org.vigil.alert.AlertSamples.article;
import static org.vigil.alert.AlertSamples.bombing;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.store.SqliteIncidentStore;

/** E-mail alerts through a real SMTP server (GreenMail): single messages, digests, credentials, and no header injection. */
class EmailDeliveryTest {
    static final String KABUL_TEXT = "A suicide bomber struck a wedding hall in Kabul, killing 9 people.";
    static final String PARIS_TEXT = "A bomb exploded at a cafe in Paris, killing 3 people.";

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("vigil@example.org", "vigil", "mail-password"));

    @TempDir
    Path dir;
    MutableClock clock = new MutableClock(Instant.parse("2024-03-09T08:00:00Z"));
    AlertSettings settings;
    SqliteIncidentStore store;
    Alerts alerts;

    @BeforeEach
    void open() {
        settings = AlertSettings.defaults().withSmtp(new AlertSettings.SmtpSettings("127.0.0.1", smtp.getSmtp().getPort(), AlertSettings.Tls.NONE,
                Optional.of("vigil"), Optional.of("mail-password"), "vigil@example.org"));
        store = SqliteIncidentStore.open(dir.resolve("vigil.db"));
        store.onChange(new IncidentAlerts(clock));
        alerts = Alerts.open(dir.resolve("vigil.db"), settings, clock);
        alerts.createWatchlist("ana", "all", WatchCriteria.EVERYTHING, true);
    }

    @AfterEach
    void close() {
        alerts.close();
        store.close();
    }

    DeliveryWorker worker() {
        return new DeliveryWorker(alerts, DeliveryWorker.notifiers(settings), settings);
    }

    @Test
    void sendsOneMessagePerAlertWithTheIdempotencyKeyAsMessageId() throws Exception {
        alerts.addTarget("ana", DeliveryTarget.Kind.EMAIL, "ana@example.org", Optional.empty(), DeliveryTarget.Digest.NONE);
        store.save(article("kabul", KABUL_TEXT), List.of(bombing("kabul", KABUL_TEXT, "Kabul", "AF", KABUL, "Taliban", 9)));
        assertThat(worker().deliverDue()).isEqualTo(1);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("[Vigil] Bombing in Kabul, AF on 2024-03-08: 9 killed (Taliban)");
        assertThat(received[0].getAllRecipients()).extracting(Object::toString).containsExactly("ana@example.org");
        String key = alerts.deliveries("ana", Optional.empty(), 1).get(0).idempotencyKey();
        assertThat(received[0].getMessageID()).isEqualTo("<" + key + "@vigil>");
        assertThat(GreenMailUtil.getBody(received[0])).contains("A suicide bomber struck a wedding hall in Kabul, killing 9 people.");
    }

    @Test
    void digestGathersAWindowsAlertsIntoOneMessageAtItsEnd() throws Exception {
        alerts.addTarget("ana", DeliveryTarget.Kind.EMAIL, "ana@example.org", Optional.empty(), DeliveryTarget.Digest.HOURLY);
        store.save(article("kabul", KABUL_TEXT), List.of(bombing("kabul", KABUL_TEXT, "Kabul", "AF", KABUL, "Taliban", 9)));
        store.save(article("paris", PARIS_TEXT), List.of(bombing("paris", PARIS_TEXT, "Paris", "FR", PARIS, null, 3)));
        assertThat(worker().deliverDue()).isZero();
        clock.advance(Duration.ofHours(1));
        assertThat(worker().deliverDue()).isEqualTo(1);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("[Vigil] Digest: 2 alerts");
        assertThat(GreenMailUtil.getBody(received[0])).contains("Kabul", "Paris");
        assertThat(alerts.deliveries("ana", Optional.of(Delivery.Status.DELIVERED), 10)).hasSize(2);
    }

    @Test
    void watchlistWithADailyDigestHoldsOnlyItsOwnAlertsUntilMidnight() throws Exception {
        alerts.addTarget("ben", DeliveryTarget.Kind.EMAIL, "ben@example.org", Optional.empty(), DeliveryTarget.Digest.NONE);
        alerts.createWatchlist(new Watchlist(0, "ben", "Afghanistan", AlertSamples.criteria("{\"countries\":[\"AF\"]}"), true,
                Optional.of(DeliveryTarget.Digest.DAILY)));
        alerts.createWatchlist("ben", "France", AlertSamples.criteria("{\"countries\":[\"FR\"]}"), true);
        store.save(article("kabul", KABUL_TEXT), List.of(bombing("kabul", KABUL_TEXT, "Kabul", "AF", KABUL, "Taliban", 9)));
        store.save(article("paris", PARIS_TEXT), List.of(bombing("paris", PARIS_TEXT, "Paris", "FR", PARIS, null, 3)));

        assertThat(worker().deliverDue()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()).extracting(MimeMessage::getSubject).containsExactly("[Vigil] Bombing in Paris, FR on 2024-03-08: 3 killed");
        clock.advance(Duration.ofHours(15));
        assertThat(worker().deliverDue()).isZero();
        clock.advance(Duration.ofHours(1));
        assertThat(worker().deliverDue()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()[1].getSubject()).contains("Kabul");
    }

    @Test
    void instantWatchlistOrSubscriptionBeatsTheAddressDigest() throws Exception {
        alerts.addTarget("ben", DeliveryTarget.Kind.EMAIL, "ben@example.org", Optional.empty(), DeliveryTarget.Digest.DAILY);
        alerts.createWatchlist(new Watchlist(0, "ben", "urgent", WatchCriteria.EVERYTHING, true, Optional.of(DeliveryTarget.Digest.NONE)));
        store.save(article("kabul", KABUL_TEXT), List.of(bombing("kabul", KABUL_TEXT, "Kabul", "AF", KABUL, "Taliban", 9)));
        assertThat(worker().deliverDue()).isEqualTo(1);

        alerts.subscribe("ben", Subscription.Kind.ARTICLE_COMMENTS, "kabul", Optional.of(DeliveryTarget.Digest.NONE));
        alerts.subscribe("ben", Subscription.Kind.ARTICLE_COMMENTS, "paris");
        try (var c = org.vigil.store.VigilDatabase.connect(dir.resolve("vigil.db"))) {
            CommentAlerts.commented(c, new CommentAlerts.Commented.OnArticle("kabul"), "ana", "Toll looks low.", clock.instant());
            CommentAlerts.commented(c, new CommentAlerts.Commented.OnArticle("paris"), "ana", "Which cafe?", clock.instant());
        }
        assertThat(worker().deliverDue()).as("the kabul comment at once, the paris one with the address's daily digest").isEqualTo(1);
        assertThat(smtp.getReceivedMessages()[1].getSubject()).isEqualTo("[Vigil] New comment by ana on article kabul");
        assertThat(alerts.deliveries("ben", Optional.of(Delivery.Status.PENDING), 10)).singleElement()
                .satisfies(d -> assertThat(d.digest()).isEqualTo(DeliveryTarget.Digest.DAILY));
    }

    @Test
    void addressesThatCouldCarryAnotherHeaderAreRefused() {
        for (String address : List.of("ana@example.org\r\nBcc: eve@example.org", "ana@example.org, eve@example.org", "Ana <ana@example.org>", "not an address")) {
            assertThatThrownBy(() -> alerts.addTarget("ana", DeliveryTarget.Kind.EMAIL, address, Optional.empty(), DeliveryTarget.Digest.NONE))
                    .as(address).hasMessageStartingWith("E-mail address must be one plain address like analyst@example.org");
        }
    }

    @Test
    void lineBreaksInATitleNeverReachTheHeaders() throws Exception {
        Notification evil = new Notification(1, "ana", Notification.Kind.NEW, OptionalLong.empty(), Optional.empty(),
                "Attack\r\nBcc: eve@example.org\r\nX-Evil: 1", "body", List.of(), List.of(), Instant.now(), false);
        DeliveryTarget target = new DeliveryTarget(1, "ana", DeliveryTarget.Kind.EMAIL, "ana@example.org", Optional.empty(), DeliveryTarget.Digest.NONE);
        new EmailNotifier(settings.smtp().orElseThrow()).send(new Notifier.Outgoing(target, "key-1", List.of(evil)));

        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("[Vigil] Attack Bcc: eve@example.org X-Evil: 1");
        assertThat(received.getHeader("X-Evil")).isNull();
        assertThat(received.getRecipients(Message.RecipientType.BCC)).isNull();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void unreachableServerIsRetriedNotParked() {
        AlertSettings down = AlertSettings.defaults().withSmtp(new AlertSettings.SmtpSettings("127.0.0.1", 1, AlertSettings.Tls.NONE,
                Optional.empty(), Optional.empty(), "vigil@example.org"));
        alerts.addTarget("ana", DeliveryTarget.Kind.EMAIL, "ana@example.org", Optional.empty(), DeliveryTarget.Digest.NONE);
        store.save(article("kabul", KABUL_TEXT), List.of(bombing("kabul", KABUL_TEXT, "Kabul", "AF", KABUL, "Taliban", 9)));
        new DeliveryWorker(alerts, DeliveryWorker.notifiers(down), down).deliverDue();
        Delivery d = alerts.deliveries("ana", Optional.empty(), 1).get(0);
        assertThat(d.status()).isEqualTo(Delivery.Status.PENDING);
        assertThat(d.attempts()).isEqualTo(1);
        assertThat(d.lastError().orElseThrow()).startsWith("E-mail to ana@example.org via 127.0.0.1:1 failed");
    }
}
