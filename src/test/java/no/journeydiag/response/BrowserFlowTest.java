package no.journeydiag.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The whole journey-ownership flow in headless Chromium (Debian's chromium and chromium-driver),
 * with the keyboard only: start, answer, leave mid-way and resume, switch to Norwegian, review,
 * report. Screenshots of every page go to target/screenshots/. Without Chromium this test skips
 * loudly, unless -Dbrowser.tests=required (CI) turns the skip into a failure.
 */
@QuarkusTest
class BrowserFlowTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target/screenshots");
    /** axe-core from the npm registry: {@code npm ci --prefix src/test/a11y} (.ci/run does it). */
    private static final Path AXE = Path.of("src/test/a11y/node_modules/axe-core/axe.min.js");

    String axeSource;
    final List<String> violations = new java.util.ArrayList<>();

    @TestHTTPResource("/")
    URL base;

    ChromeDriver driver;
    int width;
    int shot;

    @BeforeEach
    void browser() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present) {
            String message = "BROWSER TEST SKIPPED: " + CHROMIUM + " and " + CHROMEDRIVER
                    + " are needed (apt-get install chromium chromium-driver); .ci/run installs them";
            if ("required".equals(System.getProperty("browser.tests"))) {
                fail(message.replace("SKIPPED", "REQUIRED BUT CHROMIUM IS MISSING"));
            }
            System.err.println("\n**********\n" + message + "\n**********\n");
            Assumptions.abort(message);
        }
        if (!Files.isReadable(AXE)) {
            String message = "ACCESSIBILITY CHECK NEEDS axe-core: run npm ci --prefix src/test/a11y (.ci/run does)";
            if ("required".equals(System.getProperty("browser.tests"))) {
                fail(message);
            }
            System.err.println("\n**********\n" + message + "; the browser test runs without it\n**********\n");
        } else {
            try {
                axeSource = Files.readString(AXE);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=en-GB");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {390, 1280})
    void journeyOwnershipByKeyboardWithAPauseAndASwitchToNorwegian(int px) throws Exception {
        width = px;
        driver.manage().window().setSize(new Dimension(px, 900));
        Map<String, Object> answers = new java.util.HashMap<>(Answers.journeyOwnershipBest());
        answers.put("owner-seat", "ceo");
        answers.put("comment", "Vi <b>endrer</b> oss");

        open("a/journey-ownership?lang=en");
        screenshot("landing");
        tabTo(e -> e.getTagName().equals("button"));
        enter();
        assertTrue(driver.getCurrentUrl().matches(".*/d/[A-Za-z0-9_-]{43}/1"), driver.getCurrentUrl());

        assertTrue(!driver.findElement(By.id("question-owner-seat")).isDisplayed(), "follow-up hidden at first");
        answerStep(answers); // the script shows the follow-up as soon as "yes" is chosen, so one pass answers both
        assertTrue(driver.getCurrentUrl().endsWith("/2"), driver.getCurrentUrl());
        answerStep(answers);
        String stepThree = driver.getCurrentUrl();
        assertTrue(stepThree.endsWith("/3"), stepThree);

        // Leave mid-way, come back to the landing page: the same browser is offered to continue.
        driver.get("about:blank");
        open("a/journey-ownership");
        screenshot("landing-continue");
        tabTo(e -> e.getTagName().equals("a") && e.getAttribute("class") != null && e.getAttribute("class").contains("button"));
        enter();
        assertEquals(stepThree, driver.getCurrentUrl(), "resumes at the first unfinished step");

        // Switch to Norwegian with the keyboard; the draft keeps its answers.
        tabTo(e -> "nb".equals(e.getAttribute("lang")) && e.getTagName().equals("a"));
        enter();
        assertEquals("nb", driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(driver.findElement(By.id("progress-label")).getText().startsWith("Steg 3 av"));

        while (!driver.getCurrentUrl().endsWith("/review")) {
            answerStep(answers);
        }
        screenshot("review");
        assertTrue(driver.findElement(By.tagName("h1")).getText().contains("Se over svarene"));
        tabTo(e -> e.getTagName().equals("button"));
        enter();

        assertTrue(driver.getCurrentUrl().matches(".*/r/[A-Za-z0-9_-]{43}"), driver.getCurrentUrl());
        screenshot("report");
        assertEquals("nb", driver.findElement(By.tagName("html")).getAttribute("lang"));
        // the best answers everywhere: every element and the overall score are 100
        assertEquals("100.0", driver.findElement(By.id("overall-score")).getText());
        List<WebElement> scores = driver.findElements(By.cssSelector("table.elements span.score"));
        assertEquals(List.of("100.0", "100.0", "100.0", "100.0"), scores.stream().map(WebElement::getText).toList());
        assertTrue(driver.getPageSource().contains("Vi &lt;b&gt;endrer&lt;/b&gt; oss"), "typed markup is escaped");
        long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
        assertTrue(scrollWidth <= px, "no horizontal scroll at " + px + " px: " + scrollWidth);

        // The pages not on the path above, checked too.
        open("?lang=en");
        screenshot("home");
        open("a/quick-check/all");
        screenshot("one-page-form");
        open("r/" + "x".repeat(43));
        screenshot("not-found");
        assertEquals(List.of(), violations, "serious or critical accessibility violations");
    }

    /** Answers every control of the current step with the keyboard, then presses the submit button. */
    private void answerStep(Map<String, Object> answers) throws Exception {
        screenshot("step");
        String url = driver.getCurrentUrl();
        java.util.Set<String> doneGroups = new java.util.HashSet<>();
        for (int i = 0; i < 400; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement el = driver.switchTo().activeElement();
            String tag = el.getTagName();
            String type = el.getAttribute("type");
            String name = el.getAttribute("name");
            if (tag.equals("button") && "submit".equals(type)) {
                enter();
                if (driver.getCurrentUrl().equals(url) && !driver.findElements(By.cssSelector(".summary-error")).isEmpty()) {
                    fail("the step was refused: " + driver.findElement(By.cssSelector(".summary-error")).getText());
                }
                return;
            }
            if (name == null || !name.startsWith("q.")) {
                continue;
            }
            Object wanted = answers.get(name.substring(2));
            if ("radio".equals(type) && doneGroups.add(name)) {
                List<WebElement> group = driver.findElements(By.name(name));
                int index = indexOf(group, String.valueOf(wanted));
                int current = indexOfChecked(group);
                if (current < 0) {
                    el.sendKeys(Keys.SPACE); // focus sits on the first radio of an unanswered group
                    current = 0;
                }
                for (int k = current; k < index; k++) {
                    driver.switchTo().activeElement().sendKeys(Keys.ARROW_DOWN); // moves and selects
                }
            } else if ("checkbox".equals(type)) {
                boolean want = wanted instanceof List<?> l && l.contains(el.getAttribute("value"));
                if (want != el.isSelected()) {
                    el.sendKeys(Keys.SPACE);
                }
            } else if (tag.equals("textarea") && wanted != null && el.getAttribute("value").isEmpty()) {
                el.sendKeys(wanted.toString());
            }
        }
        fail("never reached the submit button on " + url);
    }

    private static int indexOf(List<WebElement> group, String value) {
        for (int i = 0; i < group.size(); i++) {
            if (group.get(i).getAttribute("value").equals(value)) {
                return i;
            }
        }
        throw new AssertionError("no option " + value);
    }

    private static int indexOfChecked(List<WebElement> group) {
        for (int i = 0; i < group.size(); i++) {
            if (group.get(i).isSelected()) {
                return i;
            }
        }
        return -1;
    }

    private void tabTo(java.util.function.Predicate<WebElement> target) {
        for (int i = 0; i < 200; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (target.test(driver.switchTo().activeElement())) {
                return;
            }
        }
        fail("could not reach the element by keyboard on " + driver.getCurrentUrl());
    }

    private void enter() {
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
    }

    private void open(String path) {
        driver.get(base.toString() + path);
    }

    /** Runs axe-core on the current page; serious and critical violations are collected for the final assertion. */
    @SuppressWarnings("unchecked")
    private void axe(String page) {
        if (axeSource == null) {
            return;
        }
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.executeScript(axeSource); // evaluated by the driver, so the page's CSP does not apply
        List<Map<String, Object>> found = (List<Map<String, Object>>) driver.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
                + ".then(function (r) { done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })"
                + ".map(function (v) { return {id: v.id, impact: v.impact, help: v.help,"
                + " nodes: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' '); }).join(' | ')}; })); })"
                + ".catch(function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: ''}]); });");
        for (Map<String, Object> v : found) {
            violations.add(width + "px " + page + " (" + driver.getCurrentUrl() + "): " + v.get("id") + " [" + v.get("impact")
                    + "] " + v.get("help") + " at " + v.get("nodes"));
        }
    }

    private void screenshot(String name) throws Exception {
        axe(name);
        Files.createDirectories(SHOTS);
        File f = driver.getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), SHOTS.resolve(String.format("%d-%02d-%s.png", width, ++shot, name)),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
