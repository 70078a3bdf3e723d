package no.journeydiag.lead;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.lead.persistence.LeadEntity;
import no.journeydiag.response.Answers;
import no.journeydiag.response.persistence.ResponseEntity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Contact details on the quick check (leadCapture: optional): consent, validation, deletion by the link's holder, export. */
@QuarkusTest
class LeadTest {

    @Inject
    Accounts accounts;

    static String submit(String questionnaire, Map<String, Object> answers) {
        return given().contentType("application/json")
                .body(Map.of("answers", answers))
                .post("/api/v1/questionnaires/" + questionnaire + "/responses")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
    }

    /** A browser stand-in: the report page's CSRF cookie and field. */
    record Page(String cookie, String csrf, Document doc) {
        static Page open(String path) {
            Response r = given().get(path);
            assertEquals(200, r.statusCode(), path);
            Document d = Jsoup.parse(r.asString());
            return new Page(
                    r.getCookie("csrf-token"),
                    d.select("input[name=csrf-token]").attr("value"),
                    d);
        }

        Response post(String path, Map<String, String> form) {
            var req = given().redirects()
                    .follow(false)
                    .cookie("csrf-token", cookie)
                    .contentType("application/x-www-form-urlencoded")
                    .formParam("csrf-token", csrf);
            for (var e : form.entrySet()) {
                req = req.formParam(e.getKey(), e.getValue());
            }
            return req.post(path);
        }
    }

    @Transactional
    LeadEntity lead(String token) {
        ResponseEntity r = ResponseEntity.findByToken(token);
        return r == null ? null : LeadEntity.find("responseId", r.id).firstResult();
    }

    @Transactional
    boolean responseExists(String token) {
        return ResponseEntity.findByToken(token) != null;
    }

    @Test
    void theReportOffersTheFormWithTheQuestionnairesFieldsAndAnUntickedConsent() {
        String token = submit("quick-check", Answers.quickCheckCritical());
        Document doc = Page.open("/r/" + token).doc();
        assertEquals("15.3", doc.select("#overall-score").text(), "optional: the report is shown");
        assertEquals(
                List.of("email", "name", "company"),
                doc.select("form.lead-form input:not([type=hidden]):not([type=checkbox])")
                        .eachAttr("name"));
        assertFalse(doc.select("input[name=consent]").hasAttr("checked"));
        assertTrue(
                doc.select("fieldset.consent").text().contains("I agree that the consultancy behind this assessment"));
    }

    @Test
    void withoutConsentOrWithABadEmailNothingIsStoredAndTheTypedValuesStay() {
        String token = submit("quick-check", Answers.quickCheckCritical());
        Page page = Page.open("/r/" + token);
        Response noConsent = page.post("/r/" + token + "/lead", Map.of("email", "kari@example.no", "name", "Kari"));
        assertEquals(400, noConsent.statusCode());
        Document doc = Jsoup.parse(noConsent.asString());
        assertEquals(
                "Tick the box to agree. Without consent nothing is stored.",
                doc.select("#lead-consent-error").text());
        assertEquals("kari@example.no", doc.select("#lead-email").attr("value"));
        assertEquals(null, lead(token));

        Response badEmail = page.post("/r/" + token + "/lead", Map.of("email", "kari@", "consent", "yes"));
        assertEquals(400, badEmail.statusCode());
        assertEquals(
                "true", Jsoup.parse(badEmail.asString()).select("#lead-email").attr("aria-invalid"));
        assertEquals(null, lead(token));
    }

