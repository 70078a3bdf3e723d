package no.journeydiag.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import no.journeydiag.BrowserSupport;
import no.journeydiag.response.Answers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * docs/examples/own-form.html, served from another origin (a second server on 127.0.0.1), takes
 * the quick check against this service's API in Chromium: CORS lets that origin in, the result
 * and the lead form appear. Proves the "build your own form" guide works as written.
 */
@QuarkusTest
@TestProfile(EmbedProfile.class) // its site origin is also allowed by CORS
class OwnFormBrowserTest {

    @TestHTTPResource("/")
    URL base;

    BrowserSupport support;
    ChromeDriver driver;
    HostSite site;

    @BeforeEach
    void start() throws IOException {
        support = BrowserSupport.require("own-form");
        String service = base.toString().replaceAll("/$", "");
        String page =
                Files.readString(Path.of("docs/examples/own-form.html")).replace("http://localhost:8080", service);
        site = new HostSite(EmbedProfile.SITE_PORT, page);
        driver = support.newDriver();
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

    @Test
    void theExamplePageTakesTheQuickCheckAndSendsALeadFromAnotherOrigin() throws Exception {
        driver.get(EmbedProfile.SITE + "/");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        wait.until(d -> d.findElement(By.id("form")).isDisplayed());
        assertEquals(
                "Who owns your customer journey? A four-minute check",
                driver.findElement(By.id("title")).getText());
        for (var e : Answers.quickCheckCriticalForm().entrySet()) { // the example page names its inputs by question id
            driver.findElement(By.cssSelector(
                            "input[name='" + e.getKey().substring("q.".length()) + "'][value='" + e.getValue() + "']"))
                    .click();
        }
        support.screenshot(driver, "form");
        driver.findElement(By.cssSelector("#form button[type=submit]")).click();
        wait.until(d -> d.findElement(By.id("result")).isDisplayed());
        assertTrue(driver.findElement(By.cssSelector("#result h2")).getText().startsWith("Overall: 15.3 / 100"));
        List<String> links = driver.findElements(By.cssSelector("#result a")).stream()
                .map(a -> a.getAttribute("href"))
                .toList();
        assertTrue(links.get(0).matches(".*/r/[A-Za-z0-9_-]{43}"), links.toString());

        driver.findElement(By.cssSelector("#result input[name=email]")).sendKeys("site-visitor@example.no");
        driver.findElement(By.cssSelector("#result input[name=consent]")).click();
        driver.findElement(By.cssSelector("#result form button")).click();
        wait.until(
                d -> d.findElement(By.cssSelector("#result form p")).getText().equals("Thank you."));
        support.screenshot(driver, "result");
    }
}
