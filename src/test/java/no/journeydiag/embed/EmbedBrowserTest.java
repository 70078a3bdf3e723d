package no.journeydiag.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import no.journeydiag.BrowserSupport;
import no.journeydiag.response.Answers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A marketing site on another origin (127.0.0.1) embeds the quick check with the two documented
 * lines; a phone-sized Chromium takes it inside the iframe, the iframe grows with its content, a
 * forged message is ignored, and the site receives exactly one diagnostic:completed event.
 */
@QuarkusTest
@TestProfile(EmbedProfile.class)
class EmbedBrowserTest {

    @TestHTTPResource("/")
    URL base;

    BrowserSupport support;
    ChromeDriver driver;
    HostSite site;

    @BeforeEach
    void start() throws IOException {
        support = BrowserSupport.require("embed");
        String app = base.toString().replaceAll("/$", "");
        String page = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>Example Consultancy</title><style>#events { overflow-wrap: anywhere; font-size: 12px; }</style></head>
                <body>
                <h1>How well do you own your customer journey?</h1>
                <div id="diagnostic" data-diagnostic="quick-check" data-lang="en"></div>
                <div id="malformed" data-diagnostic="../../admin"></div>
                <script src="APP/embed.js" async></script>
                <ol id="events"></ol>
                <script>
                  document.addEventListener('diagnostic:completed', function (e) {
                    var li = document.createElement('li');
                    li.textContent = JSON.stringify(e.detail);
                    document.getElementById('events').appendChild(li);
                  });
                </script>
                </body></html>
                """.replace("APP", app);
        site = new HostSite(EmbedProfile.SITE_PORT, page);
        driver = support.newDriver();
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (site != null) {
            site.close();
        }
    }

    /** The address of the frame the driver is in (getCurrentUrl gives the top page's). */
    static String frameUrl(ChromeDriver driver) {
        return (String) driver.executeScript("return location.href;");
    }

    /** Mounts the frame on the host page, takes the quick check inside it and returns the report's token (driver left in the frame). */
    String takeTheQuickCheckInTheFrame(WebDriverWait wait, WebElement frame) throws IOException {
        driver.switchTo().frame(frame);
        wait.until(d ->
                !d.findElements(By.cssSelector("main form button[type=submit]")).isEmpty());
        assertEquals("embed", driver.findElement(By.tagName("body")).getAttribute("class"));
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(d -> frameUrl(driver).matches(".*/embed/d/[A-Za-z0-9_-]{43}/1"));
        for (var e : Answers.quickCheckCriticalForm().entrySet()) {
            driver.findElement(By.cssSelector("input[name='" + e.getKey() + "'][value='" + e.getValue() + "']"))
                    .click();
        }
        driver.switchTo().defaultContent();
        long stepHeight =
                Long.parseLong(frame.getCssValue("height").replace("px", "").split("\\.")[0]);
        assertTrue(stepHeight > 1000, "the iframe grew to the step's height: " + stepHeight);
        support.screenshot(driver, "step-in-site");

        driver.switchTo().frame(frame);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(d -> frameUrl(driver).endsWith("/review"));
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(d -> frameUrl(driver).matches(".*/embed/r/[A-Za-z0-9_-]{43}"));
        return frameUrl(driver).replaceAll(".*/embed/r/", "");
    }

    @Test
    void aSiteEmbedsTheQuickCheckAndHearsWhenItIsCompleted() throws Exception {
        driver.get(EmbedProfile.SITE + "/");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        WebElement frame = wait.until(d -> d.findElement(By.cssSelector("#diagnostic iframe")));
        assertTrue(frame.getAttribute("src").endsWith("/embed/quick-check?lang=en"), frame.getAttribute("src"));

        assertEquals(
                0, driver.findElements(By.cssSelector("#malformed iframe")).size(), "a malformed id mounts nothing");
        // A message that does not come from the diagnostic's iframe is ignored.
        driver.executeScript("window.postMessage({type: 'diagnostic:completed', resultToken: 'forged'}, '*');");

        String token = takeTheQuickCheckInTheFrame(wait, frame);
        driver.switchTo().defaultContent();

        List<WebElement> events = wait.until(d -> {
            List<WebElement> li = d.findElements(By.cssSelector("#events li"));
            return li.isEmpty() ? null : li;
        });
        JsonPath detail = new JsonPath(events.get(0).getText());
        assertEquals(token, detail.getString("resultToken"));
        assertEquals(15.3f, detail.getFloat("overall")); // worked out in ResponseApiTest
        assertEquals(4, detail.getList("elements").size());
        assertTrue(detail.getString("reportUrl").endsWith("/r/" + token));
        // The forged message was posted before the real one: it stays ignored while we watch.
        org.awaitility.Awaitility.await("one event; the forged one was ignored")
                .during(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(2))
                .until(() -> driver.findElements(By.cssSelector("#events li")).size() == 1);
        long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
        assertTrue(scrollWidth <= 390, "no sideways scroll on the phone: " + scrollWidth);
        support.screenshot(driver, "report-in-site");
    }

    @Test
    void withThirdPartyCookiesBlockedAVisitorLeavesALeadAndDeletesTheResultInsideTheFrame() throws Exception {
        driver.quit();
        driver = support.newDriver(true);
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(EmbedProfile.SITE + "/");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        WebElement frame = wait.until(d -> d.findElement(By.cssSelector("#diagnostic iframe")));
        String token = takeTheQuickCheckInTheFrame(wait, frame);

        // The report sends no referrer, so Chromium posts this form with Origin: null and, third-party, without
        // cookies.
        driver.findElement(By.id("lead-email")).sendKeys("kari@example.no");
        driver.findElement(By.id("lead-name")).sendKeys("Kari Nordmann");
        driver.findElement(By.cssSelector("fieldset.consent input[name=consent]"))
                .click();
        driver.findElement(By.cssSelector("form.lead-form button[type=submit]")).click();
        WebElement saved = wait.until(
                d -> d.findElements(By.id("lead-saved")).isEmpty() ? null : d.findElement(By.id("lead-saved")));
        assertFalse(saved.getText().contains("kari@example.no"), "the report link may be shared: " + saved.getText());
        assertTrue(frameUrl(driver).endsWith("/embed/r/" + token + "#lead"), frameUrl(driver));
        assertEquals(0L, (Long) driver.executeScript("return document.cookie.length"), "the frame holds no cookie");
        support.screenshot(driver, "lead-in-frame");

        driver.findElement(By.cssSelector("a[href$='/r/" + token + "/delete']")).click();
        wait.until(d -> frameUrl(driver).endsWith("/embed/r/" + token + "/delete"));
        driver.findElement(By.cssSelector("main form button.danger")).click();
        wait.until(d ->
                d.findElements(By.xpath("//main/h1[contains(., 'is deleted')]")).size() == 1);
        assertTrue(driver.findElements(By.cssSelector("header.site")).isEmpty());
        support.screenshot(driver, "deleted-in-frame");
        driver.switchTo().defaultContent();
        io.restassured.RestAssured.given()
                .get("/api/v1/results/" + token)
                .then()
                .statusCode(404);
        assertTrue(support.violations.isEmpty(), String.join("\n", support.violations));
    }
}
