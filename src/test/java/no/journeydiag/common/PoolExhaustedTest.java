package no.journeydiag.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import no.journeydiag.response.Answers;
import org.junit.jupiter.api.Test;

/** With every pooled connection taken, requests fail fast with 503 and stored data is untouched. */
@QuarkusTest
@TestProfile(PoolExhaustedTest.Profile.class)
class PoolExhaustedTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new java.util.HashMap<>(no.journeydiag.TestDatabase.isolated("pool_test"));
            config.putAll(Map.of(
                    "quarkus.datasource.jdbc.max-size",
                    "2",
                    "quarkus.datasource.jdbc.min-size",
                    "0",
                    "quarkus.datasource.jdbc.acquisition-timeout",
                    "1S"));
            return config;
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void aRequestThatCannotGetAConnectionGets503QuicklyAndTheServiceRecovers() throws Exception {
        String token = given().contentType("application/json")
                .body(Map.of("answers", Answers.quickCheckCritical()))
                .post("/api/v1/questionnaires/quick-check/responses")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        try (Connection a = dataSource.getConnection();
                Connection b = dataSource.getConnection()) {
            a.isValid(1);
            b.isValid(1);
            long start = System.nanoTime();
            Response r = given().get("/api/v1/results/" + token);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(503, r.statusCode(), r.asString());
            assertEquals("application/problem+json", r.contentType());
            assertEquals("5", r.getHeader("Retry-After"));
            assertTrue(millis < 4000, "fails fast, not a hang: " + millis + " ms");
            assertEquals(503, given().get("/r/" + token).statusCode(), "pages too");
        }
        assertEquals(200, given().get("/api/v1/results/" + token).statusCode(), "back once connections are free");
    }

    @Test
    void asManySubmissionsAsConnectionsAllSucceedEvenWhenTheyOpenNewHistogramBuckets() throws Exception {
        // Each pair starts together and scores into buckets no earlier submission used. Creating a
        // bucket's row must not need a second connection: two submissions each holding one and
        // waiting for another would both time out.
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                var start = new java.util.concurrent.CyclicBarrier(2);
                java.util.List<java.util.concurrent.Future<Integer>> statuses = new java.util.ArrayList<>();
                for (int weight : new int[] {round, 10 - round}) {
                    Map<String, Object> answers = new java.util.HashMap<>(Answers.journeyOwnershipBest());
                    answers.put("long-term-weight", weight);
                    statuses.add(pool.submit(() -> {
                        start.await();
                        return given().contentType("application/json")
                                .body(Map.of("answers", answers))
                                .post("/api/v1/questionnaires/journey-ownership/responses")
                                .statusCode();
                    }));
                }
                for (var status : statuses) {
                    assertEquals(201, status.get(), "round " + round);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
