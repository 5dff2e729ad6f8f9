package firedrill.app.drill.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import firedrill.app.drill.Drill;
import firedrill.engine.drill.DrillParticipants;
import firedrill.engine.scenario.ActionSpec;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real browser (Debian's chromium and chromium-driver, headless) joins a drill from the join URL,
 * sees the live view and the fleet heatmap change as the incident unfolds, proposes an action, is
 * approved, and sees the action run under its own name. A hostile name stays text. Skipped on a
 * machine without chromium, except under CI ({@value #REQUIRE} set by {@code .ci/run}), where a
 * missing browser fails the build instead of hiding the test.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class BrowserJoinTest {
    static final String REQUIRE = "FIREDRILL_REQUIRE_BROWSER";
    static final String HOSTILE = "<img src=x onerror=alert(1)>";
    @TempDir
    Path data;
    private WebDriver browser;

    static File firstExisting(String... paths) {
        for (String p : paths) {
            File f = new File(p);
            if (f.canExecute()) {
                return f;
            }
        }
        return null;
    }

    @BeforeEach
    void openBrowser() {
        File chromium = firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser");
        File driver = firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
        if (chromium == null || driver == null) {
            String why = "chromium and chromium-driver are not installed (apt-get install -y chromium chromium-driver)";
            if (System.getenv(REQUIRE) != null) {
                throw new AssertionError(why + ", and " + REQUIRE + " says this run must use them");
            }
            Assumptions.abort(why);
        }
        ChromeOptions o = new ChromeOptions();
        o.setBinary(chromium);
        o.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000", "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver).usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, o);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30), Duration.ofMillis(50));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    @Test
    void aParticipantJoinsFollowsTheFleetProposesIsApprovedAndSeesTheEffect() throws Exception {
        Drill drill = WebFixture.drill(data, false);
        try (WebFixture f = new WebFixture(drill, WebFixture.steadyClock())) {
            browser.get(f.base + "#" + WebFixture.CODE);
            waiting().until(b -> b.findElement(By.id("join")).isDisplayed());
            assertEquals(WebFixture.CODE, browser.findElement(By.id("join-code")).getAttribute("value"),
                    "the QR code's URL carries the code");
            browser.findElement(By.id("join-roles")).click();
            waiting().until(b -> b.findElement(By.id("join-more")).isDisplayed());
            browser.findElement(By.id("join-name")).sendKeys(HOSTILE);
            new Select(browser.findElement(By.id("join-role"))).selectByVisibleText("Incident Commander");
            browser.findElement(By.id("join-go")).click();

            waiting().until(b -> !text("clock").isEmpty());
            assertEquals(HOSTILE + " · Incident Commander", text("me"), "the name is shown as text");
            assertTrue(browser.findElements(By.tagName("img")).isEmpty(), "no element was made from the name");
            assertThrows(NoAlertPresentException.class, () -> browser.switchTo().alert());
            assertEquals(drill.frame().snapshot().clock(), text("clock").split(" ")[0], "the room's clock");

            // The incident unfolds: the heatmap the browser paints changes with it.
            String before = browser.findElement(By.id("fleet")).getAttribute("data-signature");
            int cells = Integer.parseInt(browser.findElement(By.id("fleet")).getAttribute("data-cells"));
            assertEquals(drill.spec().layout().clusters(), cells, "one cell per cluster");
            int target = drill.frame().tick() + 3 * 3600;
            drill.runner().fastForwardTo(target);
            waiting().until(b -> Integer.parseInt(b.findElement(By.tagName("body")).getAttribute("data-tick")) >= target
                    || drill.frame().ended());
            waiting().until(b -> !before.equals(b.findElement(By.id("fleet")).getAttribute("data-signature")));
            assertNotEquals(before, browser.findElement(By.id("fleet")).getAttribute("data-signature"));
            shot(Path.of("target", "web-view.png"));

            // Propose the first action of the catalog, with the ETA shown.
            ActionSpec action = drill.spec().scenario().actions().get(0);
            new Select(browser.findElement(By.id("p-action"))).selectByValue(action.id());
            waiting().until(b -> !text("p-eta").equals("—") && !text("p-eta").isEmpty());
            browser.findElement(By.id("p-send")).click();
            waiting().until(b -> text("p-result").startsWith("Proposed"));
            waiting().until(b -> text("proposals").contains("PENDING"));
            DrillParticipants.Proposal q = f.room.proposals().get(0);
            assertEquals(HOSTILE, q.by());

            // The incident commander's seat approves it in the app; it runs as the team's decision.
            f.room.approve(q.id(), "facilitator");
            drill.resume();
            waiting().until(b -> text("proposals").contains("APPROVED"));
            waiting().until(b -> text("actions").contains(action.title()));
            assertTrue(text("actions").contains(HOSTILE + " · Incident Commander"), text("actions"));
            assertEquals(HOSTILE + " · Incident Commander", drill.decisions().get(0).who());
            assertTrue(browser.findElements(By.tagName("img")).isEmpty());

            browser.manage().window().setSize(new Dimension(390, 844));
            shot(Path.of("target", "web-view-phone.png"));
        }
    }

    private void shot(Path file) throws Exception {
        Files.write(file, ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
