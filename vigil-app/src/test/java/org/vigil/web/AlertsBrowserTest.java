package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigil.alert.AlertSettings;
import org.vigil.alert.Alerts;
import org.vigil.alert.CriteriaJson;
import org.vigil.alert.DeliveryTarget;
import org.vigil.alert.Subscription;
import org.vigil.extract.Certainty;
import org.vigil.extract.IncidentMention;
import org.vigil.extract.IncidentStatus;
import org.vigil.extract.IncidentType;
import org.vigil.ingest.Article;
import org.vigil.nlp.PartialDate;
import org.vigil.nlp.Span;
import org.vigil.review.PasswordHasher;
import org.vigil.review.Review;
import org.vigil.review.Role;
import org.vigil.review.SqliteReviewStore;

/**
 * In a real headless Chromium, logged in: a notification appears live on the open Alerts page when a
 * matching article is ingested, and marking it read from the page works.
 */
class AlertsBrowserTest {
    static final String PASSWORD = "correct horse battery";
    static final String LYON = "A bomb exploded outside a synagogue in Lyon, killing 2 people.";

    @TempDir
    Path dir;
    TestSite site;
    WebDriver browser;

    @BeforeEach
    void start() {
        assumeTrue(Files.isExecutable(DashboardBrowserTest.CHROMEDRIVER) && Files.isExecutable(DashboardBrowserTest.CHROMIUM),
                "chromium and chromium-driver are not installed");
        site = new TestSite(dir);
        try (SqliteReviewStore store = SqliteReviewStore.open(dir.resolve("vigil.db"))) {
            Review.over(store, site.store, new PasswordHasher(1024, 1, 1), Clock.systemUTC()).accounts()
                    .add(Optional.empty(), "alice", Role.READER, PASSWORD);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(DashboardBrowserTest.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DashboardBrowserTest.CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() {
        if (browser != null) browser.quit();
        if (site != null) site.close();
    }

    /** Opens the Alerts page, is sent to log in, logs in as alice and is back on the page. */
    WebDriverWait logInToAlerts() {
        browser.get(site.base() + "/alerts");
        WebDriverWait waiting = new WebDriverWait(browser, Duration.ofSeconds(15));
        assertThat(browser.getCurrentUrl()).isEqualTo(site.base() + "/login?next=/alerts");
        browser.findElement(By.id("login-name")).sendKeys("alice");
        browser.findElement(By.id("login-password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector(".login-form button")).click();
        waiting.until(d -> d.getCurrentUrl().equals(site.base() + "/alerts"));
        return waiting;
    }

    @Test
    void notificationAppearsLiveWhenAMatchingArticleIsIngested() throws Exception {
        try (Alerts alerts = Alerts.open(dir.resolve("vigil.db"), AlertSettings.defaults(), Clock.systemUTC())) {
            alerts.createWatchlist("alice", "France", CriteriaJson.read(CriteriaJson.write(
                    new org.vigil.alert.WatchCriteria(java.util.Set.of(), List.of(), java.util.Set.of("FR"), java.util.Set.of(), List.of(),
                            OptionalInt.empty(), List.of()))), true);
        }
        WebDriverWait waiting = logInToAlerts();
        waiting.until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-alerts-live")));
        assertThat(browser.findElements(By.cssSelector("#notification-list li"))).isEmpty();

        Article lyon = new Article("lyon", Optional.empty(), "Synagogue bombing in Lyon", LocalDate.of(2024, 5, 2), "en", LYON,
                Article.paragraphsOf(LYON), "Example News");
        site.store.save(lyon, List.of(new IncidentMention("lyon", IncidentType.BOMBING, IncidentStatus.COMPLETED,
                Optional.of(PartialDate.ofDay(LocalDate.of(2024, 5, 1))), Optional.of("Lyon"), Optional.of("FR"),
                Optional.of(new IncidentMention.Coordinates(45.7485, 4.8467)), Optional.empty(), OptionalInt.of(2), OptionalInt.empty(),
                Optional.empty(), Certainty.STATED, new Span(0, LYON.length()), LYON, 0.9)));

        waiting.until(d -> !d.findElements(By.cssSelector("#notification-list li.fresh")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("#notification-list li.fresh .title")).getText())
                .isEqualTo("Bombing in Lyon, FR on 2024-05-01: 2 killed");
        assertThat(browser.findElement(By.id("alert-badge")).getText()).isEqualTo("1");
        assertThat(browser.findElement(By.id("alert-unread")).getText()).isEqualTo("1 unread");
        assertThat(browser.findElement(By.id("notification-empty")).isDisplayed()).isFalse();

        // Marking it read goes through alerts.js, which sends the session's CSRF token in its header.
        browser.findElement(By.cssSelector("#notification-list li.fresh .mark-read")).click();
        waiting.until(d -> "0 unread".equals(d.findElement(By.id("alert-unread")).getText()));
        assertThat(browser.findElement(By.id("alert-badge")).isDisplayed()).isFalse();
        List<String> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon.ico")).toList();
        assertThat(severe).isEmpty();
    }

    @Test
    void emailDigestOfAWatchlistAndASubscriptionIsChosenOnThePage() {
        long watchlist;
        long subscription;
        try (Alerts alerts = Alerts.open(dir.resolve("vigil.db"), AlertSettings.defaults(), Clock.systemUTC())) {
            watchlist = alerts.createWatchlist("alice", "France", org.vigil.alert.WatchCriteria.EVERYTHING, true).id();
            subscription = alerts.subscribe("alice", Subscription.Kind.ARTICLE_COMMENTS, "lyon").id();
        }
        WebDriverWait waiting = logInToAlerts();
        // Each form reloads the page: an element read while it reloads is stale, and is read again.
        waiting.ignoring(org.openqa.selenium.StaleElementReferenceException.class);

        new Select(browser.findElement(By.id("wd-" + watchlist))).selectByVisibleText("daily digest");
        browser.findElement(By.cssSelector("#watchlists tr[data-id='" + watchlist + "'] form.digest button")).click();
        waiting.until(d -> new Select(d.findElement(By.id("wd-" + watchlist))).getFirstSelectedOption().getText().equals("daily digest"));
        new Select(browser.findElement(By.id("sd-" + subscription))).selectByVisibleText("each alert at once");
        browser.findElement(By.cssSelector("#subscriptions li[data-id='" + subscription + "'] form.digest button")).click();
        waiting.until(d -> new Select(d.findElement(By.id("sd-" + subscription))).getFirstSelectedOption().getText().equals("each alert at once"));
        browser.findElement(By.id("f-name")).sendKeys("Sahel");
        new Select(browser.findElement(By.id("w-digest"))).selectByVisibleText("hourly digest");
        browser.findElement(By.cssSelector("form[aria-label='New watchlist'] button[type=submit]")).click();
        waiting.until(d -> d.findElement(By.id("watchlists")).getText().contains("Sahel"));

        try (Alerts alerts = Alerts.open(dir.resolve("vigil.db"), AlertSettings.defaults(), Clock.systemUTC())) {
            assertThat(alerts.watchlist("alice", watchlist).orElseThrow().emailDigest()).contains(DeliveryTarget.Digest.DAILY);
            assertThat(alerts.watchlist("alice", "Sahel").orElseThrow().emailDigest()).contains(DeliveryTarget.Digest.HOURLY);
            assertThat(alerts.subscriptions("alice")).singleElement().satisfies(s -> assertThat(s.emailDigest()).contains(DeliveryTarget.Digest.NONE));
        }

        // A value no option offers (a tampered form) is refused with the API's words, above the page.
        ((JavascriptExecutor) browser).executeScript("document.querySelector('#wd-" + watchlist + " option').value = 'weekly';"
                + "document.getElementById('wd-" + watchlist + "').selectedIndex = 0;");
        browser.findElement(By.cssSelector("#watchlists tr[data-id='" + watchlist + "'] form.digest button")).click();
        waiting.until(d -> !d.findElements(By.cssSelector("ul.error li")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("ul.error li")).getText())
                .isEqualTo("E-mail digest must be instant, hourly or daily, or default to follow each address's setting; got 'weekly'");
    }
}
