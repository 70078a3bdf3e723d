package no.journeydiag.workshop;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.journeydiag.BrowserSupport;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.response.Answers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The whole workshop in browsers, as the "done when" has it: an English workshop and its
 * Norwegian re-run, six participants each on phones (390×844, both languages) in three functions,
 * the live count, the presenter view at 1920×1080 walked by keyboard with every number checked,
 * an action, publishing, the PDF and CSV, and the change since last time.
 *
 * <p>Scores of the two fixed answer sets (quick-check), as each response stores them (one
 * decimal): {@link Answers#quickCheckCritical()} gives value 11.1, mandate 16.7, data 25.0, stop
 * 8.3, overall 15.3 (worked out in ResponseApiTest); the best answer to every question gives 100.0
 * on every element and overall.
 *
 * <p>First workshop: marketing 2 × best, sales 2 × critical, operations 2 × critical.
 * Value (2 × 100 + 4 × 11.1) / 6 = 244.4 / 6 = 40.73 → 40.7; mandate (200 + 4 × 16.7) / 6 =
 * 266.8 / 6 = 44.47 → 44.5; data (200 + 100) / 6 = 50.0; stop (200 + 33.2) / 6 = 38.87 → 38.9;
 * overall (200 + 4 × 15.3) / 6 = 261.2 / 6 = 43.53 → 43.5.
 *
 * <p>Re-run: marketing and sales 2 × best each, operations 2 × critical. Value (400 + 22.2) / 6 =
 * 70.37 → 70.4; mandate (400 + 33.4) / 6 = 72.23 → 72.2; data (400 + 50) / 6 = 75.0; stop (400 +
 * 16.6) / 6 = 69.43 → 69.4; overall (400 + 30.6) / 6 = 71.77 → 71.8. Team value 40.7 → 70.4:
 * +29.7 (the change between the means as shown, so the row adds up). Sales' value 11.1 → 100.0: +88.9. The largest gap per element stays 100 − 11.1 = 88.9
 * (marketing against sales, then against operations).
 *
 * <p>Screenshots: target/screenshots/whole-*.png.
 */
@QuarkusTest
class WholeWorkshopBrowserTest {

    static final String PASSWORD = "browser test passphrase";

    @Inject
    Accounts accounts;

    @TestHTTPResource("/")
    URL base;

    BrowserSupport support;
    ChromeDriver consultant;

    @BeforeEach
    void browsers() {
        support = BrowserSupport.require("whole");
        consultant = support.newDriver();
        consultant.manage().window().setSize(new Dimension(1920, 1080));
        if (accounts.accounts().stream().noneMatch(a -> a.username().equals("wilma"))) {
            accounts.create("wilma", "Wilma Workshop", PASSWORD, "consultant");
        }
    }

    @AfterEach
    void quit() {
        if (consultant != null) {
            consultant.quit();
        }
    }

    /** The best answer to every question, as the step form sends it. */
    static Map<String, String> best() {
        Map<String, String> form = new LinkedHashMap<>();
        PresenterTest.best()
                .forEach((k, v) ->
                        form.put("q." + k, v instanceof List<?> l ? String.valueOf(l.get(0)) : v.toString()));
        return form;
    }

    @Test
    void aWholeWorkshopAndItsNorwegianReRunWithEveryNumberOnEverySlideAsWorkedOutByHand() throws Exception {
        signIn();
        String first = create("Fjord & Fjell AS", "en", null);
        String code = consultant.findElement(By.cssSelector(".code")).getText().toLowerCase();

        consultant.get(first + "/present?lang=en");
        assertThat(consultant.findElement(By.id("joined")).getText()).isEqualTo("0");
        // Five finish, a sixth stays on the first step: joined 6 = answering 1 + finished 5.
        List<Map<String, String>> answers =
                List.of(best(), best(), Answers.quickCheckCriticalForm(), Answers.quickCheckCriticalForm());
        List<String> roles = List.of("marketing", "marketing", "sales", "sales", "operations");
        for (int i = 0; i < roles.size(); i++) {
            participate(
                    code,
                    roles.get(i),
                    i % 2 == 0 ? "en" : "nb",
                    i < 4 ? answers.get(i) : Answers.quickCheckCriticalForm(),
                    "first-" + i);
        }
        ChromeDriver last = phone();
        try {
            startOn(last, code, "operations", "nb");
            new WebDriverWait(consultant, Duration.ofSeconds(20))
                    .until(d -> "5".equals(d.findElement(By.id("finished")).getText())
                            && "1".equals(d.findElement(By.id("answering")).getText()));
            assertThat(consultant.findElement(By.id("joined")).getText()).isEqualTo("6");
            assertThat(consultant.findElement(By.tagName("main")).getText())
                    .as("totals only, never by function")
                    .doesNotContainIgnoringCase("marketing")
                    .doesNotContainIgnoringCase("operations");
            support.screenshot(consultant, "present-live-1920");
            answerAndSend(last, Answers.quickCheckCriticalForm());
        } finally {
            last.quit();
        }
        new WebDriverWait(consultant, Duration.ofSeconds(20))
                .until(d -> "6".equals(d.findElement(By.id("finished")).getText()));

        closeAndPublish(first);
        consultant.get(first + "/present?reveal=1&lang=en");
        var body = consultant.findElement(By.tagName("body"));
        body.sendKeys(Keys.ARROW_RIGHT);
        assertThat(current("h2")).isEqualTo("The overall picture");
        assertThat(consultant.findElement(By.id("slide-overall")).getText()).isEqualTo("43.5");
        assertThat(consultant.findElement(By.id("slide-participants")).getText())
                .isEqualTo("6");
        support.screenshot(consultant, "present-overview-1920");
        List<List<String>> elements = List.of(
                List.of("40.7", "100.0", "11.1", "11.1"),
                List.of("44.5", "100.0", "16.7", "16.7"),
                List.of("50.0", "100.0", "25.0", "25.0"),
                List.of("38.9", "100.0", "8.3", "8.3"));
        for (List<String> e : elements) {
            body.sendKeys(Keys.SPACE);
            assertThat(current(".element-mean")).isEqualTo(e.get(0));
            // marketing, sales, operations in the workshop's role order
            assertThat(currentAll(".group-mean")).isEqualTo(e.subList(1, 4));
        }
        support.screenshot(consultant, "present-element-1920");
        body.sendKeys(Keys.PAGE_DOWN);
        assertThat(current(""))
                .contains("Marketing sees Value over time differently from the rest of the team: 100.0 against 11.1,"
                        + " 89 points higher.");
        body.sendKeys(Keys.ARROW_RIGHT);
        // Each sign that fires for the critical answers fires for the four in sales and operations: 4 of 6 = 67%,
        // by function 0/2, 2/2, 2/2.
        assertThat(current("h2")).isEqualTo("Warning signs by function");
        List<WebElement> signs = consultant.findElements(By.cssSelector(".slide.current ul.signs > li"));
        assertThat(signs).isNotEmpty();
        for (WebElement s : signs) {
            assertThat(s.getText()).contains("Fires for 4 of 6 (67%)");
            assertThat(s.findElements(By.cssSelector("td.num")).stream()
                            .map(WebElement::getText)
                            .filter(t -> t.contains("/"))
                            .toList())
                    .containsExactly("0/2", "2/2", "2/2");
        }
        support.screenshot(consultant, "present-signs-1920");
        body.sendKeys(Keys.ARROW_RIGHT);
        assertThat(currentAll(".prompts li"))
                .as("discussion prompts")
                .isNotEmpty()
                .allMatch(t -> !t.isBlank());
        body.sendKeys(Keys.ARROW_RIGHT);
        assertThat(currentAll("ol li")).as("improve first").isNotEmpty().allMatch(t -> !t.isBlank());
        body.sendKeys(Keys.END);
        recordAction("Give the journey one owner", "leadership");
        support.screenshot(consultant, "present-actions-1920");

        Map<String, String> cookies = cookies();
        String csv = given().cookies(cookies).get(first + "/export.csv").asString();
        List<String> rows = csv.lines().toList();
        assertThat(rows.get(0)).startsWith("role,merged_roles,overall,element:value-ownership");
        assertThat(rows).hasSize(7);
        // by role name, then by overall as a number
        assertThat(rows.stream()
                        .skip(1)
                        .map(r -> r.split(",")[0] + " " + r.split(",")[2])
                        .toList())
                .containsExactly(
                        "marketing 100.0",
                        "marketing 100.0",
                        "operations 15.3",
                        "operations 15.3",
                        "sales 15.3",
                        "sales 15.3");
        String pdf = pdfText(first + "/report.pdf");
        assertThat(pdf).contains("Fjord & Fjell AS", "6 participants", "43.5", "40.7", "Give the journey one owner");

        // The re-run three months later, in Norwegian, linked to the first.
        String second = create("Fjord & Fjell AS", "nb", first.replaceAll(".*/", ""));
        String code2 = consultant.findElement(By.cssSelector(".code")).getText().toLowerCase();
        List<Map<String, String>> again = List.of(
                best(), best(), best(), best(), Answers.quickCheckCriticalForm(), Answers.quickCheckCriticalForm());
        List<String> roles2 = List.of("marketing", "marketing", "sales", "sales", "operations", "operations");
        for (int i = 0; i < roles2.size(); i++) {
            participate(code2, roles2.get(i), i % 2 == 0 ? "nb" : "en", again.get(i), "second-" + i);
        }
        closeAndPublish(second);
        consultant.get(second + "/present?reveal=1&lang=nb");
        body = consultant.findElement(By.tagName("body"));
        body.sendKeys(Keys.ARROW_RIGHT);
        assertThat(consultant.findElement(By.id("slide-overall")).getText()).isEqualTo("71,8");
        List<String> means2 = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            body.sendKeys(Keys.ARROW_RIGHT);
            means2.add(current(".element-mean"));
        }
        assertThat(means2).containsExactly("70,4", "72,2", "75,0", "69,4");
        while (consultant
                .findElements(By.cssSelector(".slide.current.slide-change"))
                .isEmpty()) {
            body.sendKeys(Keys.ARROW_RIGHT);
        }
        assertThat(current("h2")).isNotBlank();
        assertThat(consultant.findElement(By.id("slide-since-participants")).getText())
                .isEqualTo("6 deltok forrige gang, 6 denne gangen.");
        WebElement change = consultant.findElement(By.cssSelector(".slide.current"));
        // team means then and now: value 40,7 → 70,4, +29,7
        assertThat(change.findElement(By.cssSelector("table tbody tr")).getText())
                .contains("40,7", "70,4", "+29,7");
        // the widest gap on value: 88,9 then and now
        assertThat(change.findElement(By.cssSelector("table.since-gaps tbody tr"))
                        .getText())
                .contains("88,9");
        // sales on value: 11,1 → 100,0, +88,9
        assertThat(change.findElements(By.cssSelector("table.since-functions tbody tr")).stream()
                        .map(WebElement::getText)
                        .filter(t -> t.contains("Salg"))
                        .findFirst()
                        .orElseThrow())
                .contains("11,1", "100,0", "88,9");
        // signs: 4 of 6 = 67 % then, 2 of 6 = 33 % now
        for (WebElement s : change.findElements(By.cssSelector("table.since-signs tbody tr"))) {
            assertThat(s.getText().replace('\u00a0', ' ')).contains("67 %", "33 %");
        }
        support.screenshot(consultant, "present-change-nb-1920");

        String csv2 = given().cookies(cookies).get(second + "/export.csv").asString();
        assertThat(csv2.lines().findFirst().orElseThrow()).startsWith("rolle,sammenslåtte_roller,samlet");
        String pdf2 = pdfText(second + "/report.pdf");
        assertThat(pdf2).contains("Teamrapport", "6 deltakere", "71,8", "70,4", "40,7");
        assertThat(support.violations)
                .as("serious or critical accessibility violations")
                .isEmpty();
    }

    private void signIn() {
        consultant.get(base + "login");
        consultant.findElement(By.id("username")).sendKeys("wilma");
        consultant.findElement(By.id("password")).sendKeys(PASSWORD);
        consultant.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        arrive(consultant, ".*/consultant");
    }

    /** Creates a workshop with the form (threshold 2); returns its page's address. */
    private String create(String organisation, String language, String previous) throws java.io.IOException {
        consultant.get(base + "consultant/workshops/new?lang=" + language);
        consultant.findElement(By.id("organisation")).sendKeys(organisation);
        new Select(consultant.findElement(By.id("questionnaire"))).selectByValue("quick-check");
        WebElement threshold = consultant.findElement(By.id("anonymityThreshold"));
        threshold.clear();
        threshold.sendKeys("2");
        new Select(consultant.findElement(By.id("language"))).selectByValue(language);
        if (previous != null) {
            new Select(consultant.findElement(By.id("previous"))).selectByValue(previous);
        }
        consultant.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        arrive(consultant, ".*/consultant/workshops/[0-9]+(\\?.*)?");
        support.screenshot(consultant, "workshop-" + language + "-1920");
        return consultant.getCurrentUrl().replaceAll("\\?.*", "");
    }

    private void closeAndPublish(String workshop) {
        Map<String, String> cookies = cookies();
        consultant.get(workshop);
        consultant.findElement(By.cssSelector("form[action$='/close'] button")).click();
        new WebDriverWait(consultant, Duration.ofSeconds(10))
                .until(d -> !d.findElements(
                                By.cssSelector("form[action$='/reopen'] button, form[action$='/open'] button"))
                        .isEmpty());
        consultant
                .findElement(By.cssSelector("form[action$='/publish'] button"))
                .click();
        new WebDriverWait(consultant, Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector("form[action$='/unpublish'] button"))
                        .isEmpty());
        assertThat(cookies).isNotEmpty();
    }

    private void recordAction(String what, String owner) {
        consultant.findElement(By.id("a-what")).sendKeys(what);
        consultant.findElement(By.id("a-owner")).sendKeys(owner);
        consultant
                .findElement(By.cssSelector(".action-form button[type=submit]"))
                .click();
        new WebDriverWait(consultant, Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector(".slide.current table.action-list tbody tr"))
                                .size()
                        == 1);
        assertThat(current("table.action-list")).contains(what);
    }

    private String current(String css) {
        return consultant
                .findElement(By.cssSelector(".slide.current" + (css.isEmpty() ? "" : " " + css)))
                .getText();
    }

    private List<String> currentAll(String css) {
        return consultant.findElements(By.cssSelector(".slide.current " + css)).stream()
                .map(WebElement::getText)
                .toList();
    }

    private Map<String, String> cookies() {
        Map<String, String> out = new LinkedHashMap<>();
        consultant.manage().getCookies().forEach(c -> out.put(c.getName(), c.getValue()));
        return out;
    }

    private String pdfText(String path) throws java.io.IOException {
        byte[] bytes = given().cookies(cookies()).get(path).asByteArray();
        try (var doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    private ChromeDriver phone() {
        ChromeDriver p = support.newDriver();
        p.manage().window().setSize(new Dimension(390, 844));
        return p;
    }

    private void participate(String code, String role, String lang, Map<String, String> form, String shot)
            throws Exception {
        ChromeDriver p = phone();
        try {
            startOn(p, code, role, lang);
            if (shot.endsWith("-0") || shot.endsWith("-1")) {
                support.screenshot(p, shot + "-step-390");
            }
            answerAndSend(p, form);
            if (shot.endsWith("-0") || shot.endsWith("-1")) {
                support.screenshot(p, shot + "-report-390");
            }
        } finally {
            p.quit();
        }
    }

    private void startOn(ChromeDriver p, String code, String role, String lang) {
        p.get(base + "w/" + code.replace("-", "").toUpperCase() + "?lang=" + lang);
        assertThat(p.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
        p.findElement(By.cssSelector("input[name=role][value='" + role + "']")).click();
        p.findElement(By.cssSelector("main form button[type=submit]")).click();
        arrive(p, ".*/d/[A-Za-z0-9_-]{43}/1");
    }

    private static void answerAndSend(ChromeDriver p, Map<String, String> form) {
        for (var e : form.entrySet()) {
            p.findElement(By.cssSelector("input[name='" + e.getKey() + "'][value='" + e.getValue() + "']"))
                    .click();
        }
        p.findElement(By.cssSelector("main form button[type=submit]")).click();
        arrive(p, ".*/review");
        p.findElement(By.cssSelector("main form button[type=submit]")).click();
        arrive(p, ".*/r/[A-Za-z0-9_-]{43}.*");
    }

    private static void arrive(ChromeDriver driver, String urlPattern) {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> d.getCurrentUrl().matches(urlPattern));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "expected a page matching " + urlPattern + " but the browser is at " + driver.getCurrentUrl());
        }
    }
}
