package no.journeydiag.workshop;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.account.service.ApiTokens;
import no.journeydiag.account.service.Consultant;
import no.journeydiag.response.Answers;
import no.journeydiag.response.persistence.DraftEntity;
import no.journeydiag.response.persistence.ResponseEntity;
import no.journeydiag.workshop.web.JoinPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What happens in the room: one response per browser, typos that do not lock the room out, names that stay in order. */
@QuarkusTest
class JoinOnTheDayTest {

    static String token;

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens apiTokens;

    @Inject
    EntityManager em;

    @BeforeEach
    void adminToken() {
        if (token == null) {
            var a = accounts.accounts().stream()
                    .filter(x -> x.username().equals("admin"))
                    .findFirst()
                    .orElseThrow();
            token = apiTokens.create(new Consultant(a.id(), a.username(), a.displayName(), true), "join-on-the-day");
        }
    }

    /** A new open quick-check workshop; returns {id, join code}. */
    Object[] workshop(String organisation, String extra) {
        Response r = given().header("Authorization", "Bearer " + token)
                .contentType("application/json")
                .body("{\"organisation\":\"" + organisation + "\",\"questionnaire\":\"quick-check\"" + extra + "}")
                .post("/api/v1/workshops");
        assertEquals(201, r.statusCode(), r.asString());
        return new Object[] {r.jsonPath().getLong("id"), r.jsonPath().getString("joinCode")};
    }

    @Transactional
    long drafts(long workshop) {
        return DraftEntity.count("workshopId", workshop);
    }

    @Transactional
    long responses(long workshop) {
        return ResponseEntity.count("workshopId", workshop);
    }

    /** Starts as {@code role} and keeps the draft cookie as a browser would; returns the draft token. */
    static String start(Client p, long id, String code, String role) {
        Response started = p.post("/w/" + code + "/start", Map.of("role", role));
        assertEquals(303, started.statusCode(), started.asString());
        p.cookies.put("draft-w" + id, started.getCookie("draft-w" + id));
        return draftToken(started);
    }

    static String draftToken(Response redirect) {
        return redirect.getHeader("Location").replaceAll(".*/d/([A-Za-z0-9_-]{43})(/1)?$", "$1");
    }

    /** Answers every question and submits; returns the report path. */
    static String finish(Client p, String draft) {
        Map<String, String> form = new HashMap<>();
        form.putAll(Answers.quickCheckCriticalForm());
        assertEquals(303, p.post("/d/" + draft + "/1", form).statusCode());
        Response submitted = p.post("/d/" + draft + "/submit", Map.of());
        assertEquals(303, submitted.statusCode());
        return submitted.getHeader("Location").replaceAll("^https?://[^/]+", "");
    }

    // ---- one response per browser ----

    @Test
    void aSecondJoinInTheSameBrowserResumesTheDraft() {
        Object[] w = workshop("Two Tabs AS", "");
        long id = (long) w[0];
        String code = (String) w[1];
        Client p = new Client("10.80.0.1");
        String draft = start(p, id, code, "sales");

        Response again = p.post("/w/" + code + "/start", Map.of("role", "marketing"));
        assertEquals(303, again.statusCode());
        assertEquals("/d/" + draft, again.getHeader("Location").replaceAll("^https?://[^/]+", ""));
        assertEquals(1, drafts(id), "no second draft");

        Document page = p.page("/w/" + code, 200);
        assertEquals("/d/" + draft, page.select("a.button").attr("href"));
        assertEquals("Continue your answers", page.select("a.button").text());
        assertTrue(page.select("input[name=role]").isEmpty(), "no role picker to start a second time");

        assertEquals(
                303,
                new Client("10.80.0.2")
                        .post("/w/" + code + "/start", Map.of("role", "sales"))
                        .statusCode());
        assertEquals(2, drafts(id), "another browser is another participant");
    }

    @Test
    void afterFinishingTheJoinPageSaysYouHaveAnsweredAndLinksTheReport() {
        Object[] w = workshop("Done AS", "");
        long id = (long) w[0];
        String code = (String) w[1];
        Client p = new Client("10.80.0.3");
        String draft = start(p, id, code, "product");
        String report = finish(p, draft);
        assertEquals(1, responses(id));

        Document page = p.page("/w/" + code, 200);
        assertTrue(page.text().contains("You have answered."), page.text());
        assertEquals(List.of(report), page.select("a.button").eachAttr("href"));
        assertEquals("Open your report", page.select("a.button").text());
        assertTrue(!page.text().contains("Continue your answers"));
        assertTrue(page.select("form[action$=/start]").isEmpty());

        Response norsk = p.req().header("Accept-Language", "nb").get("/w/" + code);
        assertTrue(Jsoup.parse(norsk.asString()).text().contains("Du har svart."));
        assertEquals(
                "Åpne rapporten din",
                Jsoup.parse(norsk.asString()).select("a.button").text());

        // a stale role page in another tab, sent again: back to the finished answers, which lead to the report
        Response again = p.post("/w/" + code + "/start", Map.of("role", "sales"));
        assertEquals("/d/" + draft, again.getHeader("Location").replaceAll("^https?://[^/]+", ""));
        assertEquals(report, p.req().get("/d/" + draft).getHeader("Location").replaceAll("^https?://[^/]+", ""));
        assertEquals(1, responses(id), "the count stays 1: 18 -> 20 came from answering twice");
        assertEquals(1, drafts(id));
    }

