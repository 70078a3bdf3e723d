package no.journeydiag.workshop;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
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
import no.journeydiag.response.service.AnswerReader;
import no.journeydiag.response.service.ResponseService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Workshops end to end: who may see what, joining, closing, publishing, exports. */
@QuarkusTest
class WorkshopTest {

    static final String PASSWORD = "correct horse battery";
    static String aliceToken;
    static String bobToken;
    static String adminToken;

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens apiTokens;

    @Inject
    ResponseService responses;

    @BeforeEach
    void accounts() {
        if (aliceToken != null) {
            return;
        }
        accounts.create("alice", "Alice Consultant", PASSWORD, "consultant");
        accounts.create("bob", "Bob Consultant", PASSWORD, "consultant");
        aliceToken = apiTokens.create(consultant("alice"), "test");
        bobToken = apiTokens.create(consultant("bob"), "test");
        adminToken = apiTokens.create(consultant("admin"), "test");
    }

    Consultant consultant(String username) {
        var a = accounts.accounts().stream()
                .filter(x -> x.username().equals(username))
                .findFirst()
                .orElseThrow();
        return new Consultant(a.id(), a.username(), a.displayName(), a.role().equals("admin"));
    }

    static io.restassured.specification.RequestSpecification api(String token) {
        var r = given().redirects().follow(false);
        return token == null ? r : r.header("Authorization", "Bearer " + token);
    }

    static long createWorkshop(String token, String body) {
        Response r = api(token).contentType("application/json").body(body).post("/api/v1/workshops");
        assertEquals(201, r.statusCode(), r.asString());
        return r.jsonPath().getLong("id");
    }

    static long quickWorkshop(String token, String organisation) {
        return createWorkshop(token, "{\"organisation\":\"" + organisation + "\",\"questionnaire\":\"quick-check\"}");
    }

    /**
     * Alice's earlier workshop with one critical "sales" participant, closed and its report viewed
     * (so that answer is released), and a later one linked to it; both threshold 1.
     */
    long[] linkedWorkshops(String organisation) {
        String settings =
                "{\"organisation\":\"" + organisation + "\",\"questionnaire\":\"quick-check\",\"anonymityThreshold\":1";
        long before = createWorkshop(aliceToken, settings + "}");
        seed(before, "sales", Answers.quickCheckCritical());
        close(before);
        assertEquals(
                1,
                api(aliceToken)
                        .get("/api/v1/workshops/" + before + "/report")
                        .jsonPath()
                        .getInt("report.participants"));
        return new long[] {before, createWorkshop(aliceToken, settings + ",\"previousWorkshopId\":" + before + "}")};
    }

    /** Closes a workshop: its team report then takes in the answers waiting, when that singles no one out. */
    static void close(long workshop) {
        setClosed(workshop, true);
    }

    static void setClosed(long workshop, boolean closed) {
        assertEquals(
                200,
                api(aliceToken)
                        .contentType("application/json")
                        .body("{\"closed\":" + closed + "}")
                        .patch("/api/v1/workshops/" + workshop)
                        .statusCode());
    }

    void seed(long workshop, String role, Map<String, Object> answers) {
        responses.submit("quick-check", "en", answers, AnswerReader.Hidden.REJECT, workshop, role);
    }

    @Transactional
    long responsesOf(long workshop) {
        return ResponseEntity.count("workshopId", workshop);
    }

    @Transactional
    DraftEntity draft(String token) {
        return DraftEntity.findByToken(token);
    }

    // ---- who may see which workshop ----

