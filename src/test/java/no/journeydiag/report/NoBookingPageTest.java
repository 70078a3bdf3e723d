package no.journeydiag.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import no.journeydiag.response.Answers;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The shipped calls to action lead to ${booking-url}: with no booking page or contact address, none is shown. */
@QuarkusTest
@TestProfile(NoBookingPageTest.Unconfigured.class)
class NoBookingPageTest {

    public static class Unconfigured implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("diagnostic.branding.booking-url", "", "diagnostic.branding.contact-url", "");
        }
    }

    @Test
    void theReportOffersNoNextStepAndItsClickLinkIsA404() {
        String token = ReportDesignTest.submit("quick-check", "en", Answers.quickCheckCritical());
        Document doc = ReportDesignTest.page("/r/" + token);

        assertThat(doc.select("#next-step")).isEmpty();
        assertThat(doc.select("#priorities-h")).hasSize(1); // the report itself is whole
        assertThat(doc.text()).doesNotContain("${booking-url}");
        assertThat(given().redirects()
                        .follow(false)
                        .get("/r/" + token + "/next?offer=band:critical")
                        .statusCode())
                .isEqualTo(404);
        assertThat(given().get("/api/v1/results/" + token).jsonPath().getString("nextStep"))
                .isNull();
    }
}
