package no.journeydiag.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.journeydiag.response.Answers;
import org.junit.jupiter.api.Test;

/** /q/metrics as Prometheus scrapes it: the service's own figures, HTTP by route template, the pool and the JVM. */
@QuarkusTest
class MetricsTest {

    static final String STORED = "diagnostic_responses_stored_total{kind=\"public\",questionnaire=\"quick-check\"}";

    static String scrape() {
        return given().accept("text/plain")
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /** The value of one sample line, 0 when the series does not exist yet. */
    static double value(String scrape, String series) {
        // The Prometheus text format allows a comma after the last label; this registry writes one.
        Matcher m =
                Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(scrape.replace(",} ", "} "));
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    static String submit() {
        return given().contentType("application/json")
                .body(Map.of("answers", Answers.quickCheckCritical()))
                .post("/api/v1/questionnaires/quick-check/responses")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
    }

    @Test
    void aStoredResponseIsCountedOnceAndItsRouteIsTimedByTemplate() {
        double before = value(scrape(), STORED);
        String token = submit();
        given().get("/api/v1/results/" + token).then().statusCode(200);

        String after = scrape();
        assertThat(value(after, STORED)).isEqualTo(before + 1);
        // Timed by the route's template: no questionnaire id or report token in a label.
        assertThat(after)
                .contains("uri=\"/api/v1/questionnaires/{id}/responses\"")
                .contains("uri=\"/api/v1/results/{token}\"")
                .doesNotContain(token);
    }

    @Test
    void theScrapeHasThePoolTheJvmAndTheOutboxGauges() {
        assertThat(scrape())
                .contains("agroal_active_count")
                .contains("jvm_memory_used_bytes")
                .contains("diagnostic_webhook_outbox_pending")
                .contains("diagnostic_webhook_outbox_oldest_pending_seconds");
    }

    @Test
    void aSubmissionIsCountedInItsGroupCommitAndASecondReportViewIsServedFromKeptBytes() {
        String before = scrape();
        String token = submit();
        given().get("/r/" + token).then().statusCode(200); // rendered: a miss
        given().get("/r/" + token).then().statusCode(200); // the kept bytes: a hit

        String after = scrape();
        // one batch (of one, or more with other tests' submissions) and its flush timed
        assertThat(value(after, "diagnostic_submissions_batch_size_count"))
                .isGreaterThanOrEqualTo(value(before, "diagnostic_submissions_batch_size_count") + 1);
        assertThat(value(after, "diagnostic_submissions_batch_size_sum"))
                .isGreaterThanOrEqualTo(value(before, "diagnostic_submissions_batch_size_sum") + 1);
        assertThat(value(after, "diagnostic_submissions_flush_seconds_count"))
                .isGreaterThanOrEqualTo(value(before, "diagnostic_submissions_flush_seconds_count") + 1);
        String miss = "diagnostic_report_cache_total{result=\"miss\"}";
        String hit = "diagnostic_report_cache_total{result=\"hit\"}";
        assertThat(value(after, miss)).isEqualTo(value(before, miss) + 1);
        assertThat(value(after, hit)).isEqualTo(value(before, hit) + 1);
    }
}
