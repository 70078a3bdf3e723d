package no.journeydiag.workshop;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.account.service.ApiTokens;
import no.journeydiag.response.Answers;
import no.journeydiag.response.service.AnswerReader;
import no.journeydiag.response.service.ResponseService;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Change since last time over two linked quick-check workshops (threshold 3). Best answers score
 * every element 100; {@link Answers#quickCheckCritical()} scores value 11.1 (see PresenterTest).
 * Then: 3 marketing best, 3 customer service and 3 operations critical. Now: 3 marketing best,
 * 3 customer service critical, 2 operations critical.
 */
@QuarkusTest
class SinceLastTimeTest {

    static final String PASSWORD = "correct horse battery";
    static String token;

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens apiTokens;

    @Inject
    ResponseService responses;

    @BeforeEach
    void account() {
        if (token != null) {
            return;
        }
        accounts.create("sina", "Sina Since", PASSWORD, "consultant");
        token = ConsultantTokens.of(accounts, apiTokens, "sina", "test");
    }

    long workshop(String extra) {
        var r = given().header("Authorization", "Bearer " + token)
                .contentType("application/json")
                .body("{\"organisation\":\"Again AS\",\"questionnaire\":\"quick-check\",\"anonymityThreshold\":3"
                        + extra + "}")
                .post("/api/v1/workshops");
        assertEquals(201, r.statusCode(), r.asString());
        return r.jsonPath().getLong("id");
    }

    void seed(long id, int n, String role, Map<String, Object> answers) {
        for (int i = 0; i < n; i++) {
            responses.submit("quick-check", "en", answers, AnswerReader.Hidden.REJECT, id, role);
        }
    }

    static void close(long id) {
        assertEquals(
                200,
                given().header("Authorization", "Bearer " + token)
                        .contentType("application/json")
                        .body("{\"closed\":true}")
                        .patch("/api/v1/workshops/" + id)
                        .statusCode());
    }

    @Test
    void theChangeShowsSizesGapsFunctionsAndSignsAndSurvivesDeletingTheEarlierWorkshop() {
        long before = workshop("");
        seed(before, 3, "marketing", PresenterTest.best());
        seed(before, 3, "customer service", Answers.quickCheckCritical());
        seed(before, 3, "operations", Answers.quickCheckCritical());
        close(before);
        long now = workshop(",\"previousWorkshopId\":" + before);
        seed(now, 3, "marketing", PresenterTest.best());
        seed(now, 3, "customer service", Answers.quickCheckCritical());
        seed(now, 2, "operations", Answers.quickCheckCritical());
        close(now);

        Client sina = new Client("10.9.4.1").login("sina", PASSWORD);
        Document d = sina.page("/consultant/workshops/" + now + "/report?lang=en", 200);
        var since = d.select("section[aria-labelledby=h-change]");
        assertEquals(
                "9 took part last time, 8 this time.",
                since.select("#since-participants").text());
        // Now operations has 2 (< 3): "other" would hold 2, so the smallest shown group joins it
        // (customer service and marketing both 3; customer service first by name): other = 5.
        assertEquals(
                List.of("Marketing 3 3", "Customer service 3 –", "Operations 3 –", "Other – 5"),
                since.select("table.since-sizes tbody tr").eachText());
        // Value over time, then: marketing 100.0 over customer service 11.1 = 88.9; now marketing 100.0
        // over the other five (all 11.1) = 88.9: unchanged.
        String valueGap = since.select("table.since-gaps tbody tr").get(0).text();
        assertTrue(valueGap.startsWith("Value over time 88.9 (Marketing above Customer service)"), valueGap);
        assertTrue(valueGap.endsWith("88.9 (Marketing above Other) 0.0 unchanged"), valueGap);
        // Only marketing is shown on its own in both: one row per element (4), each 100.0 → 100.0.
        List<String> functions = since.select("table.since-functions tbody tr").eachText();
        assertEquals(4, functions.size(), functions.toString());
        assertTrue(functions.stream().allMatch(f -> f.contains("Marketing 100.0 100.0 0.0")), functions.toString());
        // A sign that fires for the critical answers only: 6 of 9 = 67 % then, 5 of 8 = 62.5 → 63 % now.
        List<String> signs = since.select("table.since-signs tbody tr").eachText();
        assertTrue(signs.stream().anyMatch(s -> s.endsWith("67% 63%") || s.endsWith("67 % 63 %")), signs.toString());
        Document slides = sina.page("/consultant/workshops/" + now + "/present?reveal=1&lang=en", 200);
        assertEquals(
                since.select("table.since-gaps").text(),
                slides.select("section.slide-change table.since-gaps").text());

        String kept = since.select("table").outerHtml();
        assertEquals(
                303,
                sina.post("/consultant/workshops/" + before + "/delete", Map.of("confirm", "yes"))
                        .statusCode());
        Document after = sina.page("/consultant/workshops/" + now + "/report?lang=en", 200);
        assertEquals(
                kept, after.select("section[aria-labelledby=h-change] table").outerHtml());
        assertTrue(sina.page("/consultant/workshops/" + now, 200).text().contains("uses the figures kept from it"));

        Document nb = sina.page("/consultant/workshops/" + now + "/report?lang=nb", 200);
        assertEquals(
                "9 deltok forrige gang, 8 denne gangen.",
                nb.select("#since-participants").text());
        assertTrue(
                nb.select("table.since-gaps tbody tr").get(0).text().contains("88,9 (Markedsføring over Annet)"),
                nb.select("table.since-gaps").text());
    }
}