    @Test
    void everyWorkshopEndpointAnswersTheOwnerAndAdminsAndHidesTheWorkshopFromEveryoneElse() {
        long id = quickWorkshop(aliceToken, "Matrix AS");
        String revoked = apiTokens.create(consultant("alice"), "to revoke");
        var info = apiTokens.list(consultant("alice")).stream()
                .filter(t -> t.name().equals("to revoke"))
                .findFirst()
                .orElseThrow();
        apiTokens.revoke(consultant("alice"), info.id());

        List<String[]> endpoints = List.of(
                new String[] {"GET", "/api/v1/workshops/" + id, "200"},
                new String[] {"PATCH", "/api/v1/workshops/" + id, "200"},
                new String[] {"GET", "/api/v1/workshops/" + id + "/report", "200"},
                new String[] {"GET", "/api/v1/workshops/" + id + "/export.csv", "200"});
        for (String[] e : endpoints) {
            String path = e[1];
            assertEquals(Integer.parseInt(e[2]), call(aliceToken, e[0], path), "owner " + e[0] + " " + path);
            assertEquals(Integer.parseInt(e[2]), call(adminToken, e[0], path), "admin " + e[0] + " " + path);
            assertEquals(404, call(bobToken, e[0], path), "other consultant " + e[0] + " " + path);
            assertEquals(401, call(null, e[0], path), "anonymous " + e[0] + " " + path);
            assertEquals(401, call(revoked, e[0], path), "revoked token " + e[0] + " " + path);
        }
        assertEquals(404, call(bobToken, "DELETE", "/api/v1/workshops/" + id));
        assertEquals(401, call(null, "DELETE", "/api/v1/workshops/" + id));
        assertEquals(200, call(aliceToken, "GET", "/api/v1/workshops/" + id), "still there after the refused deletes");

        Client alice = new Client("10.3.0.1").login("alice", PASSWORD);
        Client bob = new Client("10.3.0.2").login("bob", PASSWORD);
        Client admin = new Client("10.3.0.3").login("admin", "test-admin-password");
        for (String page : List.of(
                "", "/present", "/counts", "/report", "/report.json", "/export.csv", "/report.pdf", "/delete")) {
            String path = "/consultant/workshops/" + id + page;
            assertEquals(200, alice.req().get(path).statusCode(), "owner " + path);
            assertEquals(200, admin.req().get(path).statusCode(), "admin " + path);
            assertEquals(404, bob.req().get(path).statusCode(), "other consultant " + path);
            assertEquals(303, given().redirects().follow(false).get(path).statusCode(), "anonymous " + path);
        }
        for (String action : List.of("close", "reopen", "publish", "unpublish", "delete")) {
            assertEquals(
                    404,
                    bob.post("/consultant/workshops/" + id + "/" + action, Map.of("confirm", "yes"))
                            .statusCode(),
                    action);
        }
        assertEquals(200, call(aliceToken, "GET", "/api/v1/workshops/" + id), "bob's posts changed nothing");
        assertFalse(api(aliceToken)
                .get("/api/v1/workshops")
                .jsonPath()
                .getList("id", Long.class)
                .isEmpty());
        assertTrue(api(bobToken).get("/api/v1/workshops").jsonPath().getList("id", Long.class).stream()
                .noneMatch(x -> x == id));
        assertTrue(api(adminToken)
                .get("/api/v1/workshops")
                .jsonPath()
                .getList("id", Long.class)
                .contains(id));
        assertEquals(204, call(aliceToken, "DELETE", "/api/v1/workshops/" + id));
        assertEquals(404, call(aliceToken, "GET", "/api/v1/workshops/" + id));
    }

    static int call(String token, String method, String path) {
        var r = api(token);
        return switch (method) {
            case "PATCH" ->
                r.contentType("application/json")
                        .body("{\"published\":false}")
                        .patch(path)
                        .statusCode();
            case "DELETE" -> r.delete(path).statusCode();
            default -> r.get(path).statusCode();
        };
    }

    // ---- creating ----

    @Test
    void invalidWorkshopFieldsAreListedAndNothingIsCreated() {
        int before = api(aliceToken)
                .get("/api/v1/workshops")
                .jsonPath()
                .getList("id")
                .size();
        String longName = "x".repeat(121);
        Response r = api(aliceToken)
                .contentType("application/json")
                .body("{\"organisation\":\"" + longName + "\",\"questionnaire\":\"nope\",\"anonymityThreshold\":0}")
                .post("/api/v1/workshops");
        assertEquals(400, r.statusCode(), r.asString());
        List<String> fields = r.jsonPath().getList("errors.field");
        assertTrue(fields.containsAll(List.of("organisation", "anonymityThreshold")), fields.toString());
        Response unknown = api(aliceToken)
                .contentType("application/json")
                .body("{\"organisation\":\"Acme\",\"questionnaire\":\"nope\"}")
                .post("/api/v1/workshops");
        assertEquals(400, unknown.statusCode());
        assertEquals("questionnaire", unknown.jsonPath().getString("errors[0].field"));
        assertEquals(
                before,
                api(aliceToken)
                        .get("/api/v1/workshops")
                        .jsonPath()
                        .getList("id")
                        .size());
    }

