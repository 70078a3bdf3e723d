package no.journeydiag.compare;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import no.journeydiag.response.Answers;

/**
 * "How you compare" on a database of its own, with the threshold at 3 responses. Quick-check
 * answer sets: the critical one scores 25.7 overall; with named-owner yes it scores higher.
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
        return given().contentType("application/json").body(Map.of("answers", answers))
                .post("/api/v1/questionnaires/quick-check/responses").then().statusCode(201).extract().path("token");
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
        assertTrue(Jsoup.parse(given().get("/r/" + first).asString()).select("#compare").text().contains("2 more responses"));

        submit(Answers.quickCheckCritical());
        String top = submit(better());
        JsonPath low = given().get("/api/v1/results/" + first).jsonPath();
        assertTrue(low.getBoolean("comparison.shown"));
        assertEquals(3, low.getInt("comparison.responses"));
        // overall scores: 25.7, 25.7 and a higher one. For 25.7: (0 below + 2 equal / 2) / 3 = 33.3 %.
        assertEquals(33.3f, low.getFloat("comparison.overall.percentile"));
        assertEquals(25.7f, low.getFloat("comparison.overall.median"), "nearest rank 2 of 3");
        JsonPath high = given().get("/api/v1/results/" + top).jsonPath();
        // the top one: (2 below + 1/2) / 3 = 83.3 %
        assertEquals(83.3f, high.getFloat("comparison.overall.percentile"));
        assertEquals(25.7f, high.getFloat("comparison.overall.q1"));
        Document page = Jsoup.parse(given().get("/r/" + top).asString());
        assertEquals("Your overall score is higher than 83 % of the 3 responses so far.", page.select("#compare").first().ownText());
        assertFalse(page.select("svg.chart rect[stroke-dasharray]").isEmpty(), "the peers' band is drawn");
    }

    @Test
    @Order(2)
    void concurrentSubmissionsLoseNoCount() throws Exception {
        long before = comparisons.histograms("quick-check", "1.1").getOrDefault(Comparisons.OVERALL, Histogram.empty()).total();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<String>> done = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            done.add(pool.submit(() -> submit(Answers.quickCheckCritical())));
        }
        for (Future<String> f : done) {
            f.get();
        }
        pool.shutdown();
        Histogram after = comparisons.histograms("quick-check", "1.1").get(Comparisons.OVERALL);
        assertEquals(before + 40, after.total(), "every one of 40 concurrent responses counted once");
    }
}
