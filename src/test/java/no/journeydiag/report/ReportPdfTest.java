package no.journeydiag.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import no.journeydiag.response.Answers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** /r/{token}.pdf: the report's content in the reader's language, with its link; unknown tokens are a 404. */
@QuarkusTest
class ReportPdfTest {

    @Test
    void thePdfSaysWhatThePageSaysInEnglishWithTheLinkOnEveryPage() throws Exception {
        String token = ReportDesignTest.submit("quick-check", "en", Answers.quickCheckCritical());
        Response r = given().get("/r/" + token + ".pdf");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.getHeader("X-Robots-Tag")).isEqualTo("noindex, nofollow");
        try (PDDocument doc = Loader.loadPDF(r.asByteArray())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text)
                    .contains("15.3", "Critical", "Ownership is missing here.")
                    .contains("Start with the gap that costs most")
                    .contains("Book a free conversation: https://example.com/book?topic=critical");
            // the footer with the link is on every page
            int pages = doc.getNumberOfPages();
            assertThat(text.split("/r/" + token, -1)).hasSizeGreaterThan(pages);
        }
        assertThat(given().get("/r/" + token).asString()).contains("href=\"/r/" + token + ".pdf\"");
    }

    @Test
    void aDeletedReportsPdfIsGoneLikeItsPageInTheReadersLanguage() {
        String token = ReportDesignTest.submit("quick-check", "nb", Answers.quickCheckCritical());
        given().delete("/api/v1/results/" + token).then().statusCode(204);

        Response gone = given().header("Accept-Language", "nb").get("/r/" + token + ".pdf");

        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(gone.getContentType()).startsWith("text/html");
        assertThat(org.jsoup.Jsoup.parse(gone.asString()).select("#gone").text())
                .startsWith("Denne rapporten ble slettet av noen som hadde lenken.");
    }

    @Test
    void anUnknownTokenIsA404() {
        assertThat(given().get("/r/" + "A".repeat(43) + ".pdf").statusCode()).isEqualTo(404);
    }
}
