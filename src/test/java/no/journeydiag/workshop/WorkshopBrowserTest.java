package no.journeydiag.workshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import no.journeydiag.BrowserSupport;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.response.Answers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A workshop in real browsers: a consultant signs in and creates a workshop, five participants
 * join with the code in five separate browsers (phone width) and answer, the present view counts
 * them live, the consultant closes the workshop (which releases the team's answers) and publishes,
 * and a participant follows the link to the team report.
 * Screenshots go to target/screenshots/workshop-*.png.
 */
@QuarkusTest
class WorkshopBrowserTest {

    static final String PASSWORD = "browser test passphrase";
    static final List<String> ROLES = List.of("sales", "sales", "leadership", "leadership", "marketing");

    @Inject
    Accounts accounts;

    @TestHTTPResource("/")
    URL base;

    BrowserSupport support;
    ChromeDriver consultant;

    @BeforeEach
    void browsers() {
        support = BrowserSupport.require("workshop");
        consultant = support.newDriver();
        consultant.manage().window().setSize(new Dimension(1280, 900));
        if (accounts.accounts().stream().noneMatch(a -> a.username().equals("carla"))) {
            accounts.create("carla", "Carla Consultant", PASSWORD, "consultant");
        }
    }

    @AfterEach
    void quit() {
        if (consultant != null) {
            consultant.quit();
        }
    }

    @Test
    void aConsultantRunsAWorkshopWithFiveParticipantsAndPublishesTheTeamReport() throws Exception {
        consultant.get(base + "consultant");
        assertTrue(consultant.getCurrentUrl().contains("/login?next="), "sign-in first: " + consultant.getCurrentUrl());
        consultant.findElement(By.id("username")).sendKeys("carla");
        consultant.findElement(By.id("password")).sendKeys(PASSWORD);
        support.screenshot(consultant, "login");
        consultant.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        arrive(consultant, ".*/consultant");

        consultant.findElement(By.linkText("New workshop")).click();
        arrive(consultant, ".*/consultant/workshops/new");
        consultant.findElement(By.id("organisation")).sendKeys("Browser & Sons <AS>");
        consultant
                .findElement(By.cssSelector("#questionnaire option[value=quick-check]"))
                .click();
        WebElement threshold = consultant.findElement(By.id("anonymityThreshold"));
        threshold.clear();
        threshold.sendKeys("2");
        support.screenshot(consultant, "new-workshop");
        consultant.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        arrive(consultant, ".*/consultant/workshops/[0-9]+");
        assertEquals(
                "Browser & Sons <AS>", consultant.findElement(By.tagName("h1")).getText());
        String code = consultant.findElement(By.cssSelector(".code")).getText();
        String workshopUrl = consultant.getCurrentUrl();
        support.screenshot(consultant, "workshop");

        consultant.findElement(By.linkText("Present (projector)")).click();
        arrive(consultant, ".*/present");
        assertEquals("0", consultant.findElement(By.id("finished")).getText());
        support.screenshot(consultant, "present-empty");

        String firstReport = null;
        for (int i = 0; i < ROLES.size(); i++) {
            ChromeDriver phone = support.newDriver();
            try {
                phone.manage().window().setSize(new Dimension(390, 844));
                String report = participate(phone, code.toLowerCase(), ROLES.get(i), i == 0);
                firstReport = firstReport == null ? report : firstReport;
            } finally {
                phone.quit();
            }
        }

        // The present view polls the database-backed counts every 3 seconds.
        new WebDriverWait(consultant, Duration.ofSeconds(20))
                .until(d -> "5".equals(d.findElement(By.id("finished")).getText()));
        assertEquals("5", consultant.findElement(By.id("joined")).getText());
        assertTrue(
                !consultant
                        .findElement(By.tagName("main"))
                        .getText()
                        .toLowerCase(java.util.Locale.ROOT)
                        .contains("marketing"),
                "totals only, never by role");
        support.screenshot(consultant, "present-five");

        consultant.get(workshopUrl);
        consultant.findElement(By.xpath("//button[normalize-space()='Close']")).click();
        new WebDriverWait(consultant, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.xpath("//button[normalize-space()='Reopen']"))
                        .isEmpty());
        consultant
                .findElement(By.xpath("//button[normalize-space()='Publish team report']"))
                .click();
        new WebDriverWait(consultant, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.xpath("//button[normalize-space()='Unpublish team report']"))
                        .isEmpty());
        consultant.findElement(By.linkText("Team report")).click();
        arrive(consultant, ".*/report");
        assertTrue(consultant.findElement(By.tagName("h1")).getText().startsWith("Browser & Sons <AS>"));
        List<WebElement> heatRows = consultant.findElements(By.cssSelector("table.heat tbody tr"));
        // marketing (1) is below 2, so it is "other"; alone there it could be worked out from the team, so the
        // smallest shown role (leadership and sales tie at 2: leadership first by name) joins it.
        assertEquals(2, heatRows.size(), "sales and other");
        assertTrue(
                heatRows.get(1).getText().startsWith("Other (3)"),
                heatRows.get(1).getText());
        assertEquals(
                5,
                consultant
                        .findElements(By.cssSelector("svg.strip"))
                        .get(0)
                        .findElements(By.tagName("circle"))
                        .size());
        support.screenshot(consultant, "team-report");

        // The presenter view in Norwegian on a 1280×720 projector, slide by slide with the keyboard. Five
        // participants with the critical answers: every element and the overall score are theirs
        // (value 11.1, overall 15.3, worked out in ResponseApiTest), so the team's are the same.
        consultant.manage().window().setSize(new Dimension(1280, 720));
        consultant.get(workshopUrl + "/present?lang=nb");
        assertEquals("nb", consultant.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals(1, consultant.findElements(By.cssSelector("section.slide")).size(), "results hidden");
        assertEquals("5", consultant.findElement(By.id("finished")).getText());
        consultant.findElement(By.linkText("Vis resultatene")).click();
        arrive(consultant, ".*reveal=1.*");
        var body = consultant.findElement(By.tagName("body"));
        body.sendKeys(Keys.ARROW_RIGHT);
        assertEquals(
                "Helhetsbildet",
                consultant.findElement(By.cssSelector(".slide.current h2")).getText());
        assertEquals("15,3", consultant.findElement(By.id("slide-overall")).getText());
        support.screenshot(consultant, "present-overview-nb");
        body.sendKeys(Keys.SPACE);
        assertEquals(
                "11,1",
                consultant
                        .findElement(By.cssSelector(".slide.current .element-mean"))
                        .getText());
        support.screenshot(consultant, "present-element-nb");
        body.sendKeys(Keys.PAGE_UP);
        assertEquals(
                "Helhetsbildet",
                consultant.findElement(By.cssSelector(".slide.current h2")).getText());
        body.sendKeys(Keys.END);
        assertEquals(
                "Tiltak vi ble enige om",
                consultant.findElement(By.cssSelector(".slide.current h2")).getText());
        consultant.findElement(By.id("a-what")).sendKeys("Gi kundereisen én eier");
        consultant.findElement(By.id("a-owner")).sendKeys("ledelse");
        consultant
                .findElement(By.cssSelector(".action-form button[type=submit]"))
                .click();
        new WebDriverWait(consultant, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector(".slide.current table.action-list tbody tr"))
                                .size()
                        == 1);
        assertTrue(consultant
                .findElement(By.cssSelector(".slide.current table.action-list"))
                .getText()
                .contains("Gi kundereisen én eier"));
        support.screenshot(consultant, "present-actions-nb");
        consultant.manage().window().setSize(new Dimension(1920, 1080));

        ChromeDriver phone = support.newDriver();
        try {
            phone.manage().window().setSize(new Dimension(390, 844));
            phone.get(firstReport);
            phone.findElement(By.cssSelector("a.button[href^='/t/']")).click();
            arrive(phone, ".*/t/[A-Za-z0-9_-]{43}\\?lang=(en|nb)"); // the reader's language goes along
            assertTrue(phone.findElement(By.tagName("h1")).getText().contains("team report"));
            long scrollWidth = (Long) phone.executeScript("return document.documentElement.scrollWidth");
            assertTrue(scrollWidth <= 390, "the page itself does not scroll sideways: " + scrollWidth);
            support.screenshot(phone, "team-report-phone");
        } finally {
            phone.quit();
        }
        assertEquals(List.of(), support.violations, "serious or critical accessibility violations");
    }

    /** Waits for the navigation a click started (a click returns before the next page has loaded). */
    private static void arrive(ChromeDriver driver, String urlPattern) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().matches(urlPattern));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "expected a page matching " + urlPattern + " but the browser is at " + driver.getCurrentUrl());
        }
    }

    /** Joins with the code at /join, picks a role, answers the quick check and submits; returns the report URL. */
    private String participate(ChromeDriver phone, String code, String role, boolean screenshots) throws Exception {
        phone.get(base + "join");
        phone.findElement(By.id("code")).sendKeys(code.substring(0, 4) + "-" + code.substring(5));
        if (screenshots) {
            support.screenshot(phone, "join");
        }
        phone.findElement(By.cssSelector("form button[type=submit]")).click();
        arrive(phone, ".*/w/[A-Z0-9]{8}.*");
        phone.findElement(By.cssSelector("input[name=role][value='" + role + "']"))
                .click();
        if (screenshots) {
            support.screenshot(phone, "role");
        }
        phone.findElement(By.cssSelector("main form button[type=submit]")).click();
        arrive(phone, ".*/d/[A-Za-z0-9_-]{43}/1");
        for (var e : Answers.quickCheckCriticalForm().entrySet()) {
            phone.findElement(By.cssSelector("input[name='" + e.getKey() + "'][value='" + e.getValue() + "']"))
                    .click();
        }
        phone.findElement(By.cssSelector("main form button[type=submit]")).click();
        arrive(phone, ".*/review");
        phone.findElement(By.cssSelector("main form button[type=submit]")).click();
        arrive(phone, ".*/r/[A-Za-z0-9_-]{43}");
        assertTrue(phone.findElement(By.id("team-h")).isDisplayed());
        if (screenshots) {
            support.screenshot(phone, "personal-report");
        }
        return phone.getCurrentUrl();
    }
}
