package no.journeydiag.lead;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.journeydiag.account.service.PartnerKeys;
import no.journeydiag.attribution.MarketingProfile;
import no.journeydiag.response.Answers;
import no.journeydiag.workshop.Client;
import org.junit.jupiter.api.Test;

/** The hidden fields a lead's response came with reach the lead CSV (formula-safe) and the partner leads feed. */
@QuarkusTest
@TestProfile(MarketingProfile.class)
class LeadHiddenFieldsTest {

    @Inject
    PartnerKeys partnerKeys;

    @Test
    void aLeadsHiddenFieldsAreColumnsOfTheCsvAndAMapInTheFeed() {
        String email = "hedda." + System.nanoTime() + "@example.no";
        String token = given().contentType("application/json")
                .body(Map.of(
                        "answers",
                        Answers.quickCheckCritical(),
                        "hidden",
                        Map.of("utm_source", "=HYPERLINK(1)", "utm_campaign", "spring-2026")))
                .post("/api/v1/questionnaires/site-check/responses")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        given().contentType("application/json")
                .body(Map.of("email", email, "consent", true))
                .post("/api/v1/results/" + token + "/lead")
                .then()
                .statusCode(201);

        String csv = new Client()
                .login("admin", "test-admin-password")
                .req()
                .get("/consultant/leads/export.csv?questionnaire=site-check")
                .asString();
        List<String> header =
                Arrays.asList(csv.lines().findFirst().orElseThrow().split(","));
        List<String> row = Arrays.asList(csv.lines()
                .filter(l -> l.contains(email))
                .findFirst()
                .orElseThrow()
                .split(",", -1));
        assertThat(header).contains("report_url", "hidden:utm_source", "hidden:utm_campaign");
        // A value that starts with = is neutralised with a leading apostrophe (common/Csv).
        assertThat(row.get(header.indexOf("hidden:utm_source"))).isEqualTo("'=HYPERLINK(1)");
        assertThat(row.get(header.indexOf("hidden:utm_campaign"))).isEqualTo("spring-2026");
        assertThat(row.get(header.indexOf("report_url"))).isEqualTo("https://diagnostic.example.com/r/" + token);

        String key = partnerKeys.create("hidden-feed", List.of("site-check"), Set.of("site-check", "quick-check"));
        JsonPath feed = given().header("Authorization", "Bearer " + key)
                .get("/api/v1/leads?questionnaire=site-check&limit=500")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, String> hidden = feed.getMap("items.find { it.email == '" + email + "' }.hidden");
        assertThat(hidden)
                .containsExactly(Map.entry("utm_source", "=HYPERLINK(1)"), Map.entry("utm_campaign", "spring-2026"));
    }
}
