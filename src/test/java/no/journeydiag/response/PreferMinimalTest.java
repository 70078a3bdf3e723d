package no.journeydiag.response;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Prefer: return=minimal (RFC 7240) on a submission: stored the same, answered with the token alone. */
@QuarkusTest
class PreferMinimalTest {

    static Response submit(String... headers) {
        var request = given().contentType("application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return request.body(Map.of("answers", Answers.quickCheckCritical()))
                .post("/api/v1/questionnaires/quick-check/responses");
    }

    @Test
    void aMinimalAnswerHasTheLocationAndTheTokenOnlyAndTheResultIsStored() {
        Response r = submit("Prefer", "respond-async, return=minimal");
        assertThat(r.statusCode()).isEqualTo(201);
        assertThat(r.header("Preference-Applied")).isEqualTo("return=minimal");
        String token = r.path("token");
        assertThat(r.header("Location")).endsWith("/api/v1/results/" + token);
        assertThat(r.jsonPath().getMap("$")).containsOnlyKeys("token");
        // The stored result is the full one: 15.3 overall, as worked out in ResponseApiTest.
        assertThat(given().get("/api/v1/results/" + token)
                        .then()
                        .statusCode(200)
                        .extract()
                        .<Float>path("overall.score"))
                .isEqualTo(15.3f);
    }

    @Test
    void withoutThePreferenceOrWithAnotherTheFullResultIsTheAnswer() {
        for (Response r :
                new Response[] {submit(), submit("Prefer", "return=representation"), submit("Prefer", ";;,")}) {
            assertThat(r.statusCode()).isEqualTo(201);
            assertThat(r.header("Preference-Applied")).isNull();
            assertThat(r.jsonPath().getMap("$")).containsKeys("token", "overall", "elements");
        }
    }

    @Test
    void aReplayedKeyHonoursThePreferenceOfTheRetry() {
        String key = "prefer-minimal-" + System.nanoTime();
        Response first = submit("Idempotency-Key", key);
        Response again = submit("Idempotency-Key", key, "Prefer", "return=minimal");
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(again.header("Idempotency-Replayed")).isEqualTo("true");
        assertThat(again.jsonPath().getMap("$")).containsOnlyKeys("token");
        assertThat(again.<String>path("token")).isEqualTo(first.path("token"));
    }
}
