package no.journeydiag.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.net.URL;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.journeydiag.BrowserSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A questionnaire with {@code leadCapture.mode: before-report} (fixture questionnaires-gated/)
 * embedded on another origin, third-party cookies blocked: the visitor passes the lead gate
 * inside the frame, and only then does the host page hear diagnostic:completed.
 */
@QuarkusTest
@TestProfile(EmbedGatedBrowserTest.Profile.class)
class EmbedGatedBrowserTest {

    public static class Profile extends EmbedProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> m = new HashMap<>(super.getConfigOverrides());
            m.put("diagnostic.questionnaires.dir", "src/test/resources/questionnaires-gated");
            return m;
        }
    }

    @TestHTTPResource("/")
    URL base;

    ChromeDriver driver;
    HostSite site;

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (site != null) {
            site.close();
        }
    }

    @Test
    void theVisitorPassesTheLeadGateInsideTheFrameAndTheHostThenHearsCompleted() throws Exception {
        BrowserSupport support = BrowserSupport.require("embed-gated");
        String app = base.toString().replaceAll("/$", "");
        site = new HostSite(EmbedProfile.SITE_PORT, """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Example Consultancy</title></head><body>
                <h1>Check yourself</h1>
                <div id="diagnostic" data-diagnostic="gated" data-lang="en"></div>
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
                """.replace("APP", app));
        driver = support.newDriver(true);
        driver.manage().window().setSize(new Dimension(390, 844));
        driver.get(EmbedProfile.SITE + "/");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        WebElement frame = wait.until(d -> d.findElement(By.cssSelector("#diagnostic iframe")));

        driver.switchTo().frame(frame);
        wait.until(d ->
                !d.findElements(By.cssSelector("main form button[type=submit]")).isEmpty());
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(d -> EmbedBrowserTest.frameUrl(driver).matches(".*/embed/d/[A-Za-z0-9_-]{43}/1"));
        driver.findElement(By.cssSelector("input[name='q.qa'][value='agree']")).click();
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(d -> EmbedBrowserTest.frameUrl(driver).endsWith("/review"));
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(d -> EmbedBrowserTest.frameUrl(driver).matches(".*/embed/r/[A-Za-z0-9_-]{43}"));
        String token = EmbedBrowserTest.frameUrl(driver).replaceAll(".*/embed/r/", "");
        assertEquals(
                "Your report is ready",
                driver.findElement(By.cssSelector("main h1")).getText(),
                "the gate");
        assertTrue(driver.findElements(By.id("overall-score")).isEmpty(), "no score before the form");

        driver.switchTo().defaultContent();
        assertTrue(driver.findElements(By.cssSelector("#events li")).isEmpty(), "not completed while at the gate");
        driver.switchTo().frame(frame);
        driver.findElement(By.id("lead-email")).sendKeys("per@example.no");
        driver.findElement(By.cssSelector("fieldset.consent input[name=consent]"))
                .click();
        driver.findElement(By.cssSelector("form.lead-form button[type=submit]")).click();
        // qa "agree" = 3 of 4 points: 75.0, the only element and so the overall score.
        wait.until(d -> !d.findElements(By.id("overall-score")).isEmpty());
        assertEquals("75.0", driver.findElement(By.id("overall-score")).getText());
        support.screenshot(driver, "report-after-gate");
        driver.switchTo().defaultContent();

        List<WebElement> events = wait.until(d -> {
            List<WebElement> li = d.findElements(By.cssSelector("#events li"));
            return li.isEmpty() ? null : li;
        });
        JsonPath detail = new JsonPath(events.get(0).getText());
        assertEquals(token, detail.getString("resultToken"));
        assertEquals(75.0f, detail.getFloat("overall"));
        assertTrue(support.violations.isEmpty(), String.join("\n", support.violations));
    }
}
