package no.journeydiag;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import no.journeydiag.response.Answers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The team report PDF from the packaged jar: it failed there with a 500 (xml-apis in lib/main
 * shadowed the JDK's XML parser factory) while the same code passed inside the test harness.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = PackagedJarResource.class, restrictToAnnotatedClass = true)
class TeamPdfIT {

    @Test
    void theTeamReportPdfOfThePackagedJarOpensWithItsCoverInTheBundledFont() throws Exception {
        String base = "http://localhost:" + RestAssured.port;
        FormBrowser consultant = new FormBrowser(base).login("admin", PackagedJarResource.ADMIN_PASSWORD);
        consultant.page("/consultant/workshops/new");
        String workshop = FormBrowser.location(consultant.post(
                "/consultant/workshops",
                Map.of(
                        "organisation",
                        "Fjordkraft Pilot AS",
                        "questionnaire",
                        "quick-check",
                        "anonymityThreshold",
                        "2")));
        String link = consultant.page(workshop).select("#join-link").attr("value");
        String code = link.substring(link.lastIndexOf('/') + 1);
        for (String role : new String[] {"sales", "sales", "marketing"}) {
            FormBrowser p = new FormBrowser(base);
            p.page("/w/" + code);
            String step = FormBrowser.location(p.post("/w/" + code + "/start", Map.of("role", role)));
            Map<String, String> answers = new LinkedHashMap<>();
            answers.putAll(Answers.quickCheckCriticalForm());
            p.page(step);
            FormBrowser.location(p.post(step, answers));
            assertThat(FormBrowser.location(p.post(step.replaceAll("/\\d+$", "/submit"), Map.of())))
                    .startsWith("/r/");
        }
        consultant.page(workshop);
        FormBrowser.location(consultant.post(workshop + "/close", Map.of()));

        HttpResponse<byte[]> pdf = consultant.getBytes(workshop + "/report.pdf");
        assertThat(pdf.statusCode()).as(new String(pdf.body())).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertThat(doc.getNumberOfPages()).isPositive();
            assertThat(new PDFTextStripper().getText(doc)).contains("Fjordkraft Pilot AS");
            // the cover, and the bundled font read from the jar's classpath
            PDFTextStripper cover = new PDFTextStripper();
            cover.setEndPage(1);
            assertThat(cover.getText(doc)).contains("Fjordkraft Pilot AS", "3 participants");
            var resources = doc.getPage(0).getResources();
            java.util.List<String> fonts = new java.util.ArrayList<>();
            for (var name : resources.getFontNames()) {
                fonts.add(resources.getFont(name).getName());
            }
            assertThat(fonts).anyMatch(f -> f.contains("DejaVuSans"));
        }
    }
}
