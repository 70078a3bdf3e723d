package no.journeydiag.response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.journeydiag.response.persistence.ResponseEntity;
import org.junit.jupiter.api.Test;

/** A retried submission with the same Idempotency-Key finds the response the first one made. */
@QuarkusTest
class IdempotencyKeyTest {

    static Response submit(String key, Map<String, Object> answers) {
        var r = given().contentType(ContentType.JSON).body(Map.of("locale", "en", "answers", answers));
        if (key != null) {
            r = r.header("Idempotency-Key", key);
        }
        return r.post("/api/v1/questionnaires/quick-check/responses");
    }

    @Transactional
    long withKey(String key) {
        return ResponseEntity.count("idempotencyKey", key);
    }

    @Test
    void aRetryWithTheSameKeyAndBodyGetsTheFirstResultAndStoresNothingNew() {
        String key = UUID.randomUUID().toString();
        Response first = submit(key, Answers.quickCheckCritical());
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.header("Idempotency-Replayed")).isNull();

        // The same answers in another order are the same request.
        Map<String, Object> reordered = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
        reordered.putAll(Answers.quickCheckCritical());
        Response retry = submit(key, reordered);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.jsonPath().getString("token"))
                .isEqualTo(first.jsonPath().getString("token"));
        assertThat(withKey(key)).isOne();
    }

    @Test
    void theSameKeyWithOtherAnswersIs422AndStoresNothing() {
        String key = UUID.randomUUID().toString();
        assertThat(submit(key, Answers.quickCheckCritical()).statusCode()).isEqualTo(201);
        Map<String, Object> other = new HashMap<>(Answers.quickCheckCritical());
        other.put("initiative-model", "operating-model");
        Response r = submit(key, other);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.contentType()).startsWith("application/problem+json");
        assertThat(r.jsonPath().getString("errors[0].field")).isEqualTo("Idempotency-Key");
        assertThat(withKey(key)).isOne();
    }

    @Test
    void anUnusableKeyIs400NamingTheHeader() {
        for (String bad : List.of("has space", "x".repeat(256), "ünïcode")) {
            Response r = given().contentType(ContentType.JSON)
                    .header("Idempotency-Key", bad)
                    .body(Map.of("answers", Answers.quickCheckCritical()))
                    .post("/api/v1/questionnaires/quick-check/responses");
            assertThat(r.statusCode()).as("key '" + bad + "'").isEqualTo(400);
            assertThat(r.jsonPath().getString("errors[0].field")).isEqualTo("Idempotency-Key");
        }
    }

    @Test
    void racingRetriesWithOneKeyMakeOneResponse() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Response>> same = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                same.add(() -> submit(key, Answers.quickCheckCritical()));
            }
            List<String> tokens = new ArrayList<>();
            for (Future<Response> f : pool.invokeAll(same)) {
                assertThat(f.get().statusCode()).as(f.get().asString()).isEqualTo(201);
                tokens.add(f.get().jsonPath().getString("token"));
            }
            assertThat(tokens).as("every racer gets the one stored result").containsOnly(tokens.get(0));
            assertThat(withKey(key)).isOne();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withoutAKeyEverySubmissionIsANewResponse() {
        String a = submit(null, Answers.quickCheckCritical()).jsonPath().getString("token");
        String b = submit(null, Answers.quickCheckCritical()).jsonPath().getString("token");
        assertThat(a).isNotEqualTo(b);
    }
}
