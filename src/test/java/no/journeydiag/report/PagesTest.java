package no.journeydiag.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.journeydiag.response.Answers;
import no.journeydiag.response.persistence.ResponseEntity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The HTML pages, parsed with jsoup. */
@QuarkusTest
class PagesTest {

    /** A GET of the form gives the CSRF cookie and the matching hidden field. */
    record Csrf(String cookie, String field) {}

    static Csrf csrf(String questionnaire) {
        Response r = given().get("/a/" + questionnaire + "/all");
        assertEquals(200, r.statusCode());
        Document doc = Jsoup.parse(r.asString());
        return new Csrf(
                r.getCookie("csrf-token"), doc.select("input[name=csrf-token]").attr("value"));
    }

    /** Form fields for an answer map: q.{id}=value, one field per ticked option. */
    static List<Object[]> fields(Map<String, Object> answers) {
        List<Object[]> out = new ArrayList<>();
        answers.forEach((id, v) -> {
            if (v instanceof List<?> l) {
                l.forEach(x -> out.add(new Object[] {"q." + id, x.toString()}));
            } else {
                out.add(new Object[] {"q." + id, v.toString()});
            }
        });
        return out;
    }

    static Response post(String questionnaire, Map<String, Object> answers) {
        Csrf c = csrf(questionnaire);
        var req = given().redirects()
                .follow(false)
                .cookie("csrf-token", c.cookie())
                .formParam("csrf-token", c.field());
        for (Object[] f : fields(answers)) {
            req = req.formParam((String) f[0], f[1]);
        }
        return req.post("/a/" + questionnaire + "/all");
    }

    static Document report(Response posted) {
        assertEquals(303, posted.statusCode(), posted.asString());
        String location = posted.getHeader("Location");
        assertTrue(location.matches(".*/r/[A-Za-z0-9_-]{43}"), location);
        Response r = given().get(location);
        assertEquals(200, r.statusCode());
        assertEquals("noindex, nofollow", r.getHeader("X-Robots-Tag"));
        return Jsoup.parse(r.asString());
    }

    @Transactional
    long stored() {
        return ResponseEntity.count();
    }

    @Test
    void homeListsBothQuestionnairesWithStartLinks() {
        Document doc =
                Jsoup.parse(given().get("/").then().statusCode(200).extract().asString());
        assertEquals(
                List.of("/a/journey-ownership", "/a/quick-check"),
                doc.select("a.button").eachAttr("href"));
        assertEquals("en", doc.select("html").attr("lang"));
    }

