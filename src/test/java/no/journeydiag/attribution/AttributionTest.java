package no.journeydiag.attribution;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import no.journeydiag.account.service.PartnerKeys;
import no.journeydiag.response.Answers;
import no.journeydiag.response.persistence.ResponseEntity;
import no.journeydiag.webhook.persistence.DeliveryEntity;
import no.journeydiag.webhook.service.WebhookSender;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hidden fields (utm_*, a CRM id): declared in the questionnaire, bounded, stored, sent on in webhooks and feeds. */
@QuarkusTest
@TestProfile(MarketingProfile.class)
class AttributionTest {

    final List<String> bodies = new CopyOnWriteArrayList<>();
    HttpServer receiver;

    @Inject
    WebhookSender sender;

    @Inject
    PartnerKeys partnerKeys;

    @BeforeEach
    void start() throws IOException {
        clean();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", MarketingProfile.RECEIVER_PORT), 0);
        receiver.createContext("/hook", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    @Transactional
    void clean() {
        DeliveryEntity.deleteAll();
    }

    @Transactional
    long stored() {
        return ResponseEntity.count();
    }

    @Transactional
    String attributionOf(String token) {
        return ResponseEntity.findByToken(token).attribution;
    }

    static Response submit(Map<String, Object> hidden) {
        Map<String, Object> body = new HashMap<>();
        body.put("answers", Answers.quickCheckCritical());
        body.put("hidden", hidden);
        return given().contentType("application/json").body(body).post("/api/v1/questionnaires/site-check/responses");
    }

    @Test
    void hiddenValuesGivenOverTheApiAreStoredAndSentInTheWebhookAndTheFeed() {
        String token = submit(Map.of("utm_source", "newsletter", "utm_campaign", "spring-2026", "crm_id", "C-1042"))
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        // declaration order, whatever order they came in
        assertEquals(
                "{\"utm_source\":\"newsletter\",\"utm_campaign\":\"spring-2026\",\"crm_id\":\"C-1042\"}",
                attributionOf(token));

        sender.sendDue();
        assertEquals(1, bodies.size());
        JsonPath event = new JsonPath(bodies.get(0));
        assertEquals("newsletter", event.getString("hidden.utm_source"));
        assertEquals("C-1042", event.getString("hidden.crm_id"));
        assertEquals("https://diagnostic.example.com/r/" + token, event.getString("reportUrl"));

        String key =
                partnerKeys.create("site", List.of("site-check", "quick-check"), Set.of("site-check", "quick-check"));
        given().contentType("application/json")
                .body(Map.of("answers", Answers.quickCheckCritical()))
                .post("/api/v1/questionnaires/quick-check/responses")
                .then()
                .statusCode(201);
        JsonPath feed = given().header("Authorization", "Bearer " + key)
                .get("/api/v1/results?questionnaire=site-check")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> questionnaires = feed.getList("items.questionnaire");
        assertTrue(
                questionnaires.stream().allMatch("site-check"::equals), "?questionnaire= filters: " + questionnaires);
        int mine = feed.getList("items.token").indexOf(token);
        assertEquals("spring-2026", feed.getString("items[" + mine + "].hidden.utm_campaign"));
        JsonPath all = given().header("Authorization", "Bearer " + key)
                .get("/api/v1/results")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertTrue(
                all.getList("items.questionnaire").contains("quick-check"), "without it, every covered questionnaire");
    }

    @Test
    void anUndeclaredFieldOrAValueTooLongIsAFourHundredNamingItAndNothingIsStored() {
        long before = stored();
        Response undeclared = submit(Map.of("gclid", "abc"));
        assertEquals(400, undeclared.statusCode());
        assertEquals("hidden.gclid", undeclared.jsonPath().getString("errors[0].field"));
        assertTrue(
                undeclared.jsonPath().getString("errors[0].message").contains("utm_source"),
                "it lists the declared ones");
        Response tooLong = submit(Map.of("crm_id", "x".repeat(65))); // maxLength 64 in site-check.yaml
        assertEquals(400, tooLong.statusCode());
        assertEquals("at most 64 characters", tooLong.jsonPath().getString("errors[0].message"));
        Response lineBreak = submit(Map.of("utm_source", "a\nb"));
        assertEquals(400, lineBreak.statusCode());
        Response onQuickCheck = given().contentType("application/json")
                .body(Map.of("answers", Answers.quickCheckCritical(), "hidden", Map.of("utm_source", "x")))
                .post("/api/v1/questionnaires/quick-check/responses");
        assertEquals(400, onQuickCheck.statusCode());
        assertTrue(onQuickCheck.asString().contains("declares no hidden fields"), onQuickCheck.asString());
        assertEquals(before, stored());
    }

    @Test
    void theLandingPageCarriesDeclaredUtmParametersThroughTheStepsIntoTheResponse() {
        Response landing = given().get(
                        "/a/site-check?utm_source=linkedin&utm_medium=social&gclid=dropped&crm_id=" + "y".repeat(70));
        Document page = Jsoup.parse(landing.asString());
        assertEquals("linkedin", page.select("input[name=hidden.utm_source]").val());
        assertEquals("social", page.select("input[name=hidden.utm_medium]").val());
        assertTrue(page.select("input[name=hidden.gclid]").isEmpty(), "only declared fields are kept");
        assertEquals(64, page.select("input[name=hidden.crm_id]").val().length(), "cut to its maxLength");

        String csrf = page.select("input[name=csrf-token]").val();
        var cookies = Map.of("csrf-token", landing.getCookie("csrf-token"));
        Response started = given().redirects()
                .follow(false)
                .cookies(cookies)
                .formParam("csrf-token", csrf)
                .formParam("hidden.utm_source", "linkedin")
                .formParam("hidden.utm_medium", "social")
                .formParam("hidden.gclid", "still-dropped")
                .post("/a/site-check/start");
        assertEquals(303, started.statusCode());
        String token = started.getHeader("Location").replaceAll(".*/d/([A-Za-z0-9_-]{43})/1", "$1");
        var step = given().redirects().follow(false).cookies(cookies).formParam("csrf-token", csrf);
        for (var e : Answers.quickCheckCriticalForm().entrySet()) {
            step = step.formParam(e.getKey(), e.getValue());
        }
        assertEquals(303, step.post("/d/" + token + "/1").statusCode());
        Response submitted = given().redirects()
                .follow(false)
                .cookies(cookies)
                .formParam("csrf-token", csrf)
                .post("/d/" + token + "/submit");
        assertEquals(303, submitted.statusCode());
        String result = submitted.getHeader("Location").replaceAll(".*/r/", "");
        assertEquals("{\"utm_source\":\"linkedin\",\"utm_medium\":\"social\"}", attributionOf(result));
        assertFalse(attributionOf(result).contains("gclid"));
    }
}
