package no.journeydiag;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import no.journeydiag.response.Answers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The personal report's PDF from the packaged jar: its fonts and SVG renderer must be on that classpath too. */
@QuarkusIntegrationTest
@QuarkusTestResource(value = ReportPdfIT.WithBookingPage.class, restrictToAnnotatedClass = true)
class ReportPdfIT {

    /** The shipped calls to action lead to ${booking-url}. */
    public static class WithBookingPage extends PackagedJarResource {
        @Override
        public Map<String, String> start() {
            Map<String, String> config = new java.util.HashMap<>(super.start());
            config.put("diagnostic.branding.booking-url", "https://example.com/book");
            return config;
        }
    }

    @Test
    void theReportPdfOfThePackagedJarCarriesTheVerdictTheNextStepAndItsOwnLink() throws Exception {
        String base = "http://localhost:" + RestAssured.port;
        String token = RestAssured.given()
                .contentType("application/json")
                .body(Map.of("locale", "nb", "answers", Answers.quickCheckCritical()))
                .post(base + "/api/v1/questionnaires/quick-check/responses")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/r/" + token + ".pdf"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).as(new String(pdf.body())).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            // overall (11.11 + 16.67 + 25 + 8.33) / 4 = 15.3, critical (ResponseApiTest)
            assertThat(text)
                    .contains("15,3", "Kritisk", "Her mangler eierskapet.")
                    .contains("Begynn med hullet som koster mest")
                    .contains("https://example.com/book?topic=critical")
                    .contains("/r/" + token);
            assertThat(text).doesNotContain("Kopier lenken");
        }
    }
}