    @Test
    void theCreateFormNeedsItsCsrfTokenAndShowsFieldErrors() {
        Client alice = new Client("10.4.0.1").login("alice", PASSWORD);
        int before = api(aliceToken)
                .get("/api/v1/workshops")
                .jsonPath()
                .getList("id")
                .size();
        Response noToken = alice.req()
                .contentType("application/x-www-form-urlencoded")
                .formParam("organisation", "Sneaky")
                .formParam("questionnaire", "quick-check")
                .post("/consultant/workshops");
        assertEquals(400, noToken.statusCode());
        Response bad = alice.post(
                "/consultant/workshops",
                Map.of("organisation", " ", "questionnaire", "quick-check", "opensAt", "tomorrow"));
        assertEquals(400, bad.statusCode());
        Document page = Jsoup.parse(bad.asString());
        String errors = page.select(".summary-error").text();
        // Named by the fields' labels, each linked to its input; never by the field id.
        assertTrue(errors.contains("Client organisation: Give the client's name in 1–120 characters."), errors);
        assertTrue(errors.contains("Opens: Use a date and time like 2026-11-23T09:00."), errors);
        assertFalse(errors.contains("opensAt"), errors);
        assertEquals(1, page.select(".summary-error a[href=#opensAt]").size());
        Response nb = alice.req()
                .header("Accept-Language", "nb-NO,nb;q=0.9")
                .contentType("application/x-www-form-urlencoded")
                .formParams(Map.of(
                        "organisation",
                        " ",
                        "questionnaire",
                        "quick-check",
                        "anonymityThreshold",
                        "0",
                        "csrf-token",
                        alice.csrf))
                .post("/consultant/workshops");
        assertEquals(400, nb.statusCode());
        assertTrue(
                Jsoup.parse(nb.asString())
                        .select(".summary-error")
                        .text()
                        .contains("Rett opp dette: Kundens virksomhet: Skriv kundens navn med 1–120 tegn."
                                + " Anonymitetsgrense: Bruk et helt tall fra 1 til 50."),
                nb.asString());
        assertEquals(
                before,
                api(aliceToken)
                        .get("/api/v1/workshops")
                        .jsonPath()
                        .getList("id")
                        .size());

        Response ok = alice.post(
                "/consultant/workshops",
                Map.of(
                        "organisation",
                        "Form AS",
                        "questionnaire",
                        "quick-check",
                        "roles",
                        "Sales\nMarketing\nsales",
                        "anonymityThreshold",
                        "4"));
        assertEquals(303, ok.statusCode(), ok.asString());
        Document detail = alice.page(ok.getHeader("Location").replaceAll("^https?://[^/]+", ""), 200);
        String code = detail.select(".code").text();
        assertTrue(code.matches("[A-Z0-9]{4}-[A-Z0-9]{4}"), code);
        assertFalse(code.matches(".*[01OILSZ25].*"), "no look-alike characters: " + code);
        assertEquals(1, detail.select(".qr svg path").size());
        assertTrue(detail.select("#join-link").attr("value").endsWith("/w/" + code.replace("-", "")));
    }

    // ---- participants ----

