package no.journeydiag.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.journeydiag.TestDatabase;
import no.journeydiag.response.Answers;
import no.journeydiag.response.persistence.ResponseEntity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * PostgreSQL going away for a few seconds: requests fail with 503 while it is gone, nothing
 * half-written is left, and the service recovers by itself when it is back. Needs a server to
 * cut off, so it runs in the postgresql profile only (which CI runs).
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.Profile.class)
@EnabledIfSystemProperty(named = "journeydiag.test.pg-url", matches = ".+", disabledReason = "needs -Ppostgresql")
class DatabaseOutageTest {

    static FlakyLink link;

    /** Where the link listens; fixed, because the profile's overrides are read before the link starts. */
    static final int LINK_PORT = 48000 + (int) (ProcessHandle.current().pid() % 1000);

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(TestDatabase.isolated("outage_test"));
            String url = config.get("quarkus.datasource.jdbc.url")
                    .replaceFirst("//[^/]+/", "//127.0.0.1:" + LINK_PORT + "/");
            config.put("quarkus.datasource.jdbc.url", url);
            config.put("quarkus.datasource.jdbc.acquisition-timeout", "2S");
            config.put("quarkus.datasource.jdbc.login-timeout", "2S");
            return config;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(Link.class));
        }
    }

    /** Starts the link before the app, which migrates through it at start-up. */
    public static class Link implements QuarkusTestResourceLifecycleManager {
        @Override
        public Map<String, String> start() {
            URI db = URI.create(TestDatabase.pgUrl().substring("jdbc:".length()));
            try {
                link = new FlakyLink(LINK_PORT, db.getHost(), db.getPort() < 0 ? 5432 : db.getPort());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return Map.of();
        }

        @Override
        public void stop() {
            try {
                link.close();
            } catch (java.io.IOException ignored) {
                // the test is over
            }
        }
    }

    @Transactional
    long stored() {
        return ResponseEntity.count();
    }

    static Response submit() {
        return given().contentType("application/json")
                .body(Map.of("answers", Answers.quickCheckCritical()))
                .post("/api/v1/questionnaires/quick-check/responses");
    }

    @Test
    void whileTheDatabaseIsGoneRequestsGet503AndTheServiceRecoversWhenItIsBack() throws Exception {
        String before = submit().then().statusCode(201).extract().path("token");
        assertEquals(1, stored());

        link.cut();
        long start = System.nanoTime();
        Response during = submit();
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(503, during.statusCode(), during.asString());
        assertEquals("application/problem+json", during.contentType());
        assertTrue(millis < 10_000, "fails within the timeouts, not a hang: " + millis + " ms");
        assertEquals(503, given().get("/r/" + before).statusCode(), "pages too");

        link.restore();
        // The pool drops the connections that died with the link; within a few tries requests succeed again.
        int[] status = {0};
        org.awaitility.Awaitility.await("a submission succeeds after the database came back")
                .atMost(java.time.Duration.ofSeconds(10))
                .pollInterval(java.time.Duration.ofMillis(250))
                .until(() -> {
                    status[0] = submit().statusCode();
                    if (status[0] != 201) {
                        assertEquals(503, status[0], "while recovering, still a 503, never a 500");
                    }
                    return status[0] == 201;
                });
        assertEquals(201, status[0], "recovered after the database came back");
        assertEquals(2, stored(), "the submission made during the outage left nothing behind");
        assertEquals(200, given().get("/api/v1/results/" + before).statusCode());
    }
}
