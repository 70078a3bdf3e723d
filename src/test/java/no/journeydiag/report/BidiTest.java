package no.journeydiag.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.response.Answers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Text people type is isolated in <bdi>: a right-to-left override (U+202E) in it cannot reverse what follows. */
@QuarkusTest
class BidiTest {

    static final String RLO = "\u202E";

    @Inject
    Accounts accounts;

    /** The innermost element holding {@code text} is a bdi. */
    static void isolated(Document doc, String text) {
        Element holder = doc.getElementsContainingOwnText(text).first();
        assertTrue(holder != null, "not on the page: " + text);
        assertEquals("bdi", holder.tagName(), "held by " + holder.outerHtml());
    }

    @Test
    void aFreeTextAnswerWithAnRtlOverrideSitsInsideBdiOnTheReport() {
        Map<String, Object> answers = new HashMap<>(Answers.journeyOwnershipBest());
        answers.put("comment", "Acme " + RLO + "gnp.exe");
        String token = given().contentType("application/json")
                .body(Map.of("answers", answers))
                .post("/api/v1/questionnaires/journey-ownership/responses")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        Document report = Jsoup.parse(
                given().get("/r/" + token).then().statusCode(200).extract().asString());
        isolated(report, "Acme " + RLO + "gnp.exe");
        assertTrue(report.select("table.answers td bdi").size() >= 1);
    }

    @Test
    void anAccountsDisplayNameWithAnRtlOverrideSitsInsideBdiInTheAdminPages() {
        accounts.create("rtl-user", "Eve " + RLO + "nimda", "a long enough password 1", "consultant");
        Response login = given().get("/login");
        String csrf =
                Jsoup.parse(login.asString()).select("input[name=csrf-token]").attr("value");
        String session = given().redirects()
                .follow(false)
                .cookie("csrf-token", login.getCookie("csrf-token"))
                .formParam("csrf-token", csrf)
                .formParam("username", "admin")
                .formParam("password", "test-admin-password")
                .post("/login")
                .getCookie("jd_session");
        Document page = Jsoup.parse(given().cookie("jd_session", session)
                .get("/admin/accounts")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        isolated(page, "Eve " + RLO + "nimda");
        Document own = Jsoup.parse(given().cookie("jd_session", rtlSession())
                .get("/consultant/tokens")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        isolated(own, "Eve " + RLO + "nimda"); // the sign-out button names the person
    }

    String rtlSession() {
        Response login = given().get("/login");
        String csrf =
                Jsoup.parse(login.asString()).select("input[name=csrf-token]").attr("value");
        return given().redirects()
                .follow(false)
                .cookie("csrf-token", login.getCookie("csrf-token"))
                .formParam("csrf-token", csrf)
                .formParam("username", "rtl-user")
                .formParam("password", "a long enough password 1")
                .post("/login")
                .getCookie("jd_session");
    }
}