    @Test
    void formHasALabelledControlForEveryQuestionAndACsrfField() {
        Document doc = Jsoup.parse(given().get("/a/journey-ownership/all")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertEquals(41, doc.select(".question").size());
        for (Element input : doc.select("form input[type=radio], form input[type=checkbox], form textarea")) {
            assertEquals(1, doc.select("label[for=" + input.id() + "]").size(), "no label for " + input.id());
        }
        assertFalse(doc.select("input[name=csrf-token]").attr("value").isBlank());
        assertEquals(12, doc.select("input[name=q.long-term-weight]").size(), "0 to 10 plus don't know");
        assertTrue(doc.select("#question-owner-seat .hint").text().contains("“Yes”"));
    }

    @Test
    void quickCheckReportShowsElementsSignsWithEvidenceAndPriorities() {
        Document doc = report(post("quick-check", Answers.quickCheckCritical()));
        // the scores are worked out by hand in ResponseApiTest.quickCheckIsScoredAsWorkedOutByHand
        assertEquals("15.3", doc.select("#overall-score").text());
        assertEquals(
                List.of("11.1", "16.7", "25.0", "8.3"),
                doc.select("table.elements span.score").eachText());
        assertEquals(4, doc.select("svg.chart rect[fill=#b42318]").size(), "four bars in the critical colour");
        assertEquals(3, doc.select("li.sign.triggered").size());
        Element stops = doc.selectFirst("#sign-stops-after-launch");
        assertNotNull(stops);
        assertEquals(3, stops.select("ul.evidence li").size());
        assertTrue(stops.select("ul.evidence li")
                .get(1)
                .text()
                .contains("You answered “No” to “In the last twelve months"));
        assertTrue(doc.select("#mode-project h3").text().contains("Project logic"), "the way of working is named");
        assertEquals(
                List.of("priority-mode", "priority-stop-ability", "priority-value-ownership"),
                doc.select("ol.priorities > li").eachAttr("id"));
        assertTrue(
                doc.select("#method").text().contains("less than 50% of an element"),
                "the method says when nothing is judged");
        assertEquals("noindex, nofollow", doc.select("meta[name=robots]").attr("content"));
        assertTrue(doc.select("#stage-observe").hasClass("breaks"), "the chain breaks at observe");
    }

    @Test
    void textTypedIntoTheFormComesBackEscaped() {
        Map<String, Object> answers = new java.util.HashMap<>(Answers.journeyOwnershipBest());
        answers.put("comment", "<script>alert('x')</script><b>bold</b>");
        Document doc = report(post("journey-ownership", answers));
        assertTrue(
                doc.select("script").stream().allMatch(e -> e.attr("src").matches("/js/report\\.js\\?v=[0-9a-f]{10}")),
                "no script other than our own file may appear");
        assertTrue(doc.select("table.answers b").isEmpty(), "no markup from the answer");
        assertTrue(doc.select("table.answers").text().contains("<script>alert('x')</script><b>bold</b>"));
    }

    @Test
    void ownershipMapTableHighlightsGaps() {
        Map<String, Object> answers = new java.util.HashMap<>(Answers.journeyOwnershipBest());
        answers.put("lead-use", "no-one");
        answers.put("lead-buy", "several");
        Document doc = report(post("journey-ownership", answers));
        assertEquals(
                List.of("owned", "shared", "gap", "owned", "owned"),
                doc.select("table.ownership tbody tr").eachAttr("class"));
        assertEquals("Own & Use", doc.select("table.ownership tr.gap th").text());
    }

    @Test
    void hiddenAnswersAreDroppedNotRejected() {
        Map<String, Object> answers = new java.util.HashMap<>(Answers.journeyOwnershipBest());
        answers.put("named-owner", "no"); // hides owner-seat, which still carries cx-lead
        Document doc = report(post("journey-ownership", answers));
        assertFalse(doc.select("table.answers").text().contains("Where does this person sit?"));
    }

    @Test
    void missingAnswersReRenderTheFormWithMessagesAndKeepTheAnswers() {
        long before = stored();
        Map<String, Object> answers = new java.util.HashMap<>(Answers.quickCheckCritical());
        answers.remove("kpis-conflict");
        answers.put("value-measure", "profit");
        Response r = post("quick-check", answers);
        assertEquals(400, r.statusCode());
        Document doc = Jsoup.parse(r.asString());
        assertEquals(
                "Please answer this question.", doc.select("#err-kpis-conflict").text());
        assertTrue(
                doc.select("#err-value-measure").text().contains("not an option"),
                doc.select("#err-value-measure").text());
        assertTrue(
                doc.select("#question-kpis-conflict").attr("aria-describedby").contains("err-kpis-conflict"));
        assertTrue(doc.select("#in-named-owner-no").hasAttr("checked"), "earlier answers are kept");
        assertEquals(2, doc.select("#errors li").size());
        assertEquals(before, stored());
    }

    @Test
    void formPostWithoutCsrfTokenIsRefusedAndNothingIsStored() {
        long before = stored();
        var req = given().redirects().follow(false);
        for (Object[] f : fields(Answers.quickCheckCritical())) {
            req = req.formParam((String) f[0], f[1]);
        }
        Response r = req.post("/a/quick-check/all");
        assertEquals(400, r.statusCode());
        assertTrue(Jsoup.parse(r.asString()).select("h1").text().contains("This form has expired"));
        assertEquals(before, stored());
    }

    @Test
    void aFormTokenThatDoesNotMatchTheCookieIsRefused() {
        long before = stored();
        Csrf c = csrf("quick-check");
        var req = given().redirects()
                .follow(false)
                .cookie("csrf-token", c.cookie())
                .formParam("csrf-token", c.field() + "x");
        for (Object[] f : fields(Answers.quickCheckCritical())) {
            req = req.formParam((String) f[0], f[1]);
        }
        assertEquals(400, req.post("/a/quick-check/all").statusCode());
        var stolen = given().redirects()
                .follow(false)
                .cookie("csrf-token", Csrf.class.getSimpleName() + "0".repeat(37))
                .formParam("csrf-token", c.field());
        assertEquals(
                400, stolen.post("/a/quick-check/all").statusCode(), "a token from another browser does not match");
        assertEquals(before, stored());
    }

    @Test
    void theCsrfCookieIsHttpOnlyAndSameSiteLax() {
        Response r = given().get("/a/quick-check/all");
        String header = r.getHeaders().getValues("Set-Cookie").stream()
                .filter(h -> h.startsWith("csrf-token="))
                .findFirst()
                .orElseThrow();
        assertTrue(header.contains("HttpOnly") && header.contains("SameSite=Lax"), header);
    }

    @Test
    void unknownReportTokenGetsAFriendly404Page() {
        Response r = given().get("/r/" + "x".repeat(43));
        assertEquals(404, r.statusCode());
        assertTrue(r.contentType().startsWith("text/html"));
        Document doc = Jsoup.parse(r.asString());
        assertTrue(doc.select("h1").text().contains("Not found"));
        assertFalse(r.asString().contains("Exception"));
    }

    @Test
    void unknownQuestionnairePageIsAFriendly404() {
        Response r = given().get("/a/nope");
        assertEquals(404, r.statusCode());
        assertTrue(Jsoup.parse(r.asString()).text().contains("There is no questionnaire 'nope'"));
    }

    @Test
    void pagesSendSecurityHeadersAndUseNoInlineScriptOrStyle() {
        Response r = given().get("/a/journey-ownership");
        assertTrue(r.getHeader("Content-Security-Policy").contains("script-src 'self'"));
        assertEquals("nosniff", r.getHeader("X-Content-Type-Options"));
        assertEquals("DENY", r.getHeader("X-Frame-Options"));
        Document doc = Jsoup.parse(r.asString());
        assertTrue(doc.select("script, style, [style]").isEmpty());
        assertTrue(doc.select("link[rel=stylesheet]").attr("href").startsWith("/"), "assets are served by the app");
    }
}
