package org.vigil.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.vigil.alert.AlertSamples.KABUL;
import static org.vigil.alert.AlertSamples.PARIS;
import static org.vigil.alert.AlertSamples.article;
import static org.vigil.alert.AlertSamples.bombing;
import static org.vigil.alert.AlertSamples.criteria;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.extract.IncidentMention;
import org.vigil.extract.IncidentType;
import org.vigil.store.SqliteIncidentStore;

/** Matching on ingest against a real SQLite store: one "new" alert per event, updates that say what changed, nothing twice. */
class IncidentAlertsTest {
    static final String KABUL_TEXT = "A suicide bomber struck a wedding hall in Kabul, killing 9 people.\n\nThe Taliban denied it.";
    static final String PARIS_TEXT = "A bomb exploded at a cafe in Paris, killing 3 people.";

    @TempDir
    Path dir;
    SqliteIncidentStore store;
    Alerts alerts;

    @BeforeEach
    void open() {
        store = SqliteIncidentStore.open(dir.resolve("vigil.db"));
        store.onChange(new IncidentAlerts(Clock.systemUTC()));
        alerts = Alerts.open(dir.resolve("vigil.db"), AlertSettings.defaults(), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        alerts.close();
        store.close();
    }

    IncidentMention kabul(int killed) {
        return bombing("kabul", KABUL_TEXT, "Kabul", "AF", KABUL, "Taliban", killed);
    }

    @Test
    void matchingIncidentGivesOneNewAlertNamingTheWatchlists() {
        alerts.createWatchlist("ana", "Afghanistan", criteria("{\"countries\":[\"AF\"]}"), true);
        alerts.createWatchlist("ana", "Bombings", criteria("{\"types\":[\"bombing\"]}"), true);
        alerts.createWatchlist("ben", "France", criteria("{\"countries\":[\"FR\"]}"), true);

        store.save(article("kabul", KABUL_TEXT), List.of(kabul(9)));

        List<Notification> ana = alerts.notifications("ana", 0, 10);
        assertThat(ana).hasSize(1);
        assertThat(ana.get(0).kind()).isEqualTo(Notification.Kind.NEW);
        assertThat(ana.get(0).title()).isEqualTo("Bombing in Kabul, AF on 2024-03-08: 9 killed (Taliban)");
        assertThat(ana.get(0).watchlists()).containsExactly("Afghanistan", "Bombings");
        assertThat(alerts.notifications("ben", 0, 10)).isEmpty();
    }

    @Test
    void readingTheSameArticleAgainAlertsNothing() {
        alerts.createWatchlist("ana", "all", WatchCriteria.EVERYTHING, true);
        store.save(article("kabul", KABUL_TEXT), List.of(kabul(9)));
        store.save(article("kabul", KABUL_TEXT), List.of(kabul(9)));
        assertThat(alerts.notifications("ana", 0, 10)).hasSize(1);
    }

    @Test
    void changedTollGivesOneUpdateSayingWhatChangedNeverASecondNew() {
        alerts.createWatchlist("ana", "all", WatchCriteria.EVERYTHING, true);
        store.save(article("kabul", KABUL_TEXT), List.of(kabul(9)));
        // The same article read again with a corrected toll replaces the incident (a new id): still the same event.
        store.save(article("kabul", KABUL_TEXT), List.of(AlertSamples.claimed(kabul(12))));

        List<Notification> ana = alerts.notifications("ana", 0, 10);
        assertThat(ana).extracting(Notification::kind).containsExactly(Notification.Kind.UPDATE, Notification.Kind.NEW);
        assertThat(ana.get(0).changes()).containsExactly("Killed: 9 → 12", "Claimed by Taliban (before: no claim reported)");
        assertThat(ana.get(0).title()).startsWith("Update: Bombing in Kabul, AF on 2024-03-08: 12 killed, claimed (Taliban) — Killed: 9 → 12 (+1 more)");
    }

    @Test
    void tollRisingPastTheMinimumGivesTheFirstAlertThen() {
        alerts.createWatchlist("ana", "toll over 10", criteria("{\"minKilled\":11}"), true);
        store.save(article("kabul", KABUL_TEXT), List.of(kabul(9)));
        assertThat(alerts.notifications("ana", 0, 10)).isEmpty();
        store.save(article("kabul", KABUL_TEXT), List.of(kabul(14)));
        assertThat(alerts.notifications("ana", 0, 10)).extracting(Notification::kind).containsExactly(Notification.Kind.NEW);
    }

    @Test
    void anotherReportOfTheSameEventIsAnUpdateNotASecondAlert() {
        alerts.createWatchlist("ana", "all", WatchCriteria.EVERYTHING, true);
        store.save(article("kabul", KABUL_TEXT), List.of(kabul(9)));
        // Other outlets' own words: the same text would be one article found under several URLs.
        String second = "Nine guests died when a suicide bomber attacked a wedding hall in western Kabul on Friday evening.";
        String third = "The toll from Friday's suicide bombing at a Kabul wedding hall has risen to 15, hospital officials said.";
        store.save(article("kabul-2", second), List.of(bombing("kabul-2", second, "Kabul", "AF", KABUL, "Taliban", 9)));
        // A later report that leaves out the group only raises the toll; it does not withdraw the group.
        store.save(article("kabul-3", third), List.of(bombing("kabul-3", third, "Kabul", "AF", KABUL, null, 15)));

        assertThat(alerts.notifications("ana", 0, 10)).extracting(Notification::kind)
                .containsExactly(Notification.Kind.UPDATE, Notification.Kind.NEW);
        assertThat(alerts.notifications("ana", 0, 10).get(0).changes()).containsExactly("Killed: 9 → 15");
    }

    @Test
    void incidentCorrectedAwayIsWithdrawn() {
        alerts.createWatchlist("ana", "all", WatchCriteria.EVERYTHING, true);
        store.save(article("kabul", KABUL_TEXT), List.of(kabul(9)));
        store.save(article("kabul", KABUL_TEXT + " Correction."), List.of());
        List<Notification> ana = alerts.notifications("ana", 0, 10);
        assertThat(ana).extracting(Notification::kind).containsExactly(Notification.Kind.WITHDRAWN, Notification.Kind.NEW);
        assertThat(ana.get(0).title()).isEqualTo("Withdrawn: bombing in Kabul on 2024-03-08 is no longer reported by its source");
    }

    @Test
    void followingAnIncidentGivesItsUpdatesWithoutAWatchlist() {
        store.save(article("kabul", KABUL_TEXT), List.of(kabul(9)));
        long incident = store.mentionsOfArticle("kabul").get(0).incidentId();
        alerts.subscribe("ben", Subscription.Kind.INCIDENT, Long.toString(incident));

        store.save(article("kabul", KABUL_TEXT), List.of(AlertSamples.type(kabul(9), IncidentType.ARMED_ASSAULT)));

        List<Notification> ben = alerts.notifications("ben", 0, 10);
        assertThat(ben).extracting(Notification::kind).containsExactly(Notification.Kind.UPDATE);
        assertThat(ben.get(0).changes()).containsExactly("Type: bombing → armed assault");
        // The subscription follows the incident that replaced the old one.
        long now = store.mentionsOfArticle("kabul").get(0).incidentId();
        assertThat(alerts.subscriptions("ben")).extracting(Subscription::target).containsExactly(Long.toString(now));
    }

    @Test
    void subscribingToAMissingIncidentIsRefused() {
        assertThatThrownBy(() -> alerts.subscribe("ben", Subscription.Kind.INCIDENT, "999")).hasMessage("There is no incident 999");
        assertThatThrownBy(() -> alerts.subscribe("ben", Subscription.Kind.INCIDENT, "the big one"))
                .hasMessage("An incident is named by its number, got 'the big one'");
    }

    @Test
    void alertsGoToTheOutboxOfEveryTargetOfTheOwner() {
        alerts.createWatchlist("ana", "all", WatchCriteria.EVERYTHING, true);
        alerts.addTarget("ana", DeliveryTarget.Kind.EMAIL, "ana@example.org", Optional.empty(), DeliveryTarget.Digest.NONE);
        alerts.addTarget("ana", DeliveryTarget.Kind.EMAIL, "ana.daily@example.org", Optional.empty(), DeliveryTarget.Digest.DAILY);
        store.save(article("kabul", KABUL_TEXT), List.of(kabul(9)));
        List<Delivery> deliveries = alerts.deliveries("ana", Optional.empty(), 10);
        assertThat(deliveries).hasSize(2).allMatch(d -> d.status() == Delivery.Status.PENDING);
        assertThat(deliveries).extracting(Delivery::idempotencyKey).doesNotHaveDuplicates();
        // Only the single e-mail is due now; the digest waits for the end of the day.
        assertThat(alerts.due(10)).hasSize(1);
    }

    @Test
    void alertsRollBackWithTheIncidentChange() {
        alerts.createWatchlist("ana", "all", WatchCriteria.EVERYTHING, true);
        store.onChange((connection, changes) -> {
            new IncidentAlerts(Clock.systemUTC()).changed(connection, changes);
            throw new java.sql.SQLException("disk full");
        });
        assertThatThrownBy(() -> store.save(article("kabul", KABUL_TEXT), List.of(kabul(9)))).hasMessageContaining("disk full");
        assertThat(alerts.notifications("ana", 0, 10)).isEmpty();
        assertThat(store.articleCount()).isZero();
    }

    @Test
    void usersSeeOnlyTheirOwnWatchlistsAndNotifications() {
        Watchlist ana = alerts.createWatchlist("ana", "all", WatchCriteria.EVERYTHING, true);
        store.save(article("paris", PARIS_TEXT), List.of(bombing("paris", PARIS_TEXT, "Paris", "FR", PARIS, null, 3)));
        assertThat(alerts.watchlists("ben")).isEmpty();
        assertThat(alerts.watchlist("ben", ana.id())).isEmpty();
        assertThat(alerts.deleteWatchlist("ben", ana.id())).isFalse();
        assertThat(alerts.notifications("ben", 0, 10)).isEmpty();
        long notification = alerts.notifications("ana", 0, 10).get(0).id();
        assertThat(alerts.markRead("ben", notification)).isFalse();
        assertThat(alerts.markRead("ana", notification)).isTrue();
    }

    @Test
    void watchlistNamesAreUniquePerUser() {
        alerts.createWatchlist("ana", "all", WatchCriteria.EVERYTHING, true);
        alerts.createWatchlist("ben", "all", WatchCriteria.EVERYTHING, true);
        assertThatThrownBy(() -> alerts.createWatchlist("ana", "all", WatchCriteria.EVERYTHING, true))
                .hasMessage("You already have a watchlist named 'all'");
    }

    @Test
    void newWatchlistIsUsedOnTheNextSave() {
        store.save(article("kabul", KABUL_TEXT), List.of(kabul(9)));
        alerts.createWatchlist("ana", "paris", criteria("{\"countries\":[\"FR\"]}"), true);
        store.save(article("paris", PARIS_TEXT), List.of(bombing("paris", PARIS_TEXT, "Paris", "FR", PARIS, null, 3)));
        assertThat(alerts.notifications("ana", 0, 10)).extracting(Notification::title)
                .containsExactly("Bombing in Paris, FR on 2024-03-08: 3 killed");
    }

    @Test
    void commentFollowersAreToldOfCommentsButNotTheirAuthor() throws Exception {
        alerts.subscribe("ana", Subscription.Kind.ARTICLE_COMMENTS, "kabul");
        alerts.subscribe("ben", Subscription.Kind.ARTICLE_COMMENTS, "kabul");
        try (var connection = org.vigil.store.VigilDatabase.connect(dir.resolve("vigil.db"))) {
            int told = CommentAlerts.commented(connection, new CommentAlerts.Commented.OnArticle("kabul"), "ben", "Toll looks low.", java.time.Instant.now());
            assertThat(told).isEqualTo(1);
        }
        assertThat(alerts.notifications("ana", 0, 10)).extracting(Notification::title).containsExactly("New comment by ben on article kabul");
        assertThat(alerts.notifications("ben", 0, 10)).isEmpty();
    }
}