    @Test
    void aDraftCookieOfAnotherWorkshopOrADeletedResultStartsAfresh() {
        Object[] a = workshop("First AS", "");
        Object[] b = workshop("Second AS", "");
        Client p = new Client("10.80.0.4");
        String draftA = start(p, (long) a[0], (String) a[1], "sales");
        p.cookies.put("draft-w" + b[0], draftA); // names a draft, but of workshop A
        Response startB = p.post("/w/" + b[1] + "/start", Map.of("role", "sales"));
        assertTrue(!draftToken(startB).equals(draftA), startB.getHeader("Location"));
        assertEquals(1, drafts((long) b[0]));

        String report = finish(p, draftA);
        assertEquals(200, p.post(report + "/delete", Map.of()).statusCode());
        Document page = p.page("/w/" + a[1], 200);
        assertEquals(
                7, page.select("input[name=role]").size(), "the result and its draft are gone: free to answer again");
    }

    // ---- wrong codes from the same Wi-Fi ----

    @Test
    void aCorrectCodeIsNeverRefusedAfterTenWrongOnes() {
        Object[] w = workshop("Venue AS", "");
        String code = (String) w[1];
        Client room = new Client("10.80.1.1");
        for (int i = 0; i < 10; i++) {
            assertEquals(
                    404,
                    room.post("/join", Map.of("code", "ZZZZ-ZZZ" + "ABCDEFGHJK".charAt(i)))
                            .statusCode());
        }
        assertEquals(429, room.post("/join", Map.of("code", "ZZZZ-ZZZZ")).statusCode(), "the eleventh wrong code");

        Response typed = room.post("/join", Map.of("code", code.toLowerCase()));
        assertEquals(303, typed.statusCode(), typed.asString());
        room.page("/w/" + code, 200); // the QR link
        Client neighbour = new Client("10.80.1.1");
        assertEquals(
                303,
                neighbour
                        .post("/w/" + code + "/start", Map.of("role", "operations"))
                        .statusCode());
        assertEquals(429, neighbour.req().get("/w/ZZZZZZZZ").statusCode(), "wrong codes stay refused");
    }

    @Test
    void whileOverTheWrongCodeLimitAnAddressMayStillLookUpSixHundredCodesAMinute() {
        Object[] w = workshop("Flood AS", "");
        String code = (String) w[1];
        Client guesser = new Client("10.80.2.1");
        for (int i = 0; i < 10; i++) {
            assertEquals(
                    404,
                    guesser.post("/join", Map.of("code", "YYYY-YYY" + "ABCDEFGHJK".charAt(i)))
                            .statusCode());
        }
        assertEquals(429, guesser.post("/join", Map.of("code", "YYYY-YYYY")).statusCode()); // look-up 1 while limited
        assertEquals(200, guesser.req().get("/w/" + code).statusCode()); // look-up 2
        lookedUpWhileLimited("10.80.2.1", 597); // as if 597 more had come: 599 of the 600 a minute
        assertEquals(200, guesser.req().get("/w/" + code).statusCode(), "the 600th");
        // Right as the code is, the 601st is refused: without this allowance every answer would tell a
        // guesser whether a code exists, at whatever rate the server can answer.
        assertEquals(429, guesser.req().get("/w/" + code).statusCode());
        assertEquals(429, guesser.post("/join", Map.of("code", code)).statusCode());
        new Client("10.80.2.2").page("/w/" + code, 200); // other addresses are not affected
    }

    @Transactional
    void lookedUpWhileLimited(String client, int more) {
        int rows = em.createNativeQuery("UPDATE rate_limit SET n = n + ?1 WHERE scope = ?2 AND client = ?3")
                .setParameter(1, more)
                .setParameter(2, JoinPage.LIMITED_LOOKUPS)
                .setParameter(3, client)
                .executeUpdate();
        assertEquals(1, rows);
    }

    // ---- names that stay in order ----

    @Test
    void organisationAndRoleNamesAreIsolatedAgainstRightToLeftOverrides() {
        String org = "\u202Eevil AS";
        Object[] w = workshop("\\u202Eevil AS", ",\"roles\":[\"\\u202Esales\",\"marketing\"]");
        Document page = new Client("10.80.3.1").page("/w/" + w[1], 200);
        assertEquals(org, page.select("h1 bdi").text());
        assertEquals(
                List.of("\u202Esales", "Marketing", "Other"), // default roles in sentence case, typed ones as typed
                page.select("label.choice bdi").eachText());
        assertEquals(
                "Workshop for \u2068" + org + "\u2069", page.title(), "the title has no markup, so Unicode isolates");
    }
}