    @Test
    void aReaderWhoSwitchedLanguageKeepsItThroughTheLeadFormAndBackToTheReport() {
        String token = submit("quick-check", Answers.quickCheckCritical()); // answered in English
        Page page = Page.open("/r/" + token + "?lang=nb");
        assertEquals("nb", page.doc().select("form.lead-form input[name=lang]").attr("value"));
        assertTrue(
                page.doc().select("form.lead-form").attr("action").endsWith("/lead#lead"),
                "back to the form after a post");
        Response bad = page.post("/r/" + token + "/lead", Map.of("email", "kari@", "consent", "yes", "lang", "nb"));
        assertEquals(400, bad.statusCode());
        assertEquals(
                "nb", Jsoup.parse(bad.asString()).select("html").attr("lang"), "the error page stays in Norwegian");
        // the language switch or a reload on that page asks for GET .../lead: the report, not a 405
        Response again = given().redirects().follow(false).get("/r/" + token + "/lead?lang=en");
        assertEquals(303, again.statusCode());
        assertTrue(again.getHeader("Location").endsWith("/r/" + token + "?lang=en#lead"), again.getHeader("Location"));
        Response ok =
                page.post("/r/" + token + "/lead", Map.of("email", "kari@example.no", "consent", "yes", "lang", "nb"));
        assertEquals(303, ok.statusCode());
        assertTrue(ok.getHeader("Location").endsWith("/r/" + token + "?lang=nb#lead"), ok.getHeader("Location"));
    }

    @Test
    void theLandingPageSaysContactDetailsAreAskedOnlyWhereTheyAre() {
        // quick-check has a lead form on its report; journey-ownership has none
        assertTrue(Jsoup.parse(given().get("/a/quick-check?lang=en").asString())
                .text()
                .contains("unless you choose to leave your contact details"));
        assertTrue(Jsoup.parse(given().get("/a/journey-ownership?lang=en").asString())
                .text()
                .contains("we do not ask for your name or contact details"));
    }

    @Test
    void aLeadIsStoredWithTheConsentVersionTextAndTime() {
        String token = submit("quick-check", Answers.quickCheckCritical());
        Page page = Page.open("/r/" + token);
        Response ok = page.post(
                "/r/" + token + "/lead",
                Map.of("email", " kari@example.no ", "name", "Kari <b>N</b>", "company", "Acme AS", "consent", "yes"));
        assertEquals(303, ok.statusCode(), ok.asString());
        LeadEntity lead = lead(token);
        assertEquals("kari@example.no", lead.email);
        assertEquals("Kari <b>N</b>", lead.name);
        assertEquals("2026-11", lead.consentVersion);
        assertTrue(lead.consentText.startsWith("I agree that the consultancy"));
        assertNotNull(lead.consentedAt);
        String html = given().get("/r/" + token).asString();
        // the report link may be shared: the thanks never shows the address
        assertEquals(
                "Thank you. We have your contact details and will be in touch.",
                Jsoup.parse(html).select("#lead-saved").text());
        assertFalse(html.contains("kari@example.no"));
        assertFalse(html.contains("Kari <b>N</b>"));
    }

    @Test
    void theApiTakesOnlyTheFieldsAskedForAndNeedsConsent() {
        String token = submit("quick-check", Answers.quickCheckCritical());
        Response phone = given().contentType("application/json")
                .body(Map.of("email", "ola@example.no", "phone", "+47 912 34 567", "consent", true))
                .post("/api/v1/results/" + token + "/lead");
        assertEquals(400, phone.statusCode());
        assertEquals("phone", phone.jsonPath().getString("errors[0].field"));
        Response noConsent = given().contentType("application/json")
                .body(Map.of("email", "ola@example.no"))
                .post("/api/v1/results/" + token + "/lead");
        assertEquals(400, noConsent.statusCode());
        assertEquals("consent", noConsent.jsonPath().getString("errors[0].field"));
        assertEquals(null, lead(token));
        Response ok = given().contentType("application/json")
                .body(Map.of("email", "ola@example.no", "consent", true))
                .post("/api/v1/results/" + token + "/lead");
        assertEquals(201, ok.statusCode());
        assertEquals("2026-11", ok.jsonPath().getString("consentVersion"));
        assertEquals(
                "optional",
                given().get("/api/v1/questionnaires/quick-check").jsonPath().getString("leadCapture.mode"));
    }

