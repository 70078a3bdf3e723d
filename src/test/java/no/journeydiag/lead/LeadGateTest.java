package no.journeydiag.lead;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Map;
import no.journeydiag.lead.persistence.LeadEntity;
import no.journeydiag.lead.service.Retention;
import no.journeydiag.response.persistence.ResponseEntity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A questionnaire whose report opens after the lead form (fixture questionnaires-gated/), and the retention job. */
@QuarkusTest
@TestProfile(LeadGateTest.Profile.class)
class LeadGateTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A database of its own: retention counts every expired row, and other classes store old ones.
            Map<String, String> config = new java.util.HashMap<>(no.journeydiag.TestDatabase.isolated("lead_gate"));
            config.putAll(Map.of(
                    "diagnostic.questionnaires.dir",
                    "src/test/resources/questionnaires-gated",
                    "diagnostic.retention.response-days",
                    "30",
                    "diagnostic.retention.lead-days",
                    "7"));
            return config;
        }
    }

    @Inject
    Retention retention;

    static String submit() {
        return LeadTest.submit("gated", Map.of("qa", "agree"));
    }

    @Test
    void theReportOpensOnlyAfterContactDetailsAreGivenWithConsent() {
        String token = submit();
        LeadTest.Page gate = LeadTest.Page.open("/r/" + token);
        assertEquals("Your report is ready", gate.doc().select("h1").text());
        assertTrue(gate.doc().select("#overall-score").isEmpty(), "no scores before the form");
        assertEquals(
                "You may contact me about my result.",
                gate.doc().select("fieldset.consent label").text());

        Response badPhone = gate.post(
                "/r/" + token + "/lead", Map.of("email", "per@example.no", "phone", "call me", "consent", "yes"));
        assertEquals(400, badPhone.statusCode());
        Document again = Jsoup.parse(badPhone.asString());
        assertEquals("Your report is ready", again.select("h1").text(), "still the gate");
        assertTrue(again.select("#lead-phone-error").text().startsWith("Enter a phone number"));

        assertEquals(
                303,
                gate.post(
                                "/r/" + token + "/lead",
                                Map.of("email", "per@example.no", "phone", "+47 912 34 567", "consent", "yes"))
                        .statusCode());
        Document report = Jsoup.parse(given().get("/r/" + token).asString());
        assertEquals("75.0", report.select("#overall-score").text());
        assertEquals("v7", lead(token).consentVersion);
    }

    @Test
    void theGateSpeaksTheLanguageOfTheAnswers() {
        String token = given().contentType("application/json")
                .body(Map.of("locale", "nb", "answers", Map.of("qa", "agree")))
                .post("/api/v1/questionnaires/gated/responses")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        Document gate = Jsoup.parse(given().get("/r/" + token).asString());
        assertEquals("Rapporten din er klar", gate.select("h1").text());
        assertEquals(
                "Dere kan kontakte meg om resultatet.",
                gate.select("fieldset.consent label").text());
    }

    @Test
    void retentionDeletesOldLeadsAndOlderResponsesSeparately() {
        String keep = submit();
        String oldLead = submit();
        String oldResponse = submit();
        for (String t : new String[] {keep, oldLead, oldResponse}) {
            given().contentType("application/json")
                    .body(Map.of("email", "r@example.no", "consent", true))
                    .post("/api/v1/results/" + t + "/lead")
                    .then()
                    .statusCode(201);
        }
        age(oldLead, 3, 8); // lead 8 days old (limit 7), response 3 days
        age(oldResponse, 31, 1); // response 31 days old (limit 30)
        Retention.Deleted d = retention.deleteExpiredNow();
        assertEquals(1, d.responses());
        assertEquals(1, d.leads());
        assertNotNull(lead(keep));
        assertNull(lead(oldLead), "the lead is gone");
        assertEquals(200, given().get("/api/v1/results/" + oldLead).statusCode(), "its response stays");
        assertEquals(404, given().get("/api/v1/results/" + oldResponse).statusCode());
    }

    @Transactional
    void age(String token, int responseDays, int leadDays) {
        ResponseEntity r = ResponseEntity.findByToken(token);
        r.createdAt = OffsetDateTime.now().minusDays(responseDays);
        LeadEntity l = LeadEntity.find("responseId", r.id).firstResult();
        l.consentedAt = OffsetDateTime.now().minusDays(leadDays);
    }

    @Transactional
    LeadEntity lead(String token) {
        ResponseEntity r = ResponseEntity.findByToken(token);
        return r == null ? null : LeadEntity.find("responseId", r.id).firstResult();
    }
}
