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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.vigil.alert.AlertSettings;
import org.vigil.alert.Alerts;
import org.vigil.alert.CriteriaJson;
import org.vigil.extract.Certainty;
import org.vigil.extract.IncidentMention;
import org.vigil.extract.IncidentStatus;
import org.vigil.extract.IncidentType;
import org.vigil.ingest.Article;
import org.vigil.nlp.PartialDate;
import org.vigil.nlp.Span;

/** In a real headless Chromium: a notification appears live on the open Alerts page when a matching article is ingested. */
class AlertsBrowserTest {
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

    @Test
    void notificationAppearsLiveWhenAMatchingArticleIsIngested() throws Exception {
        try (Alerts alerts = Alerts.open(dir.resolve("vigil.db"), AlertSettings.defaults(), Clock.systemUTC())) {
            alerts.createWatchlist(Owner.LOCAL, "France", CriteriaJson.read(CriteriaJson.write(
                    new org.vigil.alert.WatchCriteria(java.util.Set.of(), List.of(), java.util.Set.of("FR"), java.util.Set.of(), List.of(),
                            OptionalInt.empty(), List.of()))), true);
        }
        browser.get(site.base() + "/alerts");
        WebDriverWait waiting = new WebDriverWait(browser, Duration.ofSeconds(15));
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
        List<String> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon.ico")).toList();
        assertThat(severe).isEmpty();
    }
}
