package no.journeydiag.webhook;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.account.service.Consultant;
import no.journeydiag.response.Answers;
import no.journeydiag.response.service.AnswerReader;
import no.journeydiag.response.service.ResponseService;
import no.journeydiag.webhook.persistence.DeliveryEntity;
import no.journeydiag.workshop.service.Workshops;
import org.junit.jupiter.api.Test;

/**
 * A workshop participant's response and lead make no webhook event (their time, scores and
 * token would single them out beside the team report); other responses still do, without any role.
 */
@QuarkusTest
@TestProfile(WebhookTest.Profile.class)
class WorkshopEventsTest {

    @Inject
    Accounts accounts;

    @Inject
    Workshops workshops;

    @Inject
    ResponseService responses;

    @Transactional
    List<DeliveryEntity> about(String token) {
        return DeliveryEntity.list("payload like ?1", "%\"token\":\"" + token + "\"%");
    }

    @Test
    void aWorkshopParticipantsResponseAndLeadWriteNoEventsWhileAVisitorsStillDoWithoutARole() {
        if (accounts.accounts().stream().noneMatch(a -> a.username().equals("wanda"))) {
            accounts.create("wanda", "Wanda Consultant", "webhook workshop passphrase", "consultant");
        }
        var a = accounts.accounts().stream()
                .filter(x -> x.username().equals("wanda"))
                .findFirst()
                .orElseThrow();
        // Threshold 5 and one leadership participant: the finding was "workshopRole":"leadership" in their event.
        long workshop = workshops
                .create(
                        new Consultant(a.id(), a.username(), a.displayName(), false),
                        new Workshops.Settings("Hooks AS", "quick-check", null, 5, null, null, null),
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
        assertEquals(List.of(), about(participant));
        given().contentType("application/json")
                .body(Map.of("email", "leader@example.no", "consent", true))
                .post("/api/v1/results/" + participant + "/lead")
                .then()
                .statusCode(409); // workshop answers carry no lead
        assertEquals(List.of(), about(participant), "no lead.captured either");

        String visitor = WebhookTest.submitQuickCheck();
        List<DeliveryEntity> events = about(visitor);
        assertEquals(3, events.size(), "one per quick-check target (crm, metadata, internal)");
        events.forEach(e -> assertFalse(e.payload.contains("workshopRole"), e.payload));
        assertTrue(events.get(0).payload.contains("\"type\":\"response.completed\""), events.get(0).payload);
    }
}