    @Test
    void aParticipantJoinsByCodeAnswersAndSeesTheTeamReportLinkOncePublished() {
        long id = createWorkshop(
                aliceToken,
                "{\"organisation\":\"Join AS\",\"questionnaire\":\"quick-check\",\"anonymityThreshold\":1}");
        String code = api(aliceToken).get("/api/v1/workshops/" + id).jsonPath().getString("joinCode");
        Client p = new Client("10.5.0.1");
        Response joined = p.post(
                "/join",
                Map.of(
                        "code",
                        code.substring(0, 4).toLowerCase() + "-"
                                + code.substring(4).toLowerCase()));
        assertEquals(303, joined.statusCode());
        assertTrue(joined.getHeader("Location").contains("/w/" + code));
        Document roles = p.page("/w/" + code, 200);
        assertTrue(roles.select("h1").text().contains("Join AS"));
        assertEquals(
                List.of("leadership", "marketing", "sales", "product", "customer service", "operations", "other"),
                roles.select("input[name=role]").eachAttr("value"));

        Response badRole = p.post("/w/" + code + "/start", Map.of("role", "astronaut"));
        assertEquals(400, badRole.statusCode());
        assertEquals(0, responsesOf(id));

        Response started = p.post("/w/" + code + "/start", Map.of("role", "sales"));
        assertEquals(303, started.statusCode());
        String draft = started.getHeader("Location").replaceAll(".*/d/([A-Za-z0-9_-]{43})/1", "$1");
        assertEquals("sales", draft(draft).participantRole);
        Map<String, String> form = new HashMap<>();
        form.putAll(Answers.quickCheckCriticalForm());
        assertEquals(303, p.post("/d/" + draft + "/1", form).statusCode());
        Response submitted = p.post("/d/" + draft + "/submit", Map.of());
        assertEquals(303, submitted.statusCode());
        String report = submitted.getHeader("Location").replaceAll("^https?://[^/]+", "");
        assertEquals(1, responsesOf(id));

        Document pending = p.page(report, 200);
        assertTrue(pending.select("#team-h").size() == 1);
        assertTrue(pending.text().contains("once the workshop leader shares it"));

        api(aliceToken)
                .contentType("application/json")
                .body("{\"published\":true}")
                .patch("/api/v1/workshops/" + id);
        String teamLink = p.page(report, 200).select("a.button[href^=/t/]").attr("href");
        // the reader's language goes along, so the team report opens in it
        assertTrue(teamLink.matches("/t/[A-Za-z0-9_-]{43}\\?lang=en"), teamLink);
        Document team = p.page(teamLink, 200);
        assertTrue(team.select("h1").text().contains("Join AS"));
        assertTrue(team.select(".consultant-nav").isEmpty());

        api(aliceToken)
                .contentType("application/json")
                .body("{\"published\":false}")
                .patch("/api/v1/workshops/" + id);
        assertEquals(404, p.req().get(teamLink).statusCode());
    }

    @Test
    void aClosedWorkshopRefusesNewAnswersButKeepsTheDraft() {
        long id = quickWorkshop(aliceToken, "Closed AS");
        String code = api(aliceToken).get("/api/v1/workshops/" + id).jsonPath().getString("joinCode");
        Client p = new Client("10.5.0.2");
        Response started = p.post("/w/" + code + "/start", Map.of("role", "product"));
        String draft = started.getHeader("Location").replaceAll(".*/d/([A-Za-z0-9_-]{43})/1", "$1");
        Map<String, String> form = new HashMap<>();
        form.putAll(Answers.quickCheckCriticalForm());
        assertEquals(303, p.post("/d/" + draft + "/1", form).statusCode());

        api(aliceToken)
                .contentType("application/json")
                .body("{\"closed\":true}")
                .patch("/api/v1/workshops/" + id);
        Response refused = p.post("/d/" + draft + "/submit", Map.of());
        assertEquals(409, refused.statusCode());
        assertTrue(Jsoup.parse(refused.asString()).text().contains("Your answers so far are kept"));
        assertEquals(0, responsesOf(id));
        assertTrue(draft(draft).answersJson.contains("named-owner"), "the draft keeps its answers");

        Document closed = p.page("/w/" + code, 200);
        assertTrue(closed.text().contains("closed and no longer takes answers"));
        assertTrue(closed.select("input[name=role]").isEmpty());
        assertEquals(
                409, p.post("/w/" + code + "/start", Map.of("role", "product")).statusCode());

        api(aliceToken)
                .contentType("application/json")
                .body("{\"closed\":false}")
                .patch("/api/v1/workshops/" + id);
        assertEquals(303, p.post("/d/" + draft + "/submit", Map.of()).statusCode());
        assertEquals(1, responsesOf(id));
    }

    @Test
    void joinPagesSpeakNorwegianToNorwegianPhones() {
        long id = quickWorkshop(aliceToken, "Norsk AS");
        String code = api(aliceToken).get("/api/v1/workshops/" + id).jsonPath().getString("joinCode");
        Document join = Jsoup.parse(
                given().header("Accept-Language", "nb-NO,nb;q=0.9").get("/join").asString());
        assertEquals("Bli med i teamets workshop", join.select("h1").text());
        assertEquals("nb", join.select("html").attr("lang"));
        Document role = Jsoup.parse(
                given().header("Accept-Language", "no").get("/w/" + code).asString());
        assertEquals("Workshop for Norsk AS", role.select("h1").text());
        assertEquals("Hva er din rolle?", role.select("legend").text());
    }

