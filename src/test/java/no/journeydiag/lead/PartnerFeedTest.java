package no.journeydiag.lead;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.account.service.ApiTokens;
import no.journeydiag.account.service.PartnerKeys;
import no.journeydiag.response.Answers;
import org.junit.jupiter.api.Test;

/** Partner keys: scoped, paged feeds of results and leads; wrong keys and bad parameters refused. */
@QuarkusTest
class PartnerFeedTest {

    static final Set<String> ALL = Set.of("quick-check", "journey-ownership");

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens apiTokens;

    @Inject
    PartnerKeys partnerKeys;

    static Response get(String key, String path) {
        return given().urlEncodingEnabled(false)
                .header("Authorization", "Bearer " + key)
                .get(path); // next links come encoded
    }

    /** Follows next links from {@code first}; returns every item's given field, in order. */
    static List<String> all(String key, String first, String field) {
        List<String> out = new ArrayList<>();
        String path = first;
        for (int page = 0; path != null && page < 1000; page++) {
            JsonPath body = get(key, path).then().statusCode(200).extract().jsonPath();
            out.addAll(body.getList("items." + field, String.class));
            path = body.getString("next");
        }
        return out;
    }

    @Test
    void aKeySeesOnlyItsQuestionnairesPagedInOrderWithoutGapsOrRepeats() {
        String since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(2).toString();
        String key = partnerKeys.create("CRM sync", List.of("quick-check"), ALL);
        List<String> ours = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ours.add(LeadTest.submit("quick-check", Answers.quickCheckCritical()));
        }
        Map<String, Object> best = Answers.journeyOwnershipBest();
        best.put("owner-seat", "ceo");
        String other = LeadTest.submit("journey-ownership", best);

        JsonPath first = get(key, "/api/v1/results?limit=2&since=" + since)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(2, first.getList("items").size());
        assertTrue(first.getString("next").startsWith("/api/v1/results?since="), first.getString("next"));
        List<String> tokens = all(key, "/api/v1/results?limit=2&since=" + since, "token");
        assertEquals(Set.copyOf(tokens).size(), tokens.size(), "no item twice");
        assertTrue(tokens.containsAll(ours), "every result of ours: " + tokens);
        assertEquals(ours, tokens.stream().filter(ours::contains).toList(), "oldest first");
        assertFalse(tokens.contains(other), "journey-ownership is not covered by this key");
        assertEquals("quick-check", first.getString("items[0].questionnaire"));
    }

    @Test
    void leadsComeWithTheirConsentAndResultAndOnlyForCoveredQuestionnaires() {
        String since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(2).toString();
        String key = partnerKeys.create("Lead import", List.of("quick-check"), ALL);
        String token = LeadTest.submit("quick-check", Answers.quickCheckCritical());
        given().contentType("application/json")
                .body(Map.of("email", "feed@example.no", "consent", true))
                .post("/api/v1/results/" + token + "/lead")
                .then()
                .statusCode(201);
        JsonPath page = get(key, "/api/v1/leads?since=" + since)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        int i = page.getList("items.email").indexOf("feed@example.no");
        assertTrue(i >= 0, page.prettify());
        assertEquals(token, page.getString("items[" + i + "].resultToken"));
        assertEquals("2026-11", page.getString("items[" + i + "].consentVersion"));
        assertNull(page.getString("next"));
        Response notCovered = get(key, "/api/v1/leads?questionnaire=journey-ownership");
        assertEquals(403, notCovered.statusCode());
        assertTrue(notCovered.jsonPath().getString("detail").contains("does not cover"));
    }

    @Test
    void badParametersWrongKeysAndConsultantTokensAreRefused() {
        String key = partnerKeys.create("Params", List.of(), ALL);
        Response since = get(key, "/api/v1/leads?since=yesterday&limit=9999");
        assertEquals(400, since.statusCode());
        assertEquals(List.of("since", "limit"), since.jsonPath().getList("errors.field"));
        assertEquals(401, get("jdp_" + "x".repeat(43), "/api/v1/leads").statusCode());
        assertEquals(401, given().get("/api/v1/results").statusCode());

        var revokedId = partnerKeys.list().stream()
                .filter(k -> k.name().equals("Params"))
                .findFirst()
                .orElseThrow()
                .id();
        partnerKeys.revoke(revokedId);
        assertEquals(401, get(key, "/api/v1/leads").statusCode());

        if (accounts.accounts().stream().noneMatch(a -> a.username().equals("paula"))) {
            accounts.create("paula", "Paula Consultant", "a consultant passphrase", "consultant");
        }
        var paula = accounts.accounts().stream()
                .filter(a -> a.username().equals("paula"))
                .findFirst()
                .orElseThrow();
        String consultantToken = apiTokens.create(
                new no.journeydiag.account.service.Consultant(paula.id(), "paula", "Paula", false), "x");
        assertEquals(
                403, get(consultantToken, "/api/v1/leads").statusCode(), "a consultant token is not a partner key");
    }

    @Test
    void aKeyForAnUnknownQuestionnaireIsNotCreated() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(
                no.journeydiag.common.DomainException.Invalid.class,
                () -> partnerKeys.create("Typo", List.of("quik-check"), ALL));
        assertEquals("questionnaires", e.errors().get(0).field());
    }
}
