package no.journeydiag.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.journeydiag.BrowserSupport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The "done when": at 390×844 and 1280×800, both shipped questionnaires in both languages
 * (four runs share the work: each size takes each questionnaire once, each in another language);
 * a refresh and Back mid-flow lose no answer, an expired form token neither; then the report, its
 * PDF and the e-mailed link, opened in the browser. Screenshots in target/screenshots/report-flow-*.
 */
@QuarkusTest
@TestProfile(MailProfile.class)
class ReportFlowBrowserTest {

    /** The JVM's one SMTP server: the app's mailer keeps its connection between tests and classes. */
    static final GreenMail smtp = MailProfile.smtp();

    @org.junit.jupiter.api.BeforeEach
    void emptyMailboxes() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    private static final String ANSWER_FIRST_OF_EACH =
            "var seen = {}; document.querySelectorAll('main input[type=radio], main input[type=checkbox]')"
                    + ".forEach(function (el) { if (el.name.indexOf('q.') !== 0 || seen[el.name] || el.disabled) return;"
                    + " seen[el.name] = true; if (!el.checked) el.click(); });";
    private static final String CHECKED =
            "return Array.prototype.map.call(document.querySelectorAll('main input:checked'),"
                    + " function (e) { return e.name + '=' + e.value; }).filter(function (s) { return s.indexOf('q.') === 0; }).sort();";

    ChromeDriver driver;

    @AfterEach
    void quit() {
        if (driver != null) {
            driver.quit();
        }
    }

    @Test
    void bothQuestionnairesInBothLanguagesOnAPhoneAndADeskKeepEveryAnswerAndEndInTheEmailedReport() throws Exception {
        BrowserSupport support = BrowserSupport.require("report-flow");
        driver = support.newDriver();
        int n = 0;
        for (Object[] run : List.of(
                new Object[] {390, 844, "quick-check", "en"},
                new Object[] {390, 844, "journey-ownership", "nb"},
                new Object[] {1280, 800, "quick-check", "nb"},
                new Object[] {1280, 800, "journey-ownership", "en"})) {
            driver.manage().deleteAllCookies();
            driver.manage().window().setSize(new Dimension((int) run[0], (int) run[1]));
            take(support, (int) run[0] + "-" + run[2] + "-" + run[3], (String) run[2], (String) run[3], ++n);
        }
        assertThat(smtp.getReceivedMessages()).hasSize(4);
        assertThat(support.violations)
                .as("serious or critical accessibility violations")
                .isEmpty();
    }

    @SuppressWarnings("unchecked")
    private void take(BrowserSupport support, String run, String questionnaire, String lang, int mails)
            throws Exception {
        driver.get(MailProfile.BASE + "/a/" + questionnaire + "?lang=" + lang);
        support.screenshot(driver, run + "-landing");
        driver.findElement(By.cssSelector("form[action$='/start'] button[type=submit]"))
                .click();
        arriveAt(driver, 1); // the click returns before the first step has loaded
        int step = 1;
        List<String> firstStep = null;
        while (driver.getCurrentUrl().matches(".*/d/[A-Za-z0-9_-]{43}/[0-9]+.*")) {
            driver.executeScript(ANSWER_FIRST_OF_EACH);
            driver.executeScript(ANSWER_FIRST_OF_EACH); // questions shown by an answer just given
            List<String> given = (List<String>) driver.executeScript(CHECKED);
            if (step == 1) {
                assertThat(given).as(run + " step 1").isNotEmpty();
                // a refresh keeps what was given (saved as it was given, without Next)
                await().atMost(Duration.ofSeconds(10))
                        .pollInterval(Duration.ofMillis(500))
                        .until(() -> {
                            driver.navigate().refresh();
                            return given.equals(driver.executeScript(CHECKED));
                        });
                firstStep = given;
                support.screenshot(driver, run + "-step-1-refreshed");
                // an expired form token: the step comes back with the answers and a fresh token
                driver.manage().deleteCookieNamed("csrf-token");
                driver.findElement(By.cssSelector("main form button[type=submit]:not([name=nav])"))
                        .click();
                // the answer comes back on the same address, so wait for the page that says so
                loaded(driver, d -> !d.findElements(By.id("expired")).isEmpty());
                assertThat(driver.getCurrentUrl()).as(run).matches(".*/d/[A-Za-z0-9_-]{43}/1([?#].*)?");
                assertThat((List<String>) driver.executeScript(CHECKED))
                        .as(run + " after an expired token")
                        .isEqualTo(given);
                support.screenshot(driver, run + "-step-1-expired");
                driver.findElement(By.cssSelector("main form button[type=submit]:not([name=nav])"))
                        .click();
            } else if (step == 2) {
                // the page's Back saves this step and shows the first one as it was answered
                driver.findElement(By.cssSelector("button[name=nav][value=back]"))
                        .click();
                arriveAt(driver, 1);
                assertThat((List<String>) driver.executeScript(CHECKED))
                        .as(run + " back to step 1")
                        .isEqualTo(firstStep);
                driver.findElement(By.cssSelector("main form button[type=submit]:not([name=nav])"))
                        .click();
                arriveAt(driver, 2);
                assertThat((List<String>) driver.executeScript(CHECKED))
                        .as(run + " step 2 again")
                        .isEqualTo(given);
                support.screenshot(driver, run + "-step-2");
                driver.findElement(By.cssSelector("main form button[type=submit]:not([name=nav])"))
                        .click();
            } else {
                support.screenshot(driver, run + "-step-" + step);
                driver.findElement(By.cssSelector("main form button[type=submit]:not([name=nav])"))
                        .click();
            }
            leave(driver, step);
            step++;
            assertThat(step).as(run + " steps").isLessThan(30);
        }
        assertThat(driver.getCurrentUrl()).as(run).contains("/review");
        support.screenshot(driver, run + "-review");
        driver.findElement(By.cssSelector("form[action$='/submit'] button[type=submit]"))
                .click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> d.getCurrentUrl().matches(".*/r/[A-Za-z0-9_-]{43}.*"));

