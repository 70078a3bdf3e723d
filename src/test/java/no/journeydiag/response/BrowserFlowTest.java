package no.journeydiag.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.Map;
import no.journeydiag.BrowserSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * The whole journey-ownership flow in headless Chromium (Debian's chromium and chromium-driver),
 * with the keyboard only: start, answer, leave mid-way and resume, switch to Norwegian, review,
 * report. Screenshots of every page go to target/screenshots/. Without Chromium this test skips
 * loudly, unless -Dbrowser.tests=required (CI) turns the skip into a failure.
 */
@QuarkusTest
class BrowserFlowTest {

    BrowserSupport support;

    @TestHTTPResource("/")
    URL base;

    ChromeDriver driver;
    int width;

    @BeforeEach
    void browser() {
        support = BrowserSupport.require("flow");
        driver = support.newDriver();
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
        answers.put("organisation-size", "250-999"); // the optional peer-segment questions, by keyboard too
        answers.put("industry", "retail");
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
        tabTo(e -> e.getTagName().equals("a")
                && e.getAttribute("class") != null
                && e.getAttribute("class").contains("button"));
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
        // the best answers everywhere: every element and the overall score are 100, with a Norwegian decimal comma
        assertEquals("100,0", driver.findElement(By.id("overall-score")).getText());
        List<WebElement> scores = driver.findElements(By.cssSelector("table.elements span.score"));
        assertEquals(
                List.of("100,0", "100,0", "100,0", "100,0"),
                scores.stream().map(WebElement::getText).toList());
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
        assertEquals(List.of(), support.violations, "serious or critical accessibility violations");
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
                if (driver.getCurrentUrl().equals(url)
                        && !driver.findElements(By.cssSelector(".summary-error"))
                                .isEmpty()) {
                    fail("the step was refused: "
                            + driver.findElement(By.cssSelector(".summary-error"))
                                    .getText());
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
            } else if (tag.equals("textarea")
                    && wanted != null
                    && el.getAttribute("value").isEmpty()) {
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

    /** Presses Enter on a link or button and waits for the page it leads to: keys return before it loads. */
    private void enter() {
        driver.executeScript("window.__left = true;"); // the next document lacks the mark, even at the same address
        driver.switchTo().activeElement().sendKeys(Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(15))
                .until(d -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return window.__left !== true && document.readyState === 'complete';")));
    }

    private void open(String path) {
        driver.get(base.toString() + path);
    }

    private void screenshot(String name) throws Exception {
        support.screenshot(driver, width + "-" + name);
    }
}
