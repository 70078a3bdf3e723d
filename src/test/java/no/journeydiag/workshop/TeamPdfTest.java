package no.journeydiag.workshop;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.account.service.ApiTokens;
import no.journeydiag.common.web.Formats;
import no.journeydiag.response.Answers;
import no.journeydiag.response.service.AnswerReader;
import no.journeydiag.response.service.ResponseService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The team report PDF: a branded cover in the report's language, and no page that ends with a heading. */
@QuarkusTest
@TestProfile(TeamPdfTest.Branded.class)
class TeamPdfTest {

    public static class Branded implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "diagnostic.branding.name", "Nordlys Rådgivning",
                    "diagnostic.branding.logo-url", "/brand/pdf-logo.png");
        }
    }

    static final String PASSWORD = "correct horse battery";
    static String token;
    static long workshop;

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens apiTokens;

    @Inject
    ResponseService responses;

    /** 25 participants in six functions (3+5+4+4+5+4); marketing answers best, the rest disagree with the positives. */
    @BeforeEach
    void closedWorkshopOf25() {
        if (token != null) {
            return;
        }
        accounts.create("petra", "Petra Pdf", PASSWORD, "consultant");
        token = ConsultantTokens.of(accounts, apiTokens, "petra", "test");
        var r = given().header("Authorization", "Bearer " + token)
                .contentType("application/json")
                .body("{\"organisation\":\"Fjordlys Energi AS\",\"questionnaire\":\"journey-ownership\","
                        + "\"anonymityThreshold\":3}")
                .post("/api/v1/workshops");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
        workshop = r.jsonPath().getLong("id");
        Map<String, Integer> sizes = Map.of(
                "leadership", 3, "marketing", 5, "sales", 4, "product", 4, "customer service", 5, "operations", 4);
        for (var size : sizes.entrySet()) {
            for (int i = 0; i < size.getValue(); i++) {
                Map<String, Object> a = new HashMap<>(Answers.journeyOwnershipBest());
                if (!size.getKey().equals("marketing")) {
                    a.replaceAll((k, v) -> "strongly-agree".equals(v) ? "disagree" : v);
                    a.put("lead-leave", "no-one");
                }
                responses.submit("journey-ownership", "en", a, AnswerReader.Hidden.REJECT, workshop, size.getKey());
            }
        }
        assertThat(given().header("Authorization", "Bearer " + token)
                        .contentType("application/json")
                        .body("{\"closed\":true}")
                        .patch("/api/v1/workshops/" + workshop)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void theCoverNamesTheOrganisationTheDateTheParticipantsAndTheConsultancyWithItsLogo() throws IOException {
        Client petra = new Client("10.9.7.1").login("petra", PASSWORD);
        for (String lang : List.of("en", "nb")) {
            String today = Formats.date(OffsetDateTime.now(), lang);
            try (PDDocument doc = pdf(petra, lang)) {
                String cover = text(doc, 1);
                assertThat(cover)
                        .as(lang)
                        .contains("Nordlys Rådgivning", "Fjordlys Energi AS")
                        .contains(lang.equals("en") ? "25 participants" : "25 deltakere")
                        .contains(lang.equals("en") ? "Team report" : "Teamrapport")
                        .contains(today);
                assertThat(cover).as("the report itself starts on page 2").doesNotContain("Fjordlys Energi AS:");
                assertThat(imagesOn(doc, 0)).as("the logo on the cover").isEqualTo(1);
                java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
                javax.imageio.ImageIO.write( // for a look by eye
                        new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 50),
                        "png",
                        java.nio.file.Path.of("target/screenshots/team-pdf-cover-" + lang + ".png")
                                .toFile());
            }
        }
    }

    @Test
    void noPageEndsWithAHeadingInEitherLanguage() throws IOException {
        Client petra = new Client("10.9.7.2").login("petra", PASSWORD);
        for (String lang : List.of("en", "nb")) {
            Set<String> headings =
                    Set.copyOf(petra.page("/consultant/workshops/" + workshop + "/report?lang=" + lang, 200)
                            .select("main h2, main h3")
                            .eachText());
            assertThat(headings).as(lang).hasSizeGreaterThan(5);
            try (PDDocument doc = pdf(petra, lang)) {
                int pages = doc.getNumberOfPages();
                assertThat(pages).as("a cover and a report of several pages").isGreaterThan(3);
                List<String> found = new ArrayList<>();
                for (int page = 2; page <= pages; page++) {
                    List<String> lines = Arrays.stream(text(doc, page).split("\\R"))
                            .map(String::strip)
                            .filter(l -> !l.isEmpty() && !l.matches("\\d+ / \\d+"))
                            .toList();
                    lines.stream().filter(headings::contains).forEach(found::add);
                    assertThat(lines.get(lines.size() - 1))
                            .as(lang + " page " + page + " ends with a heading")
                            .isNotIn(headings);
                }
                assertThat(found).as("the headings are in the PDF").hasSizeGreaterThan(5);
            }
        }
    }

    private static PDDocument pdf(Client c, String lang) throws IOException {
        var r = c.req().get("/consultant/workshops/" + workshop + "/report.pdf?lang=" + lang);
        assertThat(r.statusCode()).isEqualTo(200);
        return Loader.loadPDF(r.asByteArray());
    }

    private static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setSortByPosition(true);
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc);
    }

    private static int imagesOn(PDDocument doc, int index) throws IOException {
        var resources = doc.getPage(index).getResources();
        int n = 0;
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject) {
                n++;
            }
        }
        return n;
    }
}
