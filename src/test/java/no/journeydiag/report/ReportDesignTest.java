package no.journeydiag.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import no.journeydiag.report.service.CtaClicks;
import no.journeydiag.response.Answers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The report's first screen (verdict, elements at a glance, the three things first), its summary
 * written from the result and the questionnaire's next step with its counted click.
 */
@QuarkusTest
class ReportDesignTest {

    @Inject
    CtaClicks clicks;

    static String submit(String questionnaire, String locale, Map<String, Object> answers) {
        Response r = given().contentType("application/json")
                .body(Map.of("locale", locale, "answers", answers))
                .post("/api/v1/questionnaires/" + questionnaire + "/responses");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
        return r.jsonPath().getString("token");
    }

    static Document page(String path) {
        Response r = given().get(path);
        assertThat(r.statusCode()).isEqualTo(200);
        return Jsoup.parse(r.asString());
    }

    @Test
    void theVerdictTheChartAndTheThingsToDoFirstComeBeforeEverythingElse() {
        Document doc = page("/r/" + submit("quick-check", "en", Answers.quickCheckCritical()));
        assertThat(doc.select("main h2").eachAttr("id"))
                .startsWith(
                        "overall-h",
                        "elements-h",
                        "priorities-h",
                        "share-h",
                        "summary-h",
                        "do-h",
                        "next-h",
                        "signs-h",
                        "chain-h");
        assertThat(doc.select("main h2").eachAttr("id"))
                .containsSubsequence("signs-h", "chain-h", "compare-h", "details-h", "method-h", "answers-h");
        assertThat(doc.select("#verdict").text()).isEqualTo("Ownership is missing here.");
        // mode first, then the sign-linked elements by gap (as ResponseApiTest works out), each linking to its advice
        assertThat(doc.select("ol.priorities > li").eachAttr("id"))
                .containsExactly("priority-mode", "priority-stop-ability", "priority-value-ownership");
        assertThat(doc.select("ol.priorities a").eachAttr("href")).containsExactly("#do-1", "#do-2", "#do-3");
        assertThat(doc.select("#do-2 p").last().text()).startsWith("Name an owner for every running initiative");
        assertThat(doc.select("#report-link").attr("value")).startsWith("http").contains("/r/");
    }

    @Test
    void eachBarNamesItsScoreAndBandInWordsAndTheBandLinesAreNumbered() {
        Document doc = page("/r/" + submit("quick-check", "nb", Answers.quickCheckCritical()));
        // stop-ability .25 / 3 = 8.3 -> critical, 3 of 3 shown questions answered
        assertThat(doc.select("#bar-stop-ability text.value").text()).isEqualTo("8,3 · Kritisk · 3 av 3 besvart");
        assertThat(doc.select("svg.chart text.tick").eachText()).containsExactly("40", "60", "80");
        // the lowest band is striped, so it differs from "Sårbar" without colour
        assertThat(doc.select("#bar-stop-ability rect[fill=url(#hatch)]")).hasSize(1);
        assertThat(doc.select("#bands-key").text())
                .isEqualTo("Nivåer: 0–40 Kritisk · 40–60 Sårbar · 60–80 I utvikling · 80–100 Sterk");
    }

    @Test
    void theSummaryIsWrittenFromTheResultInTheReadersLanguage() {
        String token = submit("quick-check", "nb", Answers.quickCheckCritical());
        // scores from ResponseApiTest: value 11.1, mandate 16.7, data 25.0, stop 8.3; all three signs fire;
        // observe 12.5 < 50 breaks the chain
        assertThat(page("/r/" + token).select("#summary").text())
                .isEqualTo("Det sterkeste elementet er Fra data til beslutning (25,0), det svakeste er Evne til å"
                        + " stoppe (8,3). Svarene viser 3 av 3 varselsignaler: «KPI-ene trekker i ulike retninger»,"
                        + " «Tiltakene stopper opp etter lansering» og «Ingen kan forklare hva som skaper"
                        + " kundeverdi». Kjeden fra å se til å handle brytes i fasen «Observere». Begynn der.");
        assertThat(page("/r/" + token + "?lang=en").select("#summary").text())
                .isEqualTo("Your strongest element is From data to decision (25.0); the weakest is Ability to stop"
                        + " (8.3). Your answers show 3 of 3 warning signs: KPIs pull in different directions,"
                        + " Initiatives stop at launch and No one can explain what drives customer value. The chain"
                        + " from seeing to doing breaks at Observe: start there.");
    }

