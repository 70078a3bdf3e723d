package no.journeydiag.compare.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.account.service.ApiTokens;
import no.journeydiag.account.service.Consultant;
import no.journeydiag.response.Answers;
import no.journeydiag.response.persistence.ResponseEntity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * "How you compare" on a database of its own, with the threshold at 3 responses. Quick-check
 * answer sets: the critical one scores 15.3 overall (ResponseApiTest); better() scores higher.
 */
@QuarkusTest
@TestProfile(CompareTest.Profile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the threshold test needs the empty database
class CompareTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new java.util.HashMap<>(no.journeydiag.TestDatabase.isolated("compare_test"));
            config.put("diagnostic.compare.min-responses", "3");
            return config;
        }
    }

    @Inject
    Comparisons comparisons;

    static String submit(Map<String, Object> answers) {
        return given().contentType("application/json")
                .body(Map.of("answers", answers))
                .post("/api/v1/questionnaires/quick-check/responses")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
    }

    static Map<String, Object> better() {
        Map<String, Object> a = new HashMap<>(Answers.quickCheckCritical());
        a.put("value-drivers", "strongly-agree");
        a.put("owner-can-change", "strongly-agree");
        return a;
    }

    @Test
    @Order(1)
    void theComparisonAppearsAtTheThresholdAndPlacesEachResponseAmongAllOfThem() throws Exception {
        // Counts are per questionnaire version and this database starts empty.
        String first = submit(Answers.quickCheckCritical());
        JsonPath one = given().get("/api/v1/results/" + first).jsonPath();
        assertFalse(one.getBoolean("comparison.shown"));
        assertEquals(2, one.getInt("comparison.needed"), "3 needed, 1 so far");
        assertTrue(Jsoup.parse(given().get("/r/" + first).asString())
                .select("#compare")
                .text()
                .contains("2 more responses"));

        submit(Answers.quickCheckCritical());
        String top = submit(better());
        JsonPath low = given().get("/api/v1/results/" + first).jsonPath();
        assertTrue(low.getBoolean("comparison.shown"));
        assertEquals(3, low.getInt("comparison.responses"));
        // overall scores: 15.3, 15.3 and a higher one. For 15.3: (0 below + 2 equal / 2) / 3 = 33.3 %.
        assertEquals(33.3f, low.getFloat("comparison.overall.percentile"));
        assertEquals(15.3f, low.getFloat("comparison.overall.median"), "nearest rank 2 of 3");
        JsonPath high = given().get("/api/v1/results/" + top).jsonPath();
        // the top one: (2 below + 1/2) / 3 = 83.3 %
        assertEquals(83.3f, high.getFloat("comparison.overall.percentile"));
        assertEquals(15.3f, high.getFloat("comparison.overall.q1"));
        Document page = Jsoup.parse(given().get("/r/" + top).asString());
        assertEquals(
                "Your overall score is higher than 83 % of the 3 responses so far.",
                page.select("#compare").first().ownText());
        assertFalse(page.select("svg.chart rect[stroke-dasharray]").isEmpty(), "the peers' band is drawn");
    }

    @Test
    @Order(2)
    void concurrentSubmissionsLoseNoCount() throws Exception {
        long before = comparisons
                .histograms("quick-check", "2.2")
                .getOrDefault(Comparisons.OVERALL, Histogram.empty())
                .total();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> done = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            done.add(pool.submit(() -> submit(Answers.quickCheckCritical())));
        }
        for (Future<String> f : done) {
            f.get();
        }
        pool.shutdown();
        Histogram after = comparisons.histograms("quick-check", "2.2").get(Comparisons.OVERALL);
        assertEquals(before + 40, after.total(), "every one of 40 concurrent responses counted once");
    }

    @Inject
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens apiTokens;

    static String adminToken;
    static String consultantToken;

    /** Every histogram row, as "questionnaire version metric bucket=n" lines in key order. */
    @Transactional
    List<String> rows() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT questionnaire, version, segment, metric, bucket, n FROM score_histogram "
                                + "WHERE n > 0 ORDER BY questionnaire, version, segment, metric, bucket")
                .getResultList();
        return rows.stream()
                .map(r -> r[0] + " " + r[1] + " [" + r[2] + "] " + r[3] + " " + r[4] + "=" + r[5])
                .toList();
    }

    /** Stored responses that count among the peers (test ones do not). */
    @Transactional
    long stored() {
        return ResponseEntity.count("testOnly", false);
    }

    String token(String role) {
        if (adminToken == null) {
            var admin = accounts.accounts().stream()
                    .filter(a -> a.username().equals("admin"))
                    .findFirst()
                    .orElseThrow();
            adminToken = apiTokens.create(
                    new Consultant(admin.id(), admin.username(), admin.displayName(), true), "rebuild");
            accounts.create("carol", "Carol Consultant", "carol-password-long", "consultant");
            var carol = accounts.accounts().stream()
                    .filter(a -> a.username().equals("carol"))
                    .findFirst()
                    .orElseThrow();
            consultantToken =
                    apiTokens.create(new Consultant(carol.id(), carol.username(), carol.displayName(), false), "x");
        }
        return role.equals("admin") ? adminToken : consultantToken;
    }

    JsonPath rebuild() {
        return given().header("Authorization", "Bearer " + token("admin"))
                .post("/api/v1/admin/histograms/rebuild")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    long overallTotal() {
        return comparisons
                .histograms("quick-check", "2.2")
                .getOrDefault(Comparisons.OVERALL, Histogram.empty())
                .total();
    }

    @Test
    @Order(3)
    void rebuildingFromTheStoredResponsesGivesExactlyTheCountsKeptIncrementally() {
        submit(better());
        submit(Answers.quickCheckCritical());
        List<String> incremental = rows();
        JsonPath rebuilt = rebuild();
        assertEquals(stored(), rebuilt.getLong("responses"), "every stored response counted");
        assertEquals(incremental, rows());
        // quick-check 2.0 scores 4 elements and overall: 5 histograms, all of this one questionnaire version
        assertEquals(5, rebuilt.getInt("histograms"));
    }

    @Test
    @Order(4)
    void aDeletedResponseLeavesTheFiguresAtOnceAsARebuildWould() {
        String token = submit(Answers.quickCheckCritical());
        long with = overallTotal();
        given().delete("/api/v1/results/" + token).then().statusCode(204);
        assertEquals(with - 1, overallTotal(), "the delete page says the answers are gone: the count goes with them");
        List<String> afterDelete = rows();
        rebuild();
        assertEquals(afterDelete, rows(), "the same counts a rebuild from the stored responses gives");
    }

    @Test
    @Order(5)
    void aRebuildWhileSubmissionsContinueLosesNothingAndCountsNothingTwice() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> done = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            done.add(pool.submit(() -> submit(Answers.quickCheckCritical())));
            if (i % 20 == 10) {
                done.add(pool.submit(this::rebuild));
            }
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        assertEquals(stored(), overallTotal(), "one count per stored response");
        List<String> incremental = rows();
        rebuild();
        assertEquals(incremental, rows());
    }

    @Test
    void onlyAnAdminMayRebuild() {
        given().post("/api/v1/admin/histograms/rebuild").then().statusCode(401);
        given().header("Authorization", "Bearer " + token("consultant"))
                .post("/api/v1/admin/histograms/rebuild")
                .then()
                .statusCode(403);
    }

    @Test
    @Order(6)
    void aTestResponseIsReportedButNotCountedAmongThePeers() {
        long before = overallTotal();
        String token = given().contentType("application/json")
                .body(Map.of("answers", better(), "test", true))
                .post("/api/v1/questionnaires/quick-check/responses")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        JsonPath report = given().get("/api/v1/results/" + token).jsonPath();
        assertEquals(before, report.getLong("comparison.responses"), "compared with the others, not with itself");
        assertEquals(before, overallTotal());
        rebuild();
        assertEquals(before, overallTotal(), "a rebuild leaves it out too");
        given().contentType("application/json")
                .body(Map.of("answers", better(), "test", "yes"))
                .post("/api/v1/questionnaires/quick-check/responses")
                .then()
                .statusCode(400);
    }

    static String submitJourney(String size) {
        Map<String, Object> a = new HashMap<>(Answers.journeyOwnershipBest());
        if (size != null) {
            a.put("organisation-size", size);
        }
        return submit("journey-ownership", a);
    }

    static String submit(String questionnaire, Map<String, Object> answers) {
        return given().contentType("application/json")
                .body(Map.of("answers", answers))
                .post("/api/v1/questionnaires/" + questionnaire + "/responses")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
    }

    @Test
    @Order(7)
    void takersAlsoCompareWithTheirSegmentOnceItHasEnoughResponses() {
        String small = submitJourney("under-50");
        submitJourney(null); // no size given: counts for everyone, in no segment
        submitJourney("50-249");
        submitJourney("50-249");
        String mid = submitJourney("50-249");

        JsonPath m = given().get("/api/v1/results/" + mid).jsonPath();
        assertTrue(m.getBoolean("comparison.shown"));
        assertEquals(5, m.getInt("comparison.responses"), "everyone of this version");
        assertEquals(1, m.getList("comparison.segments").size(), "industry was not answered");
        assertEquals("organisation-size", m.getString("comparison.segments[0].question"));
        assertEquals("50-249", m.getString("comparison.segments[0].value"));
        assertEquals("50 to 249", m.getString("comparison.segments[0].label"));
        assertTrue(m.getBoolean("comparison.segments[0].shown"));
        assertEquals(3, m.getInt("comparison.segments[0].responses"));
        // three equal scores: (0 below + 3 equal / 2) / 3 = 50 %
        assertEquals(50.0f, m.getFloat("comparison.segments[0].overall.percentile"));
        assertEquals(
                "Among those who answered “50 to 249” (3 responses), your overall score is higher than 50 %.",
                Jsoup.parse(given().get("/r/" + mid).asString())
                        .select(".compare-segment")
                        .text());

        JsonPath s = given().get("/api/v1/results/" + small).jsonPath();
        assertFalse(s.getBoolean("comparison.segments[0].shown"));
        assertEquals(2, s.getInt("comparison.segments[0].needed"), "3 needed, 1 so far");
        // one comparison sentence on the page: a segment still short of responses adds none (the API says how many)
        assertTrue(Jsoup.parse(given().get("/r/" + small + "?lang=nb").asString())
                .select(".compare-segment")
                .isEmpty());

        List<String> incremental = rows();
        rebuild();
        assertEquals(incremental, rows(), "segments rebuild to the same counts");
    }

    @Test
    @Order(8)
    void aSegmentAnswerThatIsNotAnOptionIsRefusedAndCountsNowhere() {
        List<String> before = rows();
        Map<String, Object> a = new HashMap<>(Answers.journeyOwnershipBest());
        a.put("organisation-size", "enormous");
        given().contentType("application/json")
                .body(Map.of("answers", a))
                .post("/api/v1/questionnaires/journey-ownership/responses")
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("answers.organisation-size"));
        assertEquals(before, rows());
    }
}
