package no.journeydiag.workshop;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.account.service.ApiTokens;
import no.journeydiag.response.Answers;
import no.journeydiag.response.service.AnswerReader;
import no.journeydiag.response.service.ResponseService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Free-text comments in the team report, the presenter view, the PDF and (never) the CSV; threshold 3. */
@QuarkusTest
class TeamCommentsTest {

    static final String PASSWORD = "correct horse battery";
    static String token;

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens apiTokens;

    @Inject
    ResponseService responses;

    @BeforeEach
    void account() {
        if (token != null) {
            return;
        }
        accounts.create("cora", "Cora Comments", PASSWORD, "consultant");
        token = ConsultantTokens.of(accounts, apiTokens, "cora", "test");
    }

    /** A closed journey-ownership workshop: marketing, marketing, operations, operations; the given comments in that order. */
    long room(String... comments) {
        var r = given().header("Authorization", "Bearer " + token)
                .contentType("application/json")
                .body(
                        "{\"organisation\":\"Words AS\",\"questionnaire\":\"journey-ownership\",\"anonymityThreshold\":3}")
                .post("/api/v1/workshops");
        assertEquals(201, r.statusCode(), r.asString());
        long id = r.jsonPath().getLong("id");
        List<String> roles = List.of("marketing", "marketing", "operations", "operations");
        for (int i = 0; i < roles.size(); i++) {
            Map<String, Object> a = new HashMap<>(Answers.journeyOwnershipBest());
            if (i < comments.length && comments[i] != null) {
                a.put("comment", comments[i]);
            }
            responses.submit("journey-ownership", "en", a, AnswerReader.Hidden.REJECT, id, roles.get(i));
        }
        assertEquals(
                200,
                given().header("Authorization", "Bearer " + token)
                        .contentType("application/json")
                        .body("{\"closed\":true}")
                        .patch("/api/v1/workshops/" + id)
                        .statusCode());
        return id;
    }

    @Test
    void threeCommentsAreShownEscapedWithoutFunctionOnThePageTheSlideAndThePdfButNotInTheCsv() {
        long id = room("No one owns <b>leave</b>", "  Ops never hears back  ", "Marketing decides alone", null);
        Client cora = new Client("10.9.3.1").login("cora", PASSWORD);
        Document d = cora.page("/consultant/workshops/" + id + "/report?lang=en", 200);
        var section = d.select("section[aria-labelledby=h-comments]");
        assertEquals("In their own words", section.select("h2").text());
        // 3 people wrote one (3 ≥ threshold 3): all three, stripped, markup printed as text.
        List<String> shown = section.select("blockquote").eachText();
        assertEquals(
                java.util.Set.of("No one owns <b>leave</b>", "Ops never hears back", "Marketing decides alone"),
                java.util.Set.copyOf(shown));
        assertTrue(section.select("b").isEmpty(), "the comment's markup is escaped");
        String text = section.text().toLowerCase(java.util.Locale.ROOT);
        assertFalse(text.contains("operations:") || text.contains("marketing:"), "no function next to a comment");

        Document slides = cora.page("/consultant/workshops/" + id + "/present?reveal=1&lang=en", 200);
        assertEquals(shown, slides.select("section.slide-comments blockquote").eachText(), "same stable order");

        byte[] pdf = cora.req()
                .get("/consultant/workshops/" + id + "/report.pdf?lang=en")
                .asByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            String pdfText = new PDFTextStripper().getText(doc);
            assertTrue(pdfText.contains("In their own words"), pdfText);
            assertTrue(pdfText.contains("Ops never hears back"), pdfText);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        String csv =
                cora.req().get("/consultant/workshops/" + id + "/export.csv").asString();
        assertFalse(csv.contains("hears back"), csv);
        assertFalse(csv.contains("comment"), "no comment column next to a role");
    }

    @Test
    void twoCommentsUnderAThresholdOfThreeAreHiddenWithALineSayingWhyInBothLanguages() {
        long id = room("Only me", "And me", null, "   ");
        Client cora = new Client("10.9.3.2").login("cora", PASSWORD);
        var en = cora.page("/consultant/workshops/" + id + "/report?lang=en", 200)
                .select("section[aria-labelledby=h-comments]");
        assertTrue(en.select("blockquote").isEmpty());
        assertFalse(en.text().contains("Only me"));
        assertTrue(en.text().contains("Fewer than 3 people wrote a comment here, so none are shown"), en.text());
        var nb = cora.page("/consultant/workshops/" + id + "/report?lang=nb", 200)
                .select("section[aria-labelledby=h-comments]");
        assertEquals("Med deres egne ord", nb.select("h2").text());
        assertTrue(nb.text().contains("Færre enn 3 har skrevet en kommentar her"), nb.text());
    }

    @jakarta.transaction.Transactional
    void setLanguage(long id, String language) {
        no.journeydiag.workshop.persistence.WorkshopEntity.update("language = ?1 where id = ?2", language, id);
    }

    @Test
    void aNorwegianWorkshopGetsNorwegianCsvHeadingsAndANorwegianPdf() {
        long id = room("Ingen eier kundereisen", "For mange møter", "Vi mangler data", null);
        Client cora = new Client("10.9.3.3").login("cora", PASSWORD);
        String english =
                cora.req().get("/consultant/workshops/" + id + "/export.csv").asString();
        assertTrue(
                english.startsWith("role,merged_roles,overall,element:"),
                english.lines().findFirst().orElse(""));
        setLanguage(id, "nb");
        String csv =
                cora.req().get("/consultant/workshops/" + id + "/export.csv").asString();
        assertTrue(
                csv.startsWith("rolle,sammenslåtte_roller,samlet,element:"),
                csv.lines().findFirst().orElse(""));
        // Four rows after the heading, the same in both languages.
        assertEquals(english.lines().skip(1).toList(), csv.lines().skip(1).toList());
        byte[] pdf =
                cora.req().get("/consultant/workshops/" + id + "/report.pdf").asByteArray();
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Med deres egne ord"), text);
            assertFalse(text.contains("In their own words"), text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
