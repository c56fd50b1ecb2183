package org.vigil.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
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
import org.vigil.review.PasswordHasher;
import org.vigil.review.Review;
import org.vigil.review.Role;
import org.vigil.review.SqliteReviewStore;

/**
 * Review in a real headless Chromium: an analyst logs in, rates an article, comments (script in the
 * comment stays inert), selects a passage, attaches a note that corrects a figure, and sees the
 * incident change; a note on a passage adds an incident extraction missed, which the incident list then
 * shows; an admin manages accounts on the users page. Skipped where chromedriver is not installed. Issue 5.
 */
class ReviewBrowserTest {
    static final String PASSWORD = "correct horse battery";

    @TempDir
    static Path dir;
    static TestSite site;
    WebDriver browser;

    @BeforeAll
    static void start() {
        assumeTrue(Files.isExecutable(DashboardBrowserTest.CHROMEDRIVER) && Files.isExecutable(DashboardBrowserTest.CHROMIUM),
                "chromium and chromium-driver are not installed");
        site = new TestSite(dir);
        try (SqliteReviewStore store = SqliteReviewStore.open(dir.resolve("vigil.db"))) {
            Review review = Review.over(store, site.store, new PasswordHasher(1024, 1, 1), Clock.systemUTC());
            review.accounts().add(Optional.empty(), "alice", Role.ANALYST, PASSWORD);
            review.accounts().add(Optional.empty(), "root", Role.ADMIN, PASSWORD);
        }
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
    }

