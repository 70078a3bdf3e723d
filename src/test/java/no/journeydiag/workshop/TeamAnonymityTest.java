package no.journeydiag.workshop;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.account.service.ApiTokens;
import no.journeydiag.response.Answers;
import no.journeydiag.response.persistence.ResponseEntity;
import no.journeydiag.response.service.AnswerReader;
import no.journeydiag.response.service.ResponseService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A consultant who reads the team report before and after someone answers must learn nothing
 * about that person: every format shows released answers only, released in batches that single
 * no one out, and the export and counts follow the same groups.
 */
@QuarkusTest
class TeamAnonymityTest {

    static final String PASSWORD = "anonymity test passphrase";
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
        if (accounts.accounts().stream().noneMatch(a -> a.username().equals("vera"))) {
            accounts.create("vera", "Vera Consultant", PASSWORD, "consultant");
        }
        token = ConsultantTokens.of(accounts, apiTokens, "vera", "anonymity");
    }

    static io.restassured.specification.RequestSpecification api() {
        return given().redirects().follow(false).header("Authorization", "Bearer " + token);
    }

    static long workshop(String organisation, String questionnaire, int threshold) {
        Response r = api().contentType("application/json")
                .body("{\"organisation\":\"" + organisation + "\",\"questionnaire\":\"" + questionnaire
                        + "\",\"anonymityThreshold\":" + threshold + "}")
                .post("/api/v1/workshops");
        assertEquals(201, r.statusCode(), r.asString());
        return r.jsonPath().getLong("id");
    }

    static void patch(long id, String body) {
        assertEquals(
                200,
                api().contentType("application/json")
                        .body(body)
                        .patch("/api/v1/workshops/" + id)
                        .statusCode());
    }

    String answer(long workshop, String questionnaire, String role, Map<String, Object> answers) {
        return responses
                .submit(questionnaire, "en", answers, AnswerReader.Hidden.REJECT, workshop, role)
                .token();
    }

    /**
     * quick-check answers where the likert items all take {@code likert} and {@code scale} (0–10) picks how resources
     * are moved: each person's scores differ by their choices.
     */
    static Map<String, Object> quick(String likert, int scale) {
        Map<String, Object> a = new HashMap<>(Answers.quickCheckCritical());
        for (String q : List.of(
                "acquisition-targets",
                "owner-can-change",
                "kpis-conflict",
                "value-drivers",
                "followed-up",
                "reports-not-acted")) {
            a.put(q, likert);
        }
        a.put(
                "reallocation",
                List.of("nothing-changes", "next-plan", "within-functions", "across-functions")
                        .get(Math.min(3, scale / 3)));
        a.put("named-owner", scale % 2 == 0 ? "no" : "yes");
        return a;
    }

    /** Everything a consultant and a participant can read about the team, in every format, minus the time it was made. */
    record Seen(
            String json, String api, String csv, String apiCsv, String page, String shared, String pdf, String detail) {

        /** Field by field, so that a failure names the format that changed. */
        void assertSame(Seen other, String when) {
            assertEquals(json, other.json, "report.json " + when);
            assertEquals(api, other.api, "API report " + when);
            assertEquals(csv, other.csv, "export.csv " + when);
            assertEquals(apiCsv, other.apiCsv, "API export.csv " + when);
            assertEquals(page, other.page, "report page " + when);
            assertEquals(shared, other.shared, "participants' page " + when);
            assertEquals(pdf, other.pdf, "PDF " + when);
            assertEquals(detail, other.detail, "workshop page " + when);
        }
    }

    Seen look(Client vera, long id, String teamLink) {
        String base = "/consultant/workshops/" + id;
        Document page = vera.page(base + "/report", 200);
        Document shared = Jsoup.parse(
                given().get(teamLink).then().statusCode(200).extract().asString());
        byte[] pdf = vera.req()
                .get(base + "/report.pdf")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray();
        return new Seen(
                vera.req()
                        .get(base + "/report.json")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getMap("report")
                        .toString(),
                api().get("/api/v1/workshops/" + id + "/report")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getMap("report")
                        .toString(),
                vera.req()
                        .get(base + "/export.csv")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString(),
                api().get("/api/v1/workshops/" + id + "/export.csv")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString(),
                figures(page),
                figures(shared),
                pdfFigures(pdf),
                vera.page(base, 200).select("#export-note").text());
    }

    /** The report's figures on a page: its sections (the notices and the "generated" time are left out). */
    static String figures(Document d) {
        return d.select("main section").outerHtml();
    }

    static String pdfFigures(byte[] pdf) {
        try (var doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true); // as a reader sees it: isolated names are drawn as runs of their own
            String text = stripper.getText(doc);
            int start = text.indexOf("Who took part");
            // Page footers ("1 / 3") move with the notice above the figures; the figures themselves must not.
            return start < 0
                    ? ""
                    : text.substring(start)
                            .replaceAll("(?m)^\\d+ / \\d+\\R", "")
                            .replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aConsultantWhoLooksBeforeAndAfterOneMoreAnswerLearnsNothingUntilASafeBatchIsReleased() {
        long id = workshop("Difference AS", "quick-check", 3);
        patch(id, "{\"published\":true}");
        String teamLink = "/t/"
                + api().get("/api/v1/workshops/" + id)
                        .jsonPath()
                        .getString("teamReportUrl")
                        .replaceAll(".*/t/", "");
        Client vera = new Client("10.9.0.1").login("vera", PASSWORD);
        String[] likert = {"strongly-disagree", "disagree", "neutral"};
        for (int i = 0; i < 3; i++) {
            answer(id, "quick-check", "sales", quick(likert[i], i));
            answer(id, "quick-check", "marketing", quick(likert[i], 5 + i));
        }

        // Open and never released: counts only, the same in every format.
        Response open = api().get("/api/v1/workshops/" + id + "/report");
        assertEquals(0, open.jsonPath().getInt("report.participants"));
        assertEquals(6, open.jsonPath().getInt("release.pending"));
        assertEquals(List.of(), open.jsonPath().getList("report.elements"));
        assertTrue(vera.page("/consultant/workshops/" + id + "/report", 200)
                .text()
                .contains("6 answers so far. The team's results appear here when the workshop is closed, all at once"));
        assertEquals(
                1,
                vera.req()
                        .get("/consultant/workshops/" + id + "/export.csv")
                        .asString()
                        .split("\r\n")
                        .length);

        patch(
                id,
                "{\"closed\":true}"); // closing releases the six: nothing was shown before, so any first batch is safe
        assertEquals(6, releasedAnswers(id));
        Seen first = look(vera, id, teamLink);
        assertTrue(first.json().contains("participants=6"), first.json());
        assertEquals(7, first.csv().split("\r\n").length, "a header and six rows");

        // Reopened, one more (sales) answers: every view is as before, and says one answer waits.
        patch(id, "{\"closed\":false}");
        answer(id, "quick-check", "sales", quick("strongly-agree", 10));
        first.assertSame(look(vera, id, teamLink), "after one more answer while open");
        assertTrue(vera.page("/consultant/workshops/" + id + "/report", 200)
                .select(".notice.pending")
                .text()
                .startsWith(
                        "1 newer answer is not in this report yet. They join it when the workshop is closed again"));

        // Closed again: one new answer would be the difference of two reports, so it still waits.
        patch(id, "{\"closed\":true}");
        first.assertSame(look(vera, id, teamLink), "after closing with one answer waiting");
        assertTrue(vera.page("/consultant/workshops/" + id + "/report", 200)
                .select(".notice.pending")
                .text()
                .contains("adding it now could single someone out"));
        assertEquals(
                1, api().get("/api/v1/workshops/" + id + "/report").jsonPath().getInt("release.pending"));

        // Two more sales: three new sales answers in all, so sales can change by three people at once.
        patch(id, "{\"closed\":false}");
        answer(id, "quick-check", "sales", quick("agree", 9));
        answer(id, "quick-check", "sales", quick("neutral", 4));
        first.assertSame(look(vera, id, teamLink), "with three waiting, still open");
        patch(id, "{\"closed\":true}");
        Seen second = look(vera, id, teamLink);
        assertNotEquals(first.json(), second.json());
        Response after = api().get("/api/v1/workshops/" + id + "/report");
        assertEquals(List.of("sales", "marketing"), after.jsonPath().getList("report.groups.role"));
        assertEquals(
                List.of(6, 3), after.jsonPath().getList("report.groups.count"), "sales 3 → 6, marketing unchanged");
        assertEquals(9, after.jsonPath().getInt("release.released"));
        assertEquals(0, after.jsonPath().getInt("release.pending"));
        assertEquals(10, second.csv().split("\r\n").length);
    }

    @Test
    void aBatchWithTooFewNewAnswersInOneGroupWaitsEvenWhenItIsBigEnoughInAll() {
        long id = workshop("Groups AS", "quick-check", 3);
        for (String role : List.of("sales", "marketing")) {
            for (int i = 0; i < 3; i++) {
                answer(id, "quick-check", role, quick("neutral", i));
            }
        }
        patch(id, "{\"closed\":true}");
        String report = api().get("/api/v1/workshops/" + id + "/report")
                .jsonPath()
                .getMap("report")
                .toString();
        patch(id, "{\"closed\":false}");
        answer(id, "quick-check", "sales", quick("agree", 1));
        answer(id, "quick-check", "sales", quick("agree", 2));
        answer(
                id,
                "quick-check",
                "marketing",
                quick("strongly-agree", 10)); // marketing's mean would move by this one person
        patch(id, "{\"closed\":true}");
        Response r = api().get("/api/v1/workshops/" + id + "/report");
        assertEquals(report, r.jsonPath().getMap("report").toString());
        assertEquals(3, r.jsonPath().getInt("release.pending"));
    }

    @Test
    void theExportHasOnlyReleasedRowsGroupsOfAtLeastTheThresholdNoFreeTextAndNumericOrder() {
        long id = workshop("Export AS", "journey-ownership", 3);
        Map<String, Object> best = Answers.journeyOwnershipBest();
        best.put("comment", "I am Kari, the only CEO here");
        Map<String, Object> worst = new HashMap<>(best);
        worst.replaceAll((q, v) -> v.equals("strongly-agree")
                ? "strongly-disagree"
                : v.equals("strongly-disagree") ? "strongly-agree" : v);
        worst.put("long-term-weight", 0);
        Map<String, Object> middle = new HashMap<>(best);
        middle.replaceAll((q, v) -> v.equals("strongly-agree") || v.equals("strongly-disagree") ? "neutral" : v);
        answer(id, "journey-ownership", "sales", best);
        answer(id, "journey-ownership", "sales", worst);
        answer(id, "journey-ownership", "sales", middle);
        answer(id, "journey-ownership", "leadership", best);
        answer(id, "journey-ownership", "marketing", worst);
        answer(id, "journey-ownership", "marketing", middle);
        Client vera = new Client("10.9.0.2").login("vera", PASSWORD);
        String path = "/consultant/workshops/" + id + "/export.csv";
        assertEquals(
                1, vera.req().get(path).asString().split("\r\n").length, "open and never released: the header only");

        patch(id, "{\"closed\":true}");
        String csv = vera.req().get(path).asString();
        List<String> lines = List.of(csv.split("\r\n"));
        List<String> header = List.of(lines.get(0).split(","));
        assertEquals(List.of("role", "merged_roles", "overall"), header.subList(0, 3));
        assertFalse(header.contains("comment"), "no free-text column");
        assertFalse(csv.contains("Kari"), "no free text anywhere");
        Map<String, List<Double>> overallByRole = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            overallByRole.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(Double.parseDouble(cells[2]));
            assertEquals(cells[0].equals("other") ? "leadership;marketing" : "", cells[1], line);
        }
        // leadership 1 and marketing 2 are below 3: counted together as other (3); sales 3.
        assertEquals(List.of("sales", "other"), List.copyOf(overallByRole.keySet()));
        overallByRole.forEach((role, scores) -> assertEquals(3, scores.size(), role));
        List<Double> sales = overallByRole.get("sales");
        assertEquals(sales.stream().sorted().toList(), sales, "numeric order within a role");
        List<String> asText = sales.stream()
                .map(d -> String.format(java.util.Locale.ROOT, "%.1f", d))
                .sorted()
                .toList();
        assertNotEquals(
                asText,
                sales.stream()
                        .map(d -> String.format(java.util.Locale.ROOT, "%.1f", d))
                        .toList(),
                "these scores sort differently as text, so the order above is numeric: " + sales);
        assertTrue(vera.page("/consultant/workshops/" + id, 200)
                .select("#export-note")
                .text()
                .endsWith("In the export, “other” includes: Leadership, Marketing."));

        patch(id, "{\"closed\":false}");
        answer(id, "journey-ownership", "sales", best);
        assertEquals(csv, vera.req().get(path).asString(), "a pending answer is not exported");
    }

    @Test
    void aParticipantWhoAnsweredDontKnowToAWholeElementNeverBreaksAnyFormat() {
        long id = workshop("Unsure AS", "quick-check", 3);
        Map<String, Object> unsure = new HashMap<>(Answers.quickCheckCritical());
        unsure.put("value-drivers", "dont-know"); // with reports-not-acted and reallocation: all of data-to-decision
        unsure.put("reallocation", "dont-know");
        for (int i = 0; i < 3; i++) {
            answer(id, "quick-check", "sales", unsure);
        }
        patch(id, "{\"closed\":true}");
        patch(id, "{\"published\":true}");
        Client vera = new Client("10.9.0.3").login("vera", PASSWORD);
        String base = "/consultant/workshops/" + id;
        Response json = api().get("/api/v1/workshops/" + id + "/report");
        assertEquals(200, json.statusCode());
        assertEquals(
                false,
                json.jsonPath().getBoolean("report.elements.find { it.element == 'data-to-decision' }.enoughAnswers"));
        Document page = vera.page(base + "/report", 200);
        assertTrue(
                page.select("tr.not-enough").text().startsWith("From data to decision not enough answers"),
                page.select("main").text());
        Document nb = vera.page(base + "/report?lang=nb", 200);
        assertTrue(
                nb.select("tr.not-enough").text().contains("ikke nok svar"),
                nb.select("tr.not-enough").text());
        String pdf = pdfFigures(vera.req()
                .get(base + "/report.pdf")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray());
        assertTrue(pdf.contains("Not enough answers to show: 0 of at least 3 participants have a score here"), pdf);
        assertEquals(200, vera.req().get(base + "/report.json").statusCode());
        String csv = vera.req()
                .get(base + "/export.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        int column = List.of(csv.split("\r\n")[0].split(",")).indexOf("element:data-to-decision");
        assertEquals("", csv.split("\r\n")[1].split(",", -1)[column], "no score: an empty cell");
        String link = api().get("/api/v1/workshops/" + id)
                .jsonPath()
                .getString("teamReportUrl")
                .replaceAll(".*/t/", "/t/");
        assertEquals(200, given().get(link).statusCode());
        assertEquals(200, given().get(link + "?lang=nb").statusCode());
    }

    @Test
    void manyViewersAtOnceReleaseTheWaitingAnswersOnce() throws Exception {
        long id = workshop("Rush AS", "quick-check", 3);
        patch(id, "{\"closed\":true}");
        for (int i = 0; i < 6; i++) { // stored past the closed gate, so that the views below race to release them
            answer(id, "quick-check", i % 2 == 0 ? "sales" : "product", quick("neutral", i));
        }
        assertEquals(0, releasedAnswers(id));
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Integer>> views = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                views.add(() -> api().get("/api/v1/workshops/" + id + "/report")
                        .jsonPath()
                        .getInt("report.participants"));
            }
            for (Future<Integer> f : pool.invokeAll(views)) {
                assertEquals(6, f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(1, releaseTimes(id), "one batch");
    }

    @Transactional
    long releasedAnswers(long workshop) {
        return ResponseEntity.count("workshopId = ?1 and teamReleasedAt is not null", workshop);
    }

    @Transactional
    long releaseTimes(long workshop) {
        return ResponseEntity.getEntityManager()
                .createQuery(
                        "select count(distinct r.teamReleasedAt) from ResponseEntity r where r.workshopId = ?1",
                        Long.class)
                .setParameter(1, workshop)
                .getSingleResult();
    }

    @Test
    void userTextOnWorkshopPagesIsIsolatedAgainstRightToLeftOverrides() {
        String org = "Acme \u202Eevil";
        long id = api().contentType("application/json")
                .body(Map.of(
                        "organisation",
                        org,
                        "questionnaire",
                        "quick-check",
                        "anonymityThreshold",
                        1,
                        "roles",
                        List.of("sa\u202Eles")))
                .post("/api/v1/workshops")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        answer(id, "quick-check", "sa\u202Eles", quick("agree", 3));
        patch(id, "{\"closed\":true}");
        Client vera = new Client("10.9.0.4").login("vera", PASSWORD);
        for (String path : List.of("", "/report", "/present")) {
            Document d = vera.page("/consultant/workshops/" + id + path, 200);
            assertTrue(d.select("bdi").eachText().contains(org), path);
            assertTrue(d.select("h1").first().html().contains("<bdi>" + org + "</bdi>"), path);
        }
        Document report = vera.page("/consultant/workshops/" + id + "/report", 200);
        assertTrue(report.select(".groups bdi").eachText().contains("sa\u202Eles"));
        assertTrue(report.select("table.heat th bdi").eachText().contains("sa\u202Eles"));
        assertTrue(vera.page("/consultant", 200).select("td a bdi").eachText().contains(org));
    }
}