    @Test
    void aWorkshopThatOpensLaterSaysSo() {
        long id = createWorkshop(
                aliceToken,
                "{\"organisation\":\"Later AS\",\"questionnaire\":\"quick-check\",\"opensAt\":\"2099-01-01T09:00:00Z\"}");
        String code = api(aliceToken).get("/api/v1/workshops/" + id).jsonPath().getString("joinCode");
        assertEquals(
                "not-yet-open",
                api(aliceToken).get("/api/v1/workshops/" + id).jsonPath().getString("state"));
        assertTrue(new Client("10.5.0.3").page("/w/" + code, 200).text().contains("has not opened yet"));
    }

    @Test
    void wrongJoinCodesAreRateLimitedPerAddress() {
        Client guesser = new Client("10.6.0.1");
        for (int i = 0; i < 10; i++) {
            Response r = guesser.post("/join", Map.of("code", "AAAA-AAA" + "ABCDEFGHJK".charAt(i)));
            assertEquals(404, r.statusCode());
            assertTrue(Jsoup.parse(r.asString()).text().contains("No workshop has this code"));
        }
        Response limited = guesser.post("/join", Map.of("code", "AAAA-AAAA"));
        assertEquals(429, limited.statusCode());
        assertEquals(429, guesser.req().get("/w/AAAAAAAA").statusCode());
        assertEquals(
                404,
                new Client("10.6.0.2")
                        .post("/join", Map.of("code", "AAAA-AAAA"))
                        .statusCode());
    }

    // ---- team report and exports ----

    @Test
    void belowTheAnonymityThresholdOnlyTheCountIsShown() {
        long id = quickWorkshop(aliceToken, "Small AS"); // threshold 3
        seed(id, "sales", Answers.quickCheckCritical());
        seed(id, "marketing", Answers.quickCheckCritical());
        close(id);
        Response json = api(aliceToken).get("/api/v1/workshops/" + id + "/report");
        assertEquals(2, json.jsonPath().getInt("report.participants"));
        assertTrue(json.jsonPath().getBoolean("report.belowThreshold"));
        assertEquals(List.of(), json.jsonPath().getList("report.elements"));
        String csv =
                api(aliceToken).get("/api/v1/workshops/" + id + "/export.csv").asString();
        assertEquals(1, csv.split("\r\n").length, "only the header: " + csv);
        Client alice = new Client("10.7.0.1").login("alice", PASSWORD);
        Document page = alice.page("/consultant/workshops/" + id + "/report", 200);
        assertTrue(page.text().contains("2 of at least 3 participants have answered"));
        assertTrue(page.select("table").isEmpty());
    }

