package no.journeydiag.lead;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.account.service.Consultant;
import no.journeydiag.response.Answers;
import no.journeydiag.response.service.AnswerReader;
import no.journeydiag.response.service.ResponseService;
import no.journeydiag.workshop.service.Workshops;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Who sees which leads at /consultant/leads: admins all; a consultant the leads of their own
 * workshops' participants and the public leads of the questionnaires an admin allowed for them.
 */
@QuarkusTest
class LeadScopeTest {

    static final String PASSWORD = "lead scope passphrase";

    @Inject
    Accounts accounts;

    @Inject
    Workshops workshops;

    @Inject
    ResponseService responses;

    Consultant consultant(String username) {
        if (accounts.accounts().stream().noneMatch(a -> a.username().equals(username))) {
            accounts.create(username, username + " Consultant", PASSWORD, "consultant");
        }
        var a = accounts.accounts().stream()
                .filter(x -> x.username().equals(username))
                .findFirst()
                .orElseThrow();
        return new Consultant(a.id(), a.username(), a.displayName(), false);
    }

    static void lead(String token, String email) {
        given().contentType("application/json")
                .body(Map.of("email", email, "consent", true))
                .post("/api/v1/results/" + token + "/lead")
                .then()
                .statusCode(201);
    }

    /** A signed-in browser: the session cookie, the CSRF cookie and the form token of a page it was shown. */
    record Browser(Map<String, String> cookies) {
        static Browser login(String username, String password) {
            LeadTest.Page login = LeadTest.Page.open("/login");
            Response r = login.post("/login", Map.of("username", username, "password", password));
            assertEquals(303, r.statusCode(), r.asString());
            return new Browser(Map.of("jd_session", r.getCookie("jd_session"), "csrf-token", login.cookie()));
        }

        Response get(String path) {
            return given().redirects().follow(false).cookies(cookies).get(path);
        }

        /** Posts the form at {@code action} on {@code page} with its own hidden token, as a browser would. */
        Response submit(String page, String action, Map<String, List<String>> fields) {
            Document d = Jsoup.parse(get(page).then().statusCode(200).extract().asString());
            var form = d.selectFirst("form[action=" + action + "]");
            var req =
                    given().redirects().follow(false).cookies(cookies).contentType("application/x-www-form-urlencoded");
            for (var hidden : form.select("input[type=hidden]")) {
                req = req.formParam(hidden.attr("name"), hidden.attr("value"));
            }
            for (var f : fields.entrySet()) {
                req = req.formParam(f.getKey(), f.getValue().toArray());
            }
            return req.post(action);
        }
    }

    @Test
    void aConsultantSeesPublicLeadsOnlyOfAllowedQuestionnairesAndWorkshopAnswersCarryNone() {
        Consultant anna = consultant("anna");
        Consultant bert = consultant("bert");
        long annasWorkshop = workshops
                .create(anna, new Workshops.Settings("Anna AS", "quick-check", null, 1, null, null, null), List.of())
                .id();
        String participant = responses
                .submit(
                        "quick-check",
                        "en",
                        Answers.quickCheckCritical(),
                        AnswerReader.Hidden.REJECT,
                        annasWorkshop,
                        "sales")
                .token();
        // Workshop answers stay anonymous: a lead would tie a name to one participant's answers.
        given().contentType("application/json")
                .body(Map.of("email", "annas-participant@example.no", "consent", true))
                .post("/api/v1/results/" + participant + "/lead")
                .then()
                .statusCode(409);
        org.assertj.core.api.Assertions.assertThat(
                        Jsoup.parse(given().get("/r/" + participant).asString()).select("form.lead-form"))
                .as("no lead form on a workshop participant's report")
                .isEmpty();
        lead(LeadTest.submit("quick-check", Answers.quickCheckCritical()), "public-quick@example.no");

        // An admin allows bert the public leads of journey-ownership only, on the accounts page.
        Browser admin = Browser.login("admin", "test-admin-password");
        Response saved = admin.submit(
                "/admin/accounts",
                "/admin/accounts/" + bert.id() + "/leads",
                Map.of("questionnaire", List.of("journey-ownership")));
        assertEquals(303, saved.statusCode(), saved.asString());
        assertEquals(Set.of("journey-ownership"), accounts.leadQuestionnaires(bert.id()));
        Response unknown = admin.submit(
                "/admin/accounts",
                "/admin/accounts/" + bert.id() + "/leads",
                Map.of("questionnaire", List.of("quik-check")));
        assertEquals(400, unknown.statusCode());
        assertEquals(
                Set.of("journey-ownership"),
                accounts.leadQuestionnaires(bert.id()),
                "a refused change changes nothing");
        String notAllowed = Browser.login("bert", PASSWORD)
                .get("/consultant/leads/export.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertFalse(
                notAllowed.contains("public-quick@example.no"), "quick-check is not allowed for bert: " + notAllowed);
        assertFalse(notAllowed.contains("annas-participant@example.no"));

        // Now quick-check too: bert sees its public leads, never the leads of anna's workshop participants.
        assertEquals(
                303,
                admin.submit(
                                "/admin/accounts",
                                "/admin/accounts/" + bert.id() + "/leads",
                                Map.of("questionnaire", List.of("journey-ownership", "quick-check")))
                        .statusCode());
        Browser bertBrowser = Browser.login("bert", PASSWORD);
        String bertsCsv = bertBrowser
                .get("/consultant/leads/export.csv")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(bertsCsv.contains("public-quick@example.no"), bertsCsv);
        assertFalse(
                bertsCsv.contains("annas-participant@example.no"), "another consultant's workshop participant: never");
        assertFalse(bertBrowser
                .get("/consultant/leads/export.csv?questionnaire=quick-check")
                .asString()
                .contains("annas-participant@example.no"));

        Browser annaBrowser = Browser.login("anna", PASSWORD);
        String annasCsv = annaBrowser.get("/consultant/leads/export.csv").asString();
        assertFalse(annasCsv.contains("annas-participant@example.no"), annasCsv);
        assertFalse(annasCsv.contains("public-quick@example.no"), "no public questionnaire is allowed for anna");
        Document annasPage = Jsoup.parse(annaBrowser.get("/consultant/leads").asString());
        assertEquals(
                List.of(), annasPage.select("main ul li").eachText(), "counts follow the same scope: nothing allowed");
        assertTrue(
                annasPage.select("#lead-scope").text().endsWith("allowed for you: none."),
                annasPage.select("#lead-scope").text());

        String all = admin.get("/consultant/leads/export.csv").asString();
        assertTrue(all.contains("public-quick@example.no"), "an admin sees every lead");
        assertFalse(all.contains("annas-participant@example.no"), "none was stored for the participant");
    }
}