    @Test
    void aCriticalResultGetsTheBandsOfferAndItsClickIsCountedWithoutTheReader() {
        String token = submit("quick-check", "nb", Answers.quickCheckCritical());
        Document doc = page("/r/" + token);
        assertThat(doc.select("#next-h").text()).isEqualTo("Begynn med hullet som koster mest");
        assertThat(doc.select("#next-link").text()).isEqualTo("Bestill en gratis samtale");
        String href = doc.select("#next-link").attr("href");
        assertThat(href).isEqualTo("/r/" + token + "/next?offer=band:critical");
        assertThat(doc.select("#next-step .print-only").text())
                .isEqualTo("Bestill en gratis samtale: https://example.com/book?topic=critical");

        long before = clicks.count("quick-check", "2.2", "band:critical");
        given().redirects()
                .follow(false)
                .get(href)
                .then()
                .statusCode(303)
                .header("Location", "https://example.com/book?topic=critical")
                .header("Referrer-Policy", "no-referrer");
        assertThat(clicks.count("quick-check", "2.2", "band:critical")).isEqualTo(before + 1);
    }

    @Test
    void anInventedOfferLeadsToTheResultsOwnOfferNeverElsewhere() {
        String token = submit("quick-check", "en", Answers.quickCheckCritical());
        long before = clicks.count("quick-check", "2.2", "band:critical");
        given().redirects()
                .follow(false)
                .get("/r/" + token + "/next?offer=https://evil.example")
                .then()
                .statusCode(303)
                .header("Location", "https://example.com/book?topic=critical");
        assertThat(clicks.count("quick-check", "2.2", "band:critical")).isEqualTo(before + 1);
        given().get("/r/" + "x".repeat(43) + "/next").then().statusCode(404);
    }

    @Test
    void aStrongResultGetsTheDefaultOfferAndTheAPINamesIt() {
        String token = submit("journey-ownership", "en", Answers.journeyOwnershipBest());
        assertThat(page("/r/" + token).select("#next-link").attr("href")).endsWith("/next?offer=default");
        given().get("/api/v1/results/" + token)
                .then()
                .statusCode(200)
                .body("nextStep.key", org.hamcrest.Matchers.equalTo("default"))
                .body("nextStep.url", org.hamcrest.Matchers.equalTo("https://example.com/book"));
    }

    @Test
    void theComparisonIsOneSentence() {
        Document doc = page("/r/" + submit("journey-ownership", "en", Answers.journeyOwnershipBest()));
        // journey-ownership compares by two questions; until enough responses exist only the overall need is said
        assertThat(doc.select("#compare-h + *").select("p")).hasSize(1);
        assertThat(doc.select(".compare-segment")).isEmpty();
        assertThat(doc.select("#compare").text()).startsWith("A comparison with others appears once");
    }

    @Test
    void aDeletedReportsLinkSaysItWasDeletedInTheReadersLanguage() {
        String token = submit("quick-check", "nb", Answers.quickCheckCritical());
        given().delete("/api/v1/results/" + token).then().statusCode(204);
        Response gone = given().header("Accept-Language", "nb").get("/r/" + token);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(Jsoup.parse(gone.asString()).select("#gone").text())
                .startsWith("Denne rapporten ble slettet av noen som hadde lenken.");
        // a link that never existed still says to check it
        Response never = given().get("/r/" + "B".repeat(43));
        assertThat(never.statusCode()).isEqualTo(404);
        assertThat(never.asString()).doesNotContain("deleted with the link");
    }

    @Test
    void theFunnelCountsEachClickOnTheNextStepUnderTheOfferTheReportShowed() {
        String token = submit("quick-check", "en", Answers.quickCheckCritical());
        no.journeydiag.workshop.Client admin =
                new no.journeydiag.workshop.Client().login("admin", "test-admin-password");
        String page = "/consultant/funnel?questionnaire=quick-check&lang=";
        String row = "#funnel-clicks tr[data-offer=band:critical]";
        Document first = admin.page(page + "en", 200);
        long before = first.select(row).isEmpty()
                ? 0
                : Long.parseLong(first.select(row + " td").text());
        for (int i = 0; i < 2; i++) {
            given().redirects()
                    .follow(false)
                    .get("/r/" + token + "/next")
                    .then()
                    .statusCode(303);
        }

        Document en = admin.page(page + "en", 200);
        assertThat(en.select(row + " th").text()).isEqualTo("For the band “Critical”");
        assertThat(en.select(row + " td").text()).isEqualTo(Long.toString(before + 2));
        assertThat(admin.page(page + "nb", 200).select(row + " th").text()).isEqualTo("For nivået «Kritisk»");
        assertThat(admin.req()
                        .get("/consultant/funnel/export.csv?questionnaire=quick-check")
                        .asString())
                .contains("\r\nnext_step_offer,clicks\r\n")
                .contains("\r\nband:critical," + (before + 2) + "\r\n");
    }
}