    @Test
    void aQuestionnaireWithoutLeadCaptureRefusesContactDetails() {
        String token = submit("quick-check", Answers.quickCheckCritical());
        assertTrue(responseExists(token));
        Map<String, Object> best = Answers.journeyOwnershipBest();
        best.put("owner-seat", "ceo");
        String other = submit("journey-ownership", best);
        Response r = given().contentType("application/json")
                .body(Map.of("email", "ola@example.no", "consent", true))
                .post("/api/v1/results/" + other + "/lead");
        assertEquals(409, r.statusCode());
        assertTrue(Page.open("/r/" + other).doc().select("form.lead-form").isEmpty());
    }

    @Test
    void theHolderOfTheLinkDeletesTheResultAndItsLead() {
        String token = submit("quick-check", Answers.quickCheckCritical());
        given().contentType("application/json")
                .body(Map.of("email", "delete-me@example.no", "consent", true))
                .post("/api/v1/results/" + token + "/lead")
                .then()
                .statusCode(201);
        assertEquals(1, leadCount("delete-me@example.no"));
        assertEquals(204, given().delete("/api/v1/results/" + token).statusCode());
        assertFalse(responseExists(token));
        assertEquals(0, leadCount("delete-me@example.no"));
        assertEquals(404, given().get("/api/v1/results/" + token).statusCode());
        assertEquals(404, given().delete("/api/v1/results/" + token).statusCode());

        String second = submit("quick-check", Answers.quickCheckCritical());
        Page page = Page.open("/r/" + second + "/delete");
        assertEquals("Delete your result?", page.doc().select("h1").text());
        Response gone = page.post("/r/" + second + "/delete", Map.of());
        assertEquals(200, gone.statusCode());
        assertEquals(
                "Your result is deleted",
                Jsoup.parse(gone.asString()).select("h1").text());
        assertEquals(410, given().get("/r/" + second).statusCode(), "its link says it was deleted");
    }

    @Transactional
    long leadCount(String email) {
        return LeadEntity.count("email", email);
    }

    @Test
    void consultantsExportLeadsAsCsvWithFormulasNeutralised() {
        String token = submit("quick-check", Answers.quickCheckCritical());
        given().contentType("application/json")
                .body(Map.of(
                        "email",
                        "eve@example.no",
                        "name",
                        "=HYPERLINK(\"http://x\",\"y\")",
                        "company",
                        "Acme, Inc.",
                        "consent",
                        true))
                .post("/api/v1/results/" + token + "/lead")
                .then()
                .statusCode(201);
        if (accounts.accounts().stream().noneMatch(a -> a.username().equals("lena"))) {
            accounts.create("lena", "Lena Leads", "lead export passphrase", "consultant");
        }
        long lena = accounts.accounts().stream()
                .filter(a -> a.username().equals("lena"))
                .findFirst()
                .orElseThrow()
                .id();
        accounts.setLeadQuestionnaires(
                lena, java.util.List.of("quick-check"), java.util.Set.of("quick-check")); // public quick-check leads
        Page login = Page.open("/login");
        Response signedIn = login.post("/login", Map.of("username", "lena", "password", "lead export passphrase"));
        String csv = given().cookie("jd_session", signedIn.getCookie("jd_session"))
                .get("/consultant/leads/export.csv")
                .asString();
        String row = csv.lines()
                .filter(l -> l.contains("eve@example.no"))
                .findFirst()
                .orElseThrow();
        assertTrue(row.contains(",\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\"Acme, Inc.\","), row);
        assertTrue(row.contains("/r/" + token), row); // hidden-field columns may follow
        assertTrue(csv.startsWith(
                "consented_at,questionnaire,email,name,company,role,phone,locale,consent_version,report_url\r\n"));
        assertEquals(
                303,
                given().redirects()
                        .follow(false)
                        .get("/consultant/leads/export.csv")
                        .statusCode());
    }
}