    @Test
    void theTeamReportFoldsSmallRolesAndWordsTheGapsForDiscussion() {
        long id = createWorkshop(
                aliceToken,
                "{\"organisation\":\"Team AS\",\"questionnaire\":\"quick-check\",\"anonymityThreshold\":2}");
        Map<String, Object> high = new HashMap<>(Answers.quickCheckCritical());
        high.put("owner-can-change", "strongly-agree");
        high.put("value-drivers", "strongly-agree");
        seed(id, "leadership", high);
        seed(id, "leadership", high);
        seed(id, "sales", Answers.quickCheckCritical());
        seed(id, "sales", Answers.quickCheckCritical());
        seed(id, "product", Answers.quickCheckCritical());
        seed(id, "marketing", Answers.quickCheckCritical());
        close(id);
        Response json = api(aliceToken).get("/api/v1/workshops/" + id + "/report");
        assertEquals(200, json.statusCode(), json.asString());
        assertEquals(6, json.jsonPath().getInt("report.participants"));
        // product 1 and marketing 1 are below 2: together they are "other" (2), which may be shown.
        assertEquals(List.of("leadership", "sales", "other"), json.jsonPath().getList("report.groups.role"));
        assertEquals(
                List.of(List.of(), List.of(), List.of("marketing", "product")),
                json.jsonPath().getList("report.groups.merged"));
        assertEquals(List.of("leadership", "sales", "other"), json.jsonPath().getList("report.heatmap.role"));
        assertTrue(json.jsonPath().getList("report.gaps.flagged", Boolean.class).contains(true));

        Client alice = new Client("10.7.0.2").login("alice", PASSWORD);
        Document page = alice.page("/consultant/workshops/" + id + "/report", 200);
        String gaps = page.select(".gaps li.flagged").text();
        assertTrue(gaps.matches(".*Sales rates .+ \\d+ points lower than Leadership.*"), gaps);
        assertEquals(3, page.select("table.heat tbody tr").size());
        assertFalse(page.select("svg.strip circle").isEmpty());
        assertEquals(6, page.select("svg.strip").first().select("circle").size(), "one dot per participant");
        assertTrue(
                page.select(".groups").text().contains("Other: 2 (includes Marketing, Product)"),
                page.select(".groups").text());

        byte[] pdf =
                alice.req().get("/consultant/workshops/" + id + "/report.pdf").asByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // as a reader sees it: isolated role names are drawn as runs of their own
            String text = stripper.getText(doc).replaceAll("\\s+", " ");
            assertTrue(
                    text.contains("Perception gaps")
                            && text.matches(".*Sales rates .+ \\d+ points lower than Leadership.*"),
                    text);
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
            java.nio.file.Files.write(
                    java.nio.file.Path.of("target/screenshots/team-report.pdf"), pdf); // for a look by eye
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void typedTextIsEscapedOnPagesNeutralisedInTheCsvAndPrintedAsTextInThePdf() {
        String evil = "<script>alert(1)</script> & Co";
        long id = createWorkshop(
                aliceToken,
                "{\"organisation\":\"" + evil.replace("\"", "\\\"") + "\",\"questionnaire\":\"quick-check\","
                        + "\"anonymityThreshold\":1,\"roles\":[\"=HYPERLINK(\\\"http://x\\\")\",\"sales\"]}");
        seed(id, "=HYPERLINK(\"http://x\")", Answers.quickCheckCritical());
        close(id);
        Client alice = new Client("10.7.0.3").login("alice", PASSWORD);
        for (String path : List.of(
                "/consultant/workshops/" + id,
                "/consultant/workshops/" + id + "/report",
                "/consultant/workshops/" + id + "/present",
                "/consultant")) {
            String html = alice.req().get(path).asString();
            assertFalse(html.contains("<script>alert(1)"), path);
            assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"), path);
        }
        String csv =
                alice.req().get("/consultant/workshops/" + id + "/export.csv").asString();
        assertTrue(csv.contains("\r\n\"'=HYPERLINK(\"\"http://x\"\")\","), csv);

        byte[] pdf =
                alice.req().get("/consultant/workshops/" + id + "/report.pdf").asByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4));
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("<script>alert(1)</script> & Co: team report"), text);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void thePresentViewCountsJoinedAndFinishedFromTheDatabaseButNeverByRole() {
        long id = quickWorkshop(aliceToken, "Present AS"); // threshold 3
        Client alice = new Client("10.7.0.4").login("alice", PASSWORD);
        assertEquals(
                0,
                alice.req()
                        .get("/consultant/workshops/" + id + "/counts")
                        .jsonPath()
                        .getInt("finished"));
        seed(id, "sales", Answers.quickCheckCritical());
        seed(id, "sales", Answers.quickCheckCritical());
        seed(id, "sales", Answers.quickCheckCritical());
        seed(id, "product", Answers.quickCheckCritical());
        String code = api(aliceToken).get("/api/v1/workshops/" + id).jsonPath().getString("joinCode");
        assertEquals(
                303,
                new Client("10.7.0.40")
                        .post("/w/" + code + "/start", Map.of("role", "leadership"))
                        .statusCode());
        Response counts = alice.req().get("/consultant/workshops/" + id + "/counts");
        // 4 finished + 1 unfinished draft = 5 joined, 1 answering; nothing by role (the one product person would
        // show when they finish).
        assertEquals(
                Map.of("joined", 5, "answering", 1, "finished", 4),
                counts.jsonPath().getMap(""));
        Document present = alice.page("/consultant/workshops/" + id + "/present", 200);
        assertEquals("4", present.select("#finished").text());
        assertEquals("1", present.select("#answering").text());
        assertEquals("5", present.select("#joined").text());
        assertFalse(
                present.select("main").text().contains("product"),
                present.select("main").text());
        assertNotNull(present.selectFirst("script[src=/js/present.js]"));
        // The workshop page names only roles with at least 3 finished: sales 3; product 1 is among "other roles".
        Document detail = alice.page("/consultant/workshops/" + id, 200);
        assertEquals(
                List.of("Sales: 3", "Other roles: 1"),
                detail.select("h2:contains(Finished answers by role) + ul li").eachText());
    }

    @Test
    void deletingNeedsConfirmationAndRemovesEveryResponse() {
        long id = quickWorkshop(aliceToken, "Gone AS");
        seed(id, "sales", Answers.quickCheckCritical());
        Client alice = new Client("10.7.0.5").login("alice", PASSWORD);
        assertEquals(
                400,
                alice.post("/consultant/workshops/" + id + "/delete", Map.of()).statusCode());
        assertEquals(1, responsesOf(id));
        assertEquals(
                303,
                alice.post("/consultant/workshops/" + id + "/delete", Map.of("confirm", "yes"))
                        .statusCode());
        assertEquals(0, responsesOf(id));
        assertEquals(404, alice.req().get("/consultant/workshops/" + id).statusCode());
    }

    @Test
    void aLinkedEarlierWorkshopShowsChangePerElement() {
        long after = linkedWorkshops("Again AS")[1];
        seed(after, "sales", Answers.quickCheckCritical());
        close(after);
        Response r = api(aliceToken).get("/api/v1/workshops/" + after + "/report");
        List<Float> deltas = r.jsonPath().getList("report.changes.delta", Float.class);
        assertFalse(deltas.isEmpty());
        assertTrue(deltas.stream().allMatch(d -> d == 0f), "same answers, no change: " + deltas);
        long bobs = quickWorkshop(bobToken, "Bob AS");
        Response foreign = api(aliceToken)
                .contentType("application/json")
                .body("{\"organisation\":\"X\",\"questionnaire\":\"quick-check\"," + "\"previousWorkshopId\":" + bobs
                        + "}")
                .post("/api/v1/workshops");
        assertEquals(400, foreign.statusCode());
        assertEquals("previousWorkshopId", foreign.jsonPath().getString("errors[0].field"));
    }

    @Test
    void aTeamReportKeptForReuseFollowsEveryNewAndDeletedResponseHereAndInTheEarlierWorkshop() {
        long[] pair = linkedWorkshops("Kept AS");
        long before = pair[0];
        long id = pair[1];
        String path = "/api/v1/workshops/" + id + "/report";
        seed(id, "sales", Answers.quickCheckCritical());
        close(id);
        assertEquals(1, api(aliceToken).get(path).jsonPath().getInt("report.participants"));
        List<Float> same = api(aliceToken).get(path).jsonPath().getList("report.changes.delta", Float.class);
        assertTrue(!same.isEmpty() && same.stream().allMatch(d -> d == 0f), "same answers before and now: " + same);

        // Threshold 1: any batch singles out no one below 1, so a closed workshop takes in a new answer at the next
        // view.
        String second = responses
                .submit("quick-check", "en", Answers.quickCheckCritical(), AnswerReader.Hidden.REJECT, id, "marketing")
                .token();
        assertEquals(
                2,
                api(aliceToken).get(path).jsonPath().getInt("report.participants"),
                "a new response is released at once");
        responses.delete(second);
        assertEquals(
                1, api(aliceToken).get(path).jsonPath().getInt("report.participants"), "a deleted one goes at once");

        Map<String, Object> better = new java.util.HashMap<>(Answers.quickCheckCritical());
        better.put("owner-can-change", "strongly-agree");
        better.put("named-owner", "yes");
        seed(before, "sales", better);
        List<Float> unchanged = api(aliceToken).get(path).jsonPath().getList("report.changes.delta", Float.class);
        assertTrue(
                unchanged.stream().allMatch(d -> d == 0f),
                "the earlier workshop's new answer is not released yet: " + unchanged);
        api(aliceToken)
                .get("/api/v1/workshops/" + before + "/report"); // the earlier (closed) workshop's own view releases it
        List<Float> changed = api(aliceToken).get(path).jsonPath().getList("report.changes.delta", Float.class);
        assertTrue(
                changed.stream().anyMatch(d -> d < 0f),
                "the earlier workshop scored higher now, so the change is negative: " + changed);
    }
}
