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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The team's story as the room reads it, over the presenter's fixed room (quick-check, threshold 3):
 * three in marketing scoring 100 on every element, three each in customer service and operations with
 * {@link Answers#quickCheckCritical()} (value 11.1, mandate 16.7, data 25.0, stop 8.3).
 */
@QuarkusTest
class TeamStoryTest {

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
        accounts.create("stella", "Stella Story", PASSWORD, "consultant");
        token = ConsultantTokens.of(accounts, apiTokens, "stella", "test");
    }

    long closedRoom() {
        var r = given().header("Authorization", "Bearer " + token)
                .contentType("application/json")
                .body("{\"organisation\":\"Story AS\",\"questionnaire\":\"quick-check\",\"anonymityThreshold\":3}")
                .post("/api/v1/workshops");
        assertEquals(201, r.statusCode(), r.asString());
        long id = r.jsonPath().getLong("id");
        for (int i = 0; i < 3; i++) {
            responses.submit("quick-check", "en", PresenterTest.best(), AnswerReader.Hidden.REJECT, id, "marketing");
            responses.submit(
                    "quick-check",
                    "en",
                    Answers.quickCheckCritical(),
                    AnswerReader.Hidden.REJECT,
                    id,
                    "customer service");
            responses.submit(
                    "quick-check", "en", Answers.quickCheckCritical(), AnswerReader.Hidden.REJECT, id, "operations");
        }
        assertEquals(
                200,
                given().header("Authorization", "Bearer " + token)
                        .contentType("application/json")
                        .body("{\"closed\":true}")
                        .patch("/api/v1/workshops/" + id)
                        .statusCode());
        return id;
    }

    @Test
    void improveFirstSaysWhyEachElementLeadsAndThePromptsAskTheRoomInEnglishAndNorwegian() {
        long id = closedRoom();
        Client stella = new Client("10.9.1.1").login("stella", PASSWORD);
        Document en = stella.page("/consultant/workshops/" + id + "/report?lang=en", 200);
        // Team means: stop (3 × 100 + 6 × 8.3) ÷ 9 = 38.9, value 40.7, mandate 44.5, data 50.0. Gaps marketing −
        // customer service (operations ties; the first lowest stays): stop 91.7, value 88.9, mandate 83.3, data 75.
        // Both signs fire for the six critical answers, 6 ÷ 9 = 0.67: kpis-pull-apart (mandate, value),
        // stops-after-launch (stop, data). Priority (100 − mean) + ½ × gap + ½ × 100 × 0.67:
        // stop 61.1 + 45.85 + 33.5 = 140.5; value 59.3 + 44.45 + 33.5 = 137.3; mandate 55.5 + 41.65 + 33.5 = 130.7;
        // data 50 + 37.5 + 33.5 = 121 (fourth, beyond the three the questionnaire lists).
        var improve = en.select("section[aria-labelledby=h-improve] li");
        assertEquals(3, improve.size(), improve.text());
        assertEquals(
                List.of("Ability to stop", "Value over time", "Mandate across functions"),
                improve.stream().map(li -> li.select("strong").first().text()).toList());
        // The split (½ × 91.7 = 45.9) outweighs the sign (33.5): it comes first. 91.7 → 92 points.
        assertEquals(
                List.of(
                        "The team is split: Customer service rates it 92 points lower than Marketing.",
                        "The warning sign “Initiatives stop at launch” fires for 6 of 9."),
                improve.get(0).select(".why").eachText());

        // All three signs fire for every critical answer and no best one: 100 × (1.0 − 0) = 100 each, first.
        // Questions the three and the six answer at opposite ends (e.g. named-owner, yes against no) spread
        // √(2/9) × max ÷ (max / 2) = 0.94 → 94; then the widest gap, stop, 91.7.
        assertEquals(
                List.of("prompt-sign", "prompt-sign", "prompt-sign"),
                en.select("ol.prompts > li").eachAttr("class").subList(0, 3));
        assertEquals(
                "The warning sign “KPIs pull in different directions” fires for most of Customer service and"
                        + " Operations but hardly for Marketing. What do they experience differently?",
                en.select("ol.prompts > li > p > strong").first().text());
        assertEquals(
                "Customer service rates “Ability to stop” 92 points lower than Marketing. What does Customer service"
                        + " see that Marketing does not?",
                en.select("ol.prompts > li.prompt-gap > p > strong").first().text());

        Document nb = stella.page("/consultant/workshops/" + id + "/report?lang=nb", 200);
        var nbImprove = nb.select("section[aria-labelledby=h-improve] li");
        assertEquals(
                "Teamet er delt: Kundeservice vurderer dette 92 poeng lavere enn Markedsføring.",
                nbImprove.get(0).select(".why").first().text());
        String nbSign = nb.select("ol.prompts > li > p > strong").first().text();
        assertTrue(
                nbSign.endsWith("gjelder de fleste i Kundeservice og Drift, men nesten ingen i Markedsføring."
                        + " Hva opplever de ulikt?"),
                nbSign);
        String nbGap =
                nb.select("ol.prompts > li.prompt-gap > p > strong").first().text();
        assertEquals(
                "Kundeservice vurderer «Evne til å stoppe» 92 poeng lavere enn Markedsføring. Hva ser Kundeservice"
                        + " som Markedsføring ikke ser?",
                nbGap);
    }

    @Test
    void aBlankActionShowsTheFormAgainWithAFieldErrorAndWhatWasTypedInThePageLanguage() {
        long id = closedRoom();
        Client stella = new Client("10.9.1.2").login("stella", PASSWORD);
        var blank = stella.post(
                "/consultant/workshops/" + id + "/actions",
                Map.of(
                        "what", "  ",
                        "owner", "customer service",
                        "due", "2027-03-01",
                        "link", "element:mandate",
                        "back", "present",
                        "lang", "nb"));
        assertEquals(400, blank.statusCode());
        Document d = Jsoup.parse(blank.asString());
        assertEquals("nb", d.select("html").attr("lang"));
        assertEquals(
                List.of("Hva skal gjøres: skriv hva som skal gjøres, med høyst 300 tegn"),
                d.select(".summary-error li").eachText());
        assertEquals("#a-what", d.select(".summary-error a").attr("href"));
        assertEquals("true", d.select("#a-what").attr("aria-invalid"));
        // and said again at the field itself, which points to it
        assertEquals("a-what-error", d.select("#a-what").attr("aria-describedby"));
        assertEquals(
                "Hva skal gjøres: skriv hva som skal gjøres, med høyst 300 tegn",
                d.select("#a-what-error").text());
        assertEquals(0, d.select("#a-owner-error").size(), "no message at a field that is fine");
        // What was typed is kept, and the form still goes back to the presenter view.
        assertEquals("customer service", d.select("#a-owner").val());
        assertEquals("2027-03-01", d.select("#a-due").val());
        assertEquals("element:mandate", d.select("#a-link option[selected]").val());
        assertEquals("present", d.select("input[name=back]").val());
        // Nothing was stored.
        assertEquals(
                0,
                stella.page("/consultant/workshops/" + id + "/report", 200)
                        .select("#actions table.action-list tbody tr")
                        .size());

        var en = stella.post(
                "/consultant/workshops/" + id + "/actions",
                Map.of("what", "", "owner", "", "back", "report", "lang", "en"));
        assertEquals(400, en.statusCode());
        assertEquals(
                List.of(
                        "What is to be done: say what is to be done, in at most 300 characters",
                        "Owner (function): name the function that owns it, in at most 40 characters"),
                Jsoup.parse(en.asString()).select(".summary-error li").eachText());
    }
}