        assertThat(driver.getCurrentUrl()).as(run).matches(".*/r/[A-Za-z0-9_-]{43}.*");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
        String title = driver.findElement(By.tagName("h1")).getText();
        String band =
                driver.findElement(By.cssSelector(".verdict .band")).getText().strip();
        support.screenshot(driver, run + "-report");
        String token = driver.getCurrentUrl().replaceAll(".*/r/([A-Za-z0-9_-]{43}).*", "$1");

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(MailProfile.BASE + "/r/" + token + ".pdf?lang=" + lang))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).as(run + " PDF").contains(band, "/r/" + token);
        }

        driver.findElement(By.id("email-address")).sendKeys("reader@example.com");
        driver.findElement(By.id("email-send")).click();
        String sent = new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> d.findElements(By.id("email-sent")).stream()
                        .map(e -> e.getText())
                        .findFirst()
                        .orElse(null));
        assertThat(sent).contains("reader@example.com");
        support.screenshot(driver, run + "-emailed");
        assertThat(smtp.waitForIncomingEmail(5000, mails)).isTrue();
        String body = (String) smtp.getReceivedMessages()[mails - 1].getContent();
        Matcher link = Pattern.compile(Pattern.quote(MailProfile.BASE) + "/r/[A-Za-z0-9_-]{43}\\?lang=[a-z]{2}")
                .matcher(body);
        assertThat(link.find()).as(body).isTrue();
        driver.get(link.group());
        assertThat(driver.getCurrentUrl()).contains("/r/" + token);
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
        support.screenshot(driver, run + "-emailed-link");
    }

    /** Waits for the page of step {@code step}: a click returns before the next page has loaded. */
    private static void arriveAt(ChromeDriver driver, int step) {
        loaded(driver, d -> d.getCurrentUrl().matches(".*/d/[A-Za-z0-9_-]{43}/" + step + "([?#].*)?"));
    }

    /** Waits until the page of step {@code step} has been left for the next one (or the review) and has loaded. */
    private static void leave(ChromeDriver driver, int step) {
        loaded(driver, d -> !d.getCurrentUrl().matches(".*/d/[A-Za-z0-9_-]{43}/" + step + "([?#].*)?"));
    }

    /** Waits until {@code page} holds for the browser's document and that document has loaded. */
    private static void loaded(ChromeDriver driver, java.util.function.Predicate<org.openqa.selenium.WebDriver> page) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> page.test(d)
                        && "complete"
                                .equals(((org.openqa.selenium.JavascriptExecutor) d)
                                        .executeScript("return document.readyState")));
    }
}