    @BeforeEach
    void openBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(DashboardBrowserTest.CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DashboardBrowserTest.CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) browser.quit();
    }

    /** Waits up to 15 s; an element replaced while the page reloads after a form post is looked up again. */
    private WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    private List<String> severeLogs() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon.ico")).toList();
    }

    private void logIn(String next) {
        logIn("alice", next);
    }

    private void logIn(String name, String next) {
        browser.get(site.base() + "/login?next=" + next);
        browser.findElement(By.id("login-name")).sendKeys(name);
        browser.findElement(By.id("login-password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector(".login-form button")).click();
        // The login page's own address ends with ?next=..., so wait until it is left.
        waiting().until(d -> !d.getCurrentUrl().contains("/login") && (d.getCurrentUrl().endsWith(next) || d.getCurrentUrl().contains(next + "#")));
    }

    /** Selects the first occurrence of {@code passage} in the article text, as a mouse would, and lets go of the button. */
    private void select(String passage) {
        ((JavascriptExecutor) browser).executeScript("""
                const text = document.querySelector('.article-text');
                const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT,
                    {acceptNode: n => n.parentElement.closest('a.ref') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT});
                const nodes = []; let all = ''; let n;
                while ((n = walker.nextNode())) { nodes.push([n, all.length]); all += n.data; }
                const from = all.indexOf(arguments[0]); const to = from + arguments[0].length;
                const at = pos => { for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i][1] <= pos) return [nodes[i][0], pos - nodes[i][1]]; };
                const range = document.createRange();
                range.setStart(...at(from)); range.setEnd(...at(to));
                const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);
                text.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                """, passage);
    }

    @Test
    void anAnalystRatesCommentsNotesAPassageAndCorrectsAFigureTheIncidentThenShows() {
        logIn("/articles/kabul");
        assertThat(browser.findElement(By.cssSelector("#review .viewer")).getText()).isEqualTo("alice");

        browser.findElement(By.cssSelector(".rating-form input[value='4']")).click();
        browser.findElement(By.cssSelector(".rating-form button")).click();
        waiting().until(d -> d.findElement(By.cssSelector(".rating-label")).getText().equals("4.0 · 1 vote"));

        browser.findElement(By.id("comment-body")).sendKeys("<script>window.pwned = 1</script><b>Confirmed</b> by police <img src=x onerror=\"window.pwned = 2\">");
        browser.findElement(By.cssSelector(".comment-form button")).click();
        waiting().until(d -> !d.findElements(By.cssSelector(".comment-body b")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".comment-body")).getText()).isEqualTo("Confirmed by police");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.pwned === undefined")).isEqualTo(true);
        assertThat(browser.findElement(By.cssSelector("#h-comments .count")).getText()).isEqualTo("(1)");

        select("killing 9 people");
        waiting().until(d -> d.findElement(By.id("note-submit")).isEnabled());
        assertThat(browser.findElement(By.id("note-quote")).getText()).contains("killing 9 people");
        browser.findElement(By.id("note-body")).sendKeys("The ministry later said 11.");
        new Select(browser.findElement(By.id("note-field"))).selectByValue("killed");
        browser.findElement(By.id("note-value")).sendKeys("11");
        browser.findElement(By.id("note-submit")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("mark.note-mark")).isEmpty());
        assertThat(browser.findElement(By.cssSelector("li.note .quote")).getText()).isEqualTo("killing 9 people");
        assertThat(browser.findElements(By.cssSelector("mark.note-mark")).stream().map(e -> e.getText()).reduce("", String::concat))
                .isEqualTo("killing 9 people");

        browser.get(site.base() + "/incidents/" + site.incidentOf("kabul"));
        assertThat(browser.findElement(By.cssSelector(".corrected-field[data-field=killed]")).getText())
                .startsWith("Killed 11 (extracted 9; by alice");
        assertThat(browser.findElement(By.cssSelector("table.corrections")).getText()).contains("Killed").contains("11");
        assertThat(browser.findElement(By.xpath("//h3[starts-with(., 'Killed:')]")).getText()).isEqualTo("Killed: 11");
        assertThat(severeLogs()).isEmpty();
    }

    @Test
    void aNoteOnAPassageAddsAMissedIncidentThatTheIncidentListShows() {
        logIn("/articles/madrid");
        select("a plot to bomb trains");
        waiting().until(d -> d.findElement(By.id("note-submit")).isEnabled());
        browser.findElement(By.id("note-body")).sendKeys("The plot itself is an incident too.");
        new Select(browser.findElement(By.id("note-field"))).selectByValue("missed_incident");
        browser.findElement(By.id("note-value")).sendKeys("plot_foiled");
        browser.findElement(By.id("note-submit")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("li.note .quote")).isEmpty());

        browser.get(site.base() + "/incidents?type=plot_foiled");
        assertThat(browser.findElement(By.cssSelector("table.incidents tbody tr .added-by")).getText()).isEqualTo("added by analyst alice");
        assertThat(browser.findElement(By.cssSelector("table.incidents tbody tr td.src a")).getText()).isEqualTo("Arrests in Madrid");
        assertThat(severeLogs()).isEmpty();
    }

    @Test
    void anAdminAddsAnAccountChangesItsRoleAndDisablesItOnTheUsersPage() {
        logIn("root", "/users");
        browser.findElement(By.id("user-name")).sendKeys("dora");
        new Select(browser.findElement(By.id("user-role"))).selectByValue("reader");
        browser.findElement(By.id("user-password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector(".user-form button")).click();
        By dora = By.xpath("//tr[td[@class='user-name' and .='dora']]");
        waiting().until(d -> !d.findElements(dora).isEmpty());

        new Select(browser.findElement(dora).findElement(By.cssSelector(".role-form select"))).selectByValue("analyst");
        browser.findElement(dora).findElement(By.cssSelector(".role-form button")).click();
        waiting().until(d -> d.findElement(dora).findElement(By.className("user-role")).getText().equals("analyst"));
        browser.findElement(dora).findElement(By.cssSelector(".state-form button")).click();
        waiting().until(d -> d.findElement(dora).findElement(By.className("user-state")).getText().startsWith("disabled"));
        assertThat(browser.findElement(dora).findElement(By.cssSelector(".state-form button")).getText()).isEqualTo("Enable");
        assertThat(severeLogs()).isEmpty();
    }

    @Test
    void aLoggedOutVisitorSeesReviewButNoForms() {
        browser.get(site.base() + "/articles/madrid");
        assertThat(browser.findElements(By.id("note-form"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("form.comment-form"))).isEmpty();
        assertThat(browser.findElement(By.cssSelector("#comments .login-hint")).getText()).isEqualTo("Log in to comment.");
        assertThat(severeLogs()).isEmpty();
    }
}
