package no.journeydiag.lead;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.account.service.Consultant;
import no.journeydiag.account.service.PartnerKeys;
import no.journeydiag.response.Answers;
import no.journeydiag.response.service.AnswerReader;
import no.journeydiag.response.service.ResponseService;
import no.journeydiag.workshop.service.Workshops;
import org.junit.jupiter.api.Test;

/** Workshop participants' results and leads stay out of the partner feeds: the team report is their only view. */
@QuarkusTest
class WorkshopFeedsTest {

    @Inject
    Accounts accounts;

    @Inject
    PartnerKeys partnerKeys;

    @Inject
    Workshops workshops;

    @Inject
    ResponseService responses;

    @Test
    void aWorkshopParticipantsResultAndLeadAreInNeitherPartnerFeed() {
        String since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(2).toString();
        String key = partnerKeys.create("Everything", List.of(), PartnerFeedTest.ALL);
        if (accounts.accounts().stream().noneMatch(a -> a.username().equals("fenna"))) {
            accounts.create("fenna", "Fenna Consultant", "feeds test passphrase", "consultant");
        }
        var a = accounts.accounts().stream()
                .filter(x -> x.username().equals("fenna"))
                .findFirst()
                .orElseThrow();
        long workshop = workshops
                .create(
                        new Consultant(a.id(), a.username(), a.displayName(), false),
                        new Workshops.Settings("Feeds AS", "quick-check", null, 1, null, null, null),
                        List.of())
                .id();
        String participant = responses
                .submit(
                        "quick-check",
                        "en",
                        Answers.quickCheckCritical(),
                        AnswerReader.Hidden.REJECT,
                        workshop,
                        "leadership")
                .token();
        given().contentType("application/json")
                .body(Map.of("email", "participant@example.no", "consent", true))
                .post("/api/v1/results/" + participant + "/lead")
                .then()
                .statusCode(409); // workshop answers carry no lead
        String visitor = LeadTest.submit("quick-check", Answers.quickCheckCritical());
        given().contentType("application/json")
                .body(Map.of("email", "visitor@example.no", "consent", true))
                .post("/api/v1/results/" + visitor + "/lead")
                .then()
                .statusCode(201);

        List<String> results = PartnerFeedTest.all(key, "/api/v1/results?limit=50&since=" + since, "token");
        assertTrue(results.contains(visitor), results.toString());
        assertFalse(results.contains(participant), "the participant's report token would open their answers");
        List<String> leads = PartnerFeedTest.all(key, "/api/v1/leads?limit=50&since=" + since, "email");
        assertTrue(leads.contains("visitor@example.no"), leads.toString());
        assertFalse(leads.contains("participant@example.no"));
        List<String> leadTokens = PartnerFeedTest.all(key, "/api/v1/leads?limit=50&since=" + since, "resultToken");
        assertFalse(leadTokens.contains(participant));
    }
}
