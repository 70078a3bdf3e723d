package no.journeydiag.webhook;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.account.service.ApiTokens;
import no.journeydiag.account.service.Consultant;
import no.journeydiag.webhook.persistence.DeliveryEntity;
import no.journeydiag.webhook.persistence.TargetEntity;
import no.journeydiag.webhook.service.Signatures;
import no.journeydiag.webhook.service.WebhookSender;
import no.journeydiag.workshop.Client;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Targets managed in the app, over the API and the admin page, against a loopback receiver; each
 * delivery's signature is checked here independently and, where it is installed (CI), with the
 * standardwebhooks reference library itself (src/test/webhooks).
 */
@QuarkusTest
@TestProfile(WebhookTest.Profile.class)
class WebhookManagementTest {

    static final int PORT = WebhookTest.freePort();
    static String adminToken;
    static String consultantToken;

    record Received(String id, String timestamp, String signature, String body) {}

    final List<Received> received = new CopyOnWriteArrayList<>();
    HttpServer receiver;

    @Inject
    WebhookSender sender;

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens apiTokens;

    @BeforeEach
    void start() throws IOException {
        clean();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        receiver.createContext("/site", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var h = exchange.getRequestHeaders();
            received.add(new Received(
                    h.getFirst("webhook-id"), h.getFirst("webhook-timestamp"), h.getFirst("webhook-signature"), body));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        if (adminToken == null) {
            var admin = accounts.accounts().stream()
                    .filter(a -> a.username().equals("admin"))
                    .findFirst()
                    .orElseThrow();
            adminToken =
                    apiTokens.create(new Consultant(admin.id(), admin.username(), admin.displayName(), true), "wh");
            accounts.create("wendy", "Wendy Consultant", "wendy-password-long", "consultant");
            var wendy = accounts.accounts().stream()
                    .filter(a -> a.username().equals("wendy"))
                    .findFirst()
                    .orElseThrow();
            consultantToken = apiTokens.create(new Consultant(wendy.id(), "wendy", "Wendy", false), "wh");
        }
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
        clean(); // other classes share this profile's app: leave no target of ours behind
    }

    @Transactional
    void clean() {
        DeliveryEntity.deleteAll();
        TargetEntity.deleteAll();
    }

    @Transactional
    long deliveriesTo(String target) {
        return DeliveryEntity.count("target", target);
    }

    static io.restassured.specification.RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + adminToken).contentType("application/json");
    }

    static String url() {
        return "http://127.0.0.1:" + PORT + "/site";
    }

    static String create(String name) {
        JsonPath made = admin().body(Map.of(
                        "name",
                        name,
                        "url",
                        url(),
                        "events",
                        List.of("response.completed"),
                        "questionnaires",
                        List.of("quick-check")))
                .post("/api/v1/webhooks/targets")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertEquals(name, made.getString("target.name"));
        return made.getString("secret");
    }

    /** Standard Webhooks' check, written out here: base64 HMAC-SHA256 of id.timestamp.body keyed with the decoded secret. */
    static String expected(String secret, Received r) throws Exception {
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(Base64.getDecoder().decode(secret.substring(6)), "HmacSHA256"));
        return "v1,"
                + Base64.getEncoder()
                        .encodeToString(mac.doFinal(
                                (r.id() + "." + r.timestamp() + "." + r.body()).getBytes(StandardCharsets.UTF_8)));
    }

    /** Runs the standardwebhooks npm package on the delivery, when installed; CI (browser.tests=required) needs it. */
    static boolean referenceLibraryAccepts(String secret, Received r) throws Exception {
        Path lib = Path.of("src/test/webhooks/node_modules/standardwebhooks");
        if (!Files.isDirectory(lib)) {
            if ("required".equals(System.getProperty("browser.tests"))) {
                throw new AssertionError("run npm ci --prefix src/test/webhooks first");
            }
            Assumptions.abort("standardwebhooks is not installed (npm ci --prefix src/test/webhooks)");
        }
        Path file = Files.createTempFile("delivery", ".json");
        Files.writeString(
                file,
                new com.fasterxml.jackson.databind.ObjectMapper()
                        .writeValueAsString(Map.of(
                                "secret", secret,
                                "id", r.id(),
                                "timestamp", r.timestamp(),
                                "signature", r.signature(),
                                "body", r.body())));
        Process p = new ProcessBuilder("node", "src/test/webhooks/verify.js", file.toString())
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean ok = p.waitFor() == 0;
        Files.delete(file);
        assertTrue(out.startsWith("verified") || out.startsWith("refused"), out);
        return ok;
    }

    static void submit() {
        given().contentType("application/json")
                .body(Map.of("answers", no.journeydiag.response.Answers.quickCheckCritical()))
                .post("/api/v1/questionnaires/quick-check/responses")
                .then()
                .statusCode(201);
    }

    @Test
    void aTargetAddedOverTheApiGetsEventsSignedWithTheSecretShownOnlyOnce() throws Exception {
        String secret = create("site-crm");
        assertTrue(secret.startsWith("whsec_"), secret);
        String listed = admin().get("/api/v1/webhooks/targets")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(listed.contains("\"site-crm\""), listed);
        assertFalse(listed.contains(secret.substring(6)), "the secret is never shown again");
        assertTrue(listed.contains("\"crm\""), "configuration-file targets are listed beside it");

        submit();
        sender.sendDue();
        assertEquals(1, received.size());
        Received r = received.get(0);
        assertEquals("response.completed", new JsonPath(r.body()).getString("type"));
        assertEquals(expected(secret, r), r.signature());
        assertTrue(referenceLibraryAccepts(secret, r), "the reference library verifies it");
        assertFalse(referenceLibraryAccepts(Signatures.newSecret(), r), "and refuses it with another secret");

        admin().delete("/api/v1/webhooks/targets/site-crm").then().statusCode(204);
        admin().get("/api/v1/webhooks/targets/site-crm").then().statusCode(404);
    }

    @Test
    void duringARotationEveryDeliveryCarriesASignatureForTheOldAndTheNewSecret() throws Exception {
        String old = create("rotating");
        JsonPath rotated = admin().post("/api/v1/webhooks/targets/rotating/rotate")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String fresh = rotated.getString("secret");
        assertFalse(fresh.equals(old));
        assertNotNull(rotated.getString("target.rotatingUntil"));
        submit();
        sender.sendDue();
        Received r = received.get(0);
        String[] signatures = r.signature().split(" ");
        assertEquals(2, signatures.length, r.signature());
        assertEquals(expected(fresh, r), signatures[0]);
        assertEquals(expected(old, r), signatures[1]);
        assertTrue(referenceLibraryAccepts(old, r), "a receiver still on the old secret verifies it");
        assertTrue(referenceLibraryAccepts(fresh, r), "and one already on the new secret too");
    }

    @Test
    void aDisabledTargetGetsNothingAndATestEventShowsItsAttemptHistory() {
        create("paused");
        JsonPath changed = admin().body(Map.of("enabled", false))
                .patch("/api/v1/webhooks/targets/paused")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertFalse(changed.getBoolean("enabled"));
        assertEquals(url(), changed.getString("url"), "fields left out stay as they were");
        submit();
        assertEquals(0, deliveriesTo("paused"));
        admin().post("/api/v1/webhooks/targets/paused/test").then().statusCode(409);

        admin().body(Map.of("enabled", true))
                .patch("/api/v1/webhooks/targets/paused")
                .then()
                .statusCode(200);
        String eventId = admin().post("/api/v1/webhooks/targets/paused/test")
                .then()
                .statusCode(202)
                .extract()
                .path("eventId");
        sender.sendDue();
        assertEquals(1, received.size());
        assertEquals(eventId, received.get(0).id());
        assertEquals("webhook.test", new JsonPath(received.get(0).body()).getString("type"));

        JsonPath list = admin().get("/api/v1/webhooks/deliveries?target=paused")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(1, list.getList("").size());
        long id = list.getLong("[0].id");
        JsonPath detail = admin().get("/api/v1/webhooks/deliveries/" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("delivered", detail.getString("delivery.status"));
        assertEquals(1, detail.getList("attempts").size());
        assertEquals(204, detail.getInt("attempts[0].httpStatus"));
    }

    @Test
    void wrongInputGetsAFourHundredThatNamesTheFieldAndChangesNothing() {
        Response taken = admin().body(Map.of("name", "crm", "url", url())).post("/api/v1/webhooks/targets");
        assertEquals(400, taken.statusCode());
        assertTrue(taken.asString().contains("\"name\""), taken.asString());
        Response internal = admin().body(Map.of("name", "inside", "url", "http://10.1.2.3/hook"))
                .post("/api/v1/webhooks/targets");
        assertEquals(400, internal.statusCode());
        assertTrue(internal.asString().contains("private address"), internal.asString());
        Response events = admin().body(Map.of("name", "x", "url", url(), "events", List.of("lead.lost")))
                .post("/api/v1/webhooks/targets");
        assertEquals(400, events.statusCode());
        assertTrue(events.asString().contains("lead.lost"), events.asString());
        Response questionnaire = admin().body(
                        Map.of("name", "y", "url", url(), "questionnaires", List.of("value-over-time")))
                .post("/api/v1/webhooks/targets");
        assertEquals(400, questionnaire.statusCode());
        assertTrue(questionnaire.asString().contains("value-over-time"), questionnaire.asString());
        assertTrue(
                admin().get("/api/v1/webhooks/targets").asString().indexOf("\"managed\":true") < 0, "none was stored");

        admin().body(Map.of("enabled", false))
                .patch("/api/v1/webhooks/targets/crm")
                .then()
                .statusCode(409);
        admin().delete("/api/v1/webhooks/targets/crm").then().statusCode(409);
        given().header("Authorization", "Bearer " + consultantToken)
                .get("/api/v1/webhooks/targets")
                .then()
                .statusCode(403);
        given().get("/api/v1/webhooks/targets").then().statusCode(401);
    }

    @Test
    void anAdminAddsATargetOnThePageSeesTheSecretOnceAndCanDeleteIt() {
        Client admin = new Client().login("admin", "test-admin-password");
        Response bad = admin.post(
                "/admin/webhooks/targets", Map.of("name", "Bad Name", "url", url(), "events", "lead.captured"));
        assertEquals(400, bad.statusCode());
        assertTrue(bad.asString().contains("summary-error"), "the form comes back with what to fix");

        Response made = admin.post(
                "/admin/webhooks/targets?lang=nb",
                Map.of(
                        "name",
                        "page-crm",
                        "url",
                        url(),
                        "events",
                        "lead.captured",
                        "questionnaires",
                        "*",
                        "lang",
                        "nb"));
        assertEquals(201, made.statusCode(), made.asString());
        Document secret = org.jsoup.Jsoup.parse(made.asString());
        assertTrue(secret.select("#wh-secret").text().startsWith("whsec_"));
        assertTrue(made.asString().contains("Signeringshemmeligheten"), "in Norwegian when asked");

        Document page = admin.page("/admin/webhooks/targets/page-crm?lang=en", 200);
        assertFalse(page.html().contains(secret.select("#wh-secret").text()), "never shown again");
        assertEquals(
                1,
                page.select("input[name=events][value=lead.captured][checked]").size());
        assertEquals(
                0,
                page.select("input[name=events][value=response.completed][checked]")
                        .size());

        assertEquals(
                303,
                admin.post("/admin/webhooks/targets/page-crm/delete", Map.of()).statusCode());
        admin.page("/admin/webhooks/targets/page-crm", 404);
        assertNull(targetNamed("page-crm"));
    }

    @Transactional
    TargetEntity targetNamed(String name) {
        return TargetEntity.find("name", name).firstResult();
    }
}
