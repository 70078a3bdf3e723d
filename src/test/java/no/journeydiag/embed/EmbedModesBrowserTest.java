package no.journeydiag.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import no.journeydiag.BrowserSupport;
import no.journeydiag.attribution.MarketingProfile;
import no.journeydiag.funnel.service.FunnelReport;
import no.journeydiag.response.Answers;
import no.journeydiag.webhook.service.WebhookSender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The issue 16 walk: a marketing site on another origin runs every embed mode at phone and desktop
 * widths; the inline one is taken to the end with UTM values in the page's address, resumed after
 * a reload, every event arrives in order, the lead reaches a webhook receiver with a valid Standard
 * Webhooks signature, and the funnel counts those visits.
 */
@QuarkusTest
@TestProfile(EmbedModesBrowserTest.Profile.class)
class EmbedModesBrowserTest {

    static final int SITE_PORT = EmbedProfile.freePort();
    static final String SITE = "http://127.0.0.1:" + SITE_PORT;

    public static class Profile extends MarketingProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> all = new java.util.HashMap<>(super.getConfigOverrides());
            all.put("diagnostic.embed.frame-ancestors", SITE);
            return all;
        }
    }

    @TestHTTPResource("/")
    URL base;

    @Inject
    WebhookSender sender;

    @Inject
    FunnelReport funnel;

    BrowserSupport support;
    ChromeDriver driver;
    HttpServer site;
    HttpServer receiver;
    final List<Map<String, String>> received = new CopyOnWriteArrayList<>();

    static final String RECORDER = """
            <ol id="events"></ol>
            <script>
              window.events = [];
              ['ready','started','step','completed','lead','close'].forEach(function (t) {
                document.addEventListener('diagnostic:' + t, function (e) {
                  window.events.push(t + (t === 'step' ? ':' + e.detail.index + '/' + e.detail.total : ''));
                  var li = document.createElement('li'); li.textContent = t + ' ' + JSON.stringify(e.detail);
                  document.getElementById('events').appendChild(li);
                });
              });
            </script>
            """;

    @BeforeEach
    void start() throws IOException {
        support = BrowserSupport.require("modes");
        String app = base.toString().replaceAll("/$", "");
        String head = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Example</title></head><body>";
        String inline = head + "<h1>Own your customer journey</h1><p style=\"height:600px\">Intro text.</p>" + RECORDER
                + "<div id=\"d\" data-diagnostic=\"site-check\" data-lang=\"en\" data-datalayer></div>"
                + "<script src=\"" + app + "/embed.js\" async></script></body></html>";
        String modes = head + RECORDER
                + "<div id=\"pop\" data-diagnostic=\"site-check\" data-mode=\"popup\" data-button-text=\"Take the check\"></div>"
                + "<div id=\"slide\" data-diagnostic=\"site-check\" data-mode=\"slider\"></div>"
                + "<script src=\"" + app
                + "/embed.js\" data-questionnaire=\"site-check\" data-mode=\"button\" async></script>"
                + "</body></html>";
        site = HttpServer.create(new InetSocketAddress("127.0.0.1", SITE_PORT), 0);
        site.createContext("/", exchange -> {
            byte[] body = (exchange.getRequestURI().getPath().startsWith("/modes") ? modes : inline)
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        site.start();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", MarketingProfile.RECEIVER_PORT), 0);
        receiver.createContext("/hook", exchange -> {
            var h = exchange.getRequestHeaders();
            received.add(Map.of(
                    "id", h.getFirst("webhook-id"),
                    "timestamp", h.getFirst("webhook-timestamp"),
                    "signature", h.getFirst("webhook-signature"),
                    "body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        driver = support.newDriver(true); // third-party storage blocked, as in Safari
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        // nothing was started when the browser test was skipped
        if (site != null) {
            site.stop(0);
        }
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    static List<String> deliveries(String token) {
        return io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> no
                        .journeydiag
                        .webhook
                        .persistence
                        .DeliveryEntity
                        .<no.journeydiag.webhook.persistence.DeliveryEntity>list("resultToken", token)
                        .stream()
                        .map(d -> d.eventType + "/" + d.target + " " + d.status + " attempts " + d.attempts + " "
                                + d.lastError)
                        .toList());
    }

    @SuppressWarnings("unchecked")
    List<String> events() {
        return (List<String>) driver.executeScript("return window.events.slice();");
    }

    static String frameUrl(ChromeDriver driver) {
        return (String) driver.executeScript("return location.href;");
    }

    /** True when the frame's heading is inside the phone's viewport, read from the host page. */
    boolean headingInView(WebElement frame) {
        driver.switchTo().frame(frame);
        double top = ((Number) driver.executeScript(
                        "var t = document.querySelector('.summary-error') || document.querySelector('main h1');"
                                + " return t.getBoundingClientRect().top;"))
                .doubleValue();
        boolean focused = (Boolean)
                driver.executeScript(
                        "var a = document.activeElement; return a && (a.tagName === 'H1' || a.classList.contains('summary-error'));");
        driver.switchTo().defaultContent();
        double frameTop = ((Number) driver.executeScript("return arguments[0].getBoundingClientRect().top;", frame))
                .doubleValue();
        double viewport = ((Number) driver.executeScript("return window.innerHeight;")).doubleValue();
        return focused && frameTop + top >= 0 && frameTop + top < viewport;
    }

    @Test
    void onAPhoneTheInlineEmbedResumesAfterAReloadFiresEveryEventInOrderAndItsLeadArrivesSigned() throws Exception {
        driver.manage().window().setSize(new Dimension(390, 844));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        driver.get(SITE + "/?utm_source=phone-site&utm_campaign=spring");
        WebElement frame = wait.until(d -> d.findElement(By.cssSelector("#d iframe")));
        assertEquals("clipboard-write", frame.getAttribute("allow"));
        assertTrue(frame.getAttribute("src").contains("utm_source=phone-site"), frame.getAttribute("src"));
        wait.until(d -> events().contains("ready"));
        assertTrue(frame.getAttribute("title").length() > 3, "the frame takes the page's title");

        driver.switchTo().frame(frame);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(d -> frameUrl(driver).matches(".*/embed/d/[A-Za-z0-9_-]{43}/1.*"));
        driver.switchTo().defaultContent();
        wait.until(d -> events().contains("step:1/1"));
        assertEquals(List.of("ready", "started", "step:1/1"), events());

        // The host reloads: the visitor is back at their step, inside the frame.
        driver.navigate().refresh();
        frame = wait.until(d -> d.findElement(By.cssSelector("#d iframe")));
        assertTrue(
                frame.getAttribute("src").matches(".*/embed/d/[A-Za-z0-9_-]{43}\\?lang=en"), frame.getAttribute("src"));
        WebElement f = frame;
        wait.until(d -> events().contains("step:1/1"));

        // Next with nothing answered: the error summary, 4,000 px up, comes into view with focus.
        driver.executeScript("window.scrollTo(0, document.body.scrollHeight)");
        driver.switchTo().frame(frame);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        driver.switchTo().defaultContent();
        wait.until(d -> headingInView(f));
        support.screenshot(driver, "phone-errors-in-view");

        driver.switchTo().frame(frame);
        for (var e : Answers.quickCheckCriticalForm().entrySet()) {
            driver.findElement(By.cssSelector("input[name='" + e.getKey() + "'][value='" + e.getValue() + "']"))
                    .click();
        }
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(d -> frameUrl(driver).endsWith("/review"));
        driver.switchTo().defaultContent();
        wait.until(d -> headingInView(f));
        driver.switchTo().frame(frame);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(d -> frameUrl(driver).matches(".*/embed/r/[A-Za-z0-9_-]{43}"));
        String token = frameUrl(driver).replaceAll(".*/embed/r/", "");
        driver.findElement(By.id("lead-email")).sendKeys("kari@example.no");
        driver.findElement(By.cssSelector("fieldset.consent input[name=consent]"))
                .click();
        driver.findElement(By.cssSelector("form.lead-form button[type=submit]")).click();
        wait.until(d -> !d.findElements(By.id("lead-saved")).isEmpty());
        driver.switchTo().defaultContent();
        wait.until(d -> events().contains("lead"));
        support.screenshot(driver, "phone-report-in-site");

        // After the reload: ready, the step it resumed at, the step again with its errors, then completed and
        // lead once each, though the report was shown twice (before and after the lead); no second started.
        assertEquals(List.of("ready", "step:1/1", "step:1/1", "completed", "lead"), events());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> layer = (List<Map<String, Object>>) driver.executeScript("return window.dataLayer;");
        assertTrue(layer.stream().anyMatch(m -> "diagnostic_completed".equals(m.get("event"))), layer.toString());

        // Other classes of this profile may have left events that go first, a batch at a time.
        java.util.function.Supplier<java.util.Optional<Map<String, String>>> ours = () -> received.stream()
                .filter(r -> r.get("body").contains("\"lead.captured\""))
                .filter(r -> token.equals(new JsonPath(r.get("body")).getString("result.token")))
                .findFirst();
        try {
            org.awaitility.Awaitility.await("lead.captured for " + token)
                    .atMost(java.time.Duration.ofSeconds(20))
                    .until(() -> {
                        sender.sendDue();
                        return ours.get().isPresent();
                    });
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // say where the event stands, so a failure here explains itself
            throw new AssertionError(
                    "no lead.captured delivered for " + token + "; its deliveries: " + deliveries(token)
                            + "; received: " + received.size(),
                    e);
        }
        Map<String, String> lead = ours.get().orElseThrow();
        JsonPath body = new JsonPath(lead.get("body"));
        assertEquals(2, body.getInt("sequence"), "after its response.completed");
        assertEquals("phone-site", body.getString("hidden.utm_source"));
        assertEquals("spring", body.getString("hidden.utm_campaign"));
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(
                Base64.getDecoder().decode(MarketingProfile.SECRET.substring(6)), "HmacSHA256"));
        String expected = "v1,"
                + Base64.getEncoder()
                        .encodeToString(
                                mac.doFinal((lead.get("id") + "." + lead.get("timestamp") + "." + lead.get("body"))
                                        .getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, lead.get("signature"));

        // One visitor from phone-site: landed once (the reload resumed, it did not land again), started,
        // finished and gave a lead: 1 1 1 1, all embedded.
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        var source = funnel.report("site-check", today, today).sources().stream()
                .filter(s -> s.source().equals("phone-site"))
                .findFirst()
                .orElseThrow();
        assertEquals(new FunnelReport.Source("phone-site", 1, 1, 1, 1), source);
        assertTrue(support.violations.isEmpty(), String.join("\n", support.violations));
    }

    @Test
    void popupSliderAndFloatingButtonOpenCloseAndKeepTheirPlaceAtBothWidths() throws Exception {
        for (Dimension size : List.of(new Dimension(1920, 1080), new Dimension(390, 844))) {
            driver.manage().window().setSize(size);
            driver.get(SITE + "/modes");
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
            String tag = size.getWidth() > 1000 ? "desktop" : "phone";

            WebElement popButton = wait.until(d -> d.findElement(By.cssSelector("#pop button")));
            assertEquals("Take the check", popButton.getText());
            popButton.click();
            WebElement dialog = wait.until(d -> d.findElement(By.cssSelector("[role=dialog]")));
            wait.until(d -> events().contains("ready"));
            support.screenshot(driver, tag + "-popup");
            double width = ((Number) driver.executeScript("return arguments[0].getBoundingClientRect().width;", dialog))
                    .doubleValue();
            assertTrue(tag.equals("phone") ? width == 390 : width <= 760, "dialog width " + width);
            driver.executeScript("Diagnostic.close()");
            wait.until(d -> events().contains("close"));
            assertEquals(popButton, driver.switchTo().activeElement(), "focus goes back to the button");

            driver.findElement(By.cssSelector("#slide button")).click();
            wait.until(d -> events().stream().filter("ready"::equals).count() == 2);
            support.screenshot(driver, tag + "-slider");
            driver.executeScript("Diagnostic.close()");

            WebElement floating = driver.findElement(By.cssSelector("body > button"));
            floating.click();
            wait.until(d -> events().stream().filter("ready"::equals).count() == 3);
            support.screenshot(driver, tag + "-button");
            driver.executeScript("Diagnostic.close()");
            wait.until(d -> events().stream().filter("close"::equals).count() == 3);
            driver.executeScript("localStorage.clear()");
        }
        assertTrue(support.violations.isEmpty(), String.join("\n", support.violations));
    }
}
