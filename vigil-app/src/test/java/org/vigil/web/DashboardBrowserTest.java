package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The UI in a real headless Chromium (Debian's chromium and chromium-driver): the dashboard draws its
 * charts, a group filter narrows it, an incident opens, and its evidence is highlighted on the article.
 * Skipped where chromedriver is not installed.
 */
class DashboardBrowserTest {
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    @TempDir
    static Path dir;
    static TestSite site;
    WebDriver browser;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM), "chromium and chromium-driver are not installed");
        site = new TestSite(dir);
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
    }

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) browser.quit();
    }

    WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    /** Errors the page logged, such as a script or style the Content-Security-Policy refused. */
    List<String> severeLogs() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon.ico")).toList();
    }

    @Test
    void dashboardDrawsTheTimelineAndTheMapFromItsOwnAssets() {
        browser.get(site.base() + "/");

        waiting().until(d -> !d.findElements(By.cssSelector("#timeline svg a.bar-group rect")).isEmpty());
        waiting().until(d -> !d.findElements(By.cssSelector("#map svg circle.cluster")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#map svg path.country")).size()).isGreaterThan(150);
        assertThat(browser.findElements(By.cssSelector("#map svg circle.cluster"))).hasSize(3);
        assertThat(browser.findElements(By.cssSelector("#timeline .legend li"))).hasSize(3);
        assertThat(severeLogs()).isEmpty();
    }

    @Test
    void filteringByAGroupOpeningAnIncidentAndItsArticleShowsTheEvidence() {
        browser.get(site.base() + "/");
        WebElement group = browser.findElement(By.id("f-group"));
        group.sendKeys("Taliban");
        group.sendKeys(Keys.ENTER);

        waiting().until(d -> d.getCurrentUrl().contains("group=Taliban"));
        assertThat(browser.findElement(By.id("totals")).getText()).startsWith("1 incidents");
        waiting().until(d -> d.findElements(By.cssSelector("#map svg circle.cluster")).size() == 1);

        browser.findElement(By.cssSelector("table.incidents tbody tr td a")).click();
        waiting().until(d -> d.getCurrentUrl().matches(".*/incidents/\\d+$"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bombing in Kabul, 2024-03-08");

        browser.findElement(By.cssSelector("ol.sources h3 a")).click();
        waiting().until(d -> d.getCurrentUrl().contains("/articles/kabul#mention-"));
        WebElement evidence = browser.findElement(By.cssSelector(".article-text mark.evidence"));
        assertThat(evidence.getText()).isEqualTo("A suicide bomber struck a wedding hall in Kabul on Friday, killing 9 people.");
        assertThat(evidence.getCssValue("background-color")).isEqualTo("rgba(255, 240, 168, 1)");
        assertThat(evidence.findElement(By.cssSelector("a.ent-place")).getText()).isEqualTo("Kabul");
        assertThat(severeLogs()).isEmpty();
    }

    @Test
    void articleTextCannotRunScript() {
        browser.get(site.base() + "/articles/paris");

        assertThat(browser.findElement(By.cssSelector(".article-text")).getText()).contains("<script>alert('x')</script> was posted");
        assertThat(((JavascriptExecutor) browser).executeScript("return document.querySelectorAll('main script').length")).isEqualTo(0L);
    }

    @Test
    void theFirstKeyPressReachesTheSkipLinkAndEveryControlHasALabel() {
        browser.get(site.base() + "/incidents");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);

        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Skip to content");
        Object unlabelled = ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.querySelectorAll('input:not([type=hidden]), select'))"
                        + ".filter(e => !(e.labels && e.labels.length)).map(e => e.name)");
        assertThat((List<?>) unlabelled).isEmpty();
    }

    @Test
    void pagesFitA375PixelWideScreen() {
        browser.manage().window().setSize(new Dimension(375, 800));
        for (String path : List.of("/", "/incidents", "/incidents/" + site.incidentOf("paris"), "/articles/paris")) {
            browser.get(site.base() + path);
            Map<?, ?> widths = (Map<?, ?>) ((JavascriptExecutor) browser).executeScript(
                    "return {page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth}");
            assertThat(((Number) widths.get("page")).intValue()).as(path).isLessThanOrEqualTo(((Number) widths.get("view")).intValue());
        }
    }
}
