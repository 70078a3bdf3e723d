package no.journeydiag.workshop;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * The presenter view over a fixed room (quick-check, threshold 3): three in marketing with the best
 * answer to every question (every element 100, overall 100) and three each in customer service and
 * operations with {@link Answers#quickCheckCritical()} (value 11.1, mandate 16.7, data 25.0, stop
 * 8.3, overall 15.3, worked out in ResponseApiTest).
 */
@QuarkusTest
class PresenterTest {

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
        accounts.create("pia", "Pia Presenter", PASSWORD, "consultant");
        token = ConsultantTokens.of(accounts, apiTokens, "pia", "test");
    }

    static Map<String, Object> best() {
        return Map.ofEntries(
                Map.entry("named-owner", "yes"),
                Map.entry("value-measure", "lifetime-value"),
                Map.entry("acquisition-targets", "strongly-disagree"),
                Map.entry("value-drivers", "strongly-agree"),
                Map.entry("owner-can-change", "strongly-agree"),
                Map.entry("kpis-conflict", "strongly-disagree"),
                Map.entry("reallocation", "across-functions"),
                Map.entry("reports-not-acted", "strongly-disagree"),
                Map.entry("project-assets", List.of("journey-map", "crm", "automation", "dashboards")),
                Map.entry("initiative-model", "operating-model"),
                Map.entry("followed-up", "strongly-disagree"),
                Map.entry("stopped-recently", "yes"));
    }

    long room() {
        var r = given().header("Authorization", "Bearer " + token)
                .contentType("application/json")
                .body("{\"organisation\":\"Slides AS\",\"questionnaire\":\"quick-check\",\"anonymityThreshold\":3}")
                .post("/api/v1/workshops");
        assertEquals(201, r.statusCode(), r.asString());
        long id = r.jsonPath().getLong("id");
        for (int i = 0; i < 3; i++) {
            responses.submit("quick-check", "en", best(), AnswerReader.Hidden.REJECT, id, "marketing");
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
        return id;
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
    void resultsStayHiddenUntilRevealedAndTheJoinSlideCountsJoinedAnsweringFinished() {
        long id = room();
        Client pia = new Client("10.9.0.1").login("pia", PASSWORD);
        Document d = pia.page("/consultant/workshops/" + id + "/present", 200);
        assertEquals(1, d.select("section.slide").size());
        // 9 finished, no drafts: joined 9 = 0 answering + 9 finished.
        assertEquals("9", d.select("#joined").text());
        assertEquals("0", d.select("#answering").text());
        assertEquals("9", d.select("#finished").text());
        assertTrue(d.select("#slide-1").text().contains("Join the workshop"), d.text());
        assertFalse(d.select("#slide-1 .qr").isEmpty());
    }

    @Test
    void eachSlideShowsTheNumbersWorkedOutByHandInEnglishAndNorwegian() {
        long id = room();
        close(id);
        Client pia = new Client("10.9.0.2").login("pia", PASSWORD);
        Document en = pia.page("/consultant/workshops/" + id + "/present?reveal=1&lang=en", 200);
        // After the close: no join text or QR code on the first slide.
        assertFalse(
                en.select("#slide-1").text().contains("Join the workshop"),
                en.select("#slide-1").text());
        assertTrue(en.select("#slide-1 .qr").isEmpty());
        assertTrue(en.select("#slide-1").text().contains("closed"));
        // Join, overview, 4 elements, gaps, signs, prompts, improve first, actions = 11 slides (quick-check has
        // no ownership map, so no slide for it).
        assertEquals(11, en.select("section.slide").size());
        assertEquals("9", en.select("#slide-participants").text());
        // Overall (3 × 100 + 6 × 15.3) / 9 = 391.8 / 9 = 43.53 → 43.5.
        assertEquals("43.5", en.select("#slide-overall").text());
        // Value: (3 × 100 + 6 × 11.1) / 9 = 366.6 / 9 = 40.73 → 40.7; data: (300 + 6 × 25) / 9 = 50.0.
        List<String> means = en.select(".slide-element .element-mean").eachText();
        assertEquals("40.7", means.get(0));
        assertEquals("50.0", means.get(2));
        // By function on the value slide: marketing 100.0, customer service and operations 11.1.
        assertEquals(
                List.of("100.0", "11.1", "11.1"),
                en.select(".slide-element").get(0).select(".group-mean").eachText());
        // Marketing against the other six: 100 − 11.1 = 88.9 points higher.
        String gaps = en.select(".slide-gaps").text();
        assertTrue(
                gaps.contains(
                        "Marketing sees Value over time differently from the rest of the team: 100.0 against 11.1,"
                                + " 89 points higher."),
                gaps);
        assertTrue(gaps.contains("Only differences of 20 points or more are shown."), gaps);

        Document nb = pia.page("/consultant/workshops/" + id + "/present?reveal=1&lang=nb", 200);
        assertEquals("nb", nb.select("html").attr("lang"));
        assertEquals("43,5", nb.select("#slide-overall").text());
        assertEquals("40,7", nb.select(".slide-element .element-mean").get(0).text());
        String nbGaps = nb.select(".slide-gaps").text();
        assertTrue(nbGaps.contains("Markedsføring ser «"), nbGaps);
        assertTrue(nbGaps.contains("100,0 mot 11,1, 89 poeng høyere."), nbGaps);
        assertTrue(
                nb.select(".slide-signs").text().contains("Kundeservice"),
                nb.select(".slide-signs").text());
    }

    @Test
    void anActionRecordedInTheRoomShowsOnTheLastSlideInTheReportAndAsLastTimesInTheNextWorkshop() {
        long id = room();
        close(id);
        Client pia = new Client("10.9.0.3").login("pia", PASSWORD);
        var added = pia.post(
                "/consultant/workshops/" + id + "/actions",
                Map.of(
                        "what", "Name one owner for leaving customers",
                        "owner", "customer service",
                        "due", "2027-03-01",
                        "link", "element:mandate",
                        "back", "present"));
        assertEquals(303, added.statusCode());
        assertTrue(added.header("Location").endsWith("/consultant/workshops/" + id + "/present?reveal=1#actions"));
        Document nb = pia.page("/consultant/workshops/" + id + "/present?reveal=1&lang=nb", 200);
        assertEquals(
                List.of(
                        "Name one owner for leaving customers",
                        "Kundeservice",
                        "1. mars 2027",
                        "Mandat på tvers av funksjoner"),
                nb.select(".slide-actions table.action-list tbody tr")
                        .get(0)
                        .select("td")
                        .eachText()
                        .subList(0, 4));

        // Nothing stored from bad input: a blank action, an unknown link, and another consultant's workshop.
        var blank = pia.post(
                "/consultant/workshops/" + id + "/actions",
                Map.of("what", " ", "owner", "sales", "link", "element:nope"));
        assertEquals(400, blank.statusCode());
        assertEquals(
                404,
                pia.post("/consultant/workshops/999999/actions", Map.of("what", "x", "owner", "y"))
                        .statusCode());
        assertEquals(
                1,
                pia.page("/consultant/workshops/" + id + "/report", 200)
                        .select("#actions table.action-list tbody tr")
                        .size());

        assertEquals(
                "Name one owner for leaving customers",
                pia.req()
                        .get("/consultant/workshops/" + id + "/report.json")
                        .jsonPath()
                        .getString("actions[0].what"));
        // and as CSV, for the follow-up list
        var csv = pia.req().get("/consultant/workshops/" + id + "/actions.csv");
        assertEquals(200, csv.statusCode());
        assertEquals(
                "what,owner,due,linked_to\r\n"
                        + "Name one owner for leaving customers,customer service,2027-03-01,element:mandate\r\n",
                csv.asString());
        assertEquals(
                404, pia.req().get("/consultant/workshops/999999/actions.csv").statusCode(), "not hers: not found");
        // The re-run three months later lists it under "actions from last time".
        var later = given().header("Authorization", "Bearer " + token)
                .contentType("application/json")
                .body("{\"organisation\":\"Slides AS\",\"questionnaire\":\"quick-check\",\"anonymityThreshold\":3,"
                        + "\"previousWorkshopId\":" + id + "}")
                .post("/api/v1/workshops");
        assertEquals(201, later.statusCode(), later.asString());
        long next = later.jsonPath().getLong("id");
        Document report = pia.page("/consultant/workshops/" + next + "/report?lang=en", 200);
        assertTrue(
                report.select("#actions")
                        .text()
                        .contains("Actions from last time Action Owner Due Answers"
                                + " Name one owner for leaving customers Customer service 1 March 2027"),
                report.select("#actions").text());
    }
}
