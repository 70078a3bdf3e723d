package no.journeydiag.response;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.journeydiag.response.persistence.DraftEntity;
import no.journeydiag.response.persistence.ResponseEntity;
import no.journeydiag.response.service.DraftService;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The step-by-step respondent flow, driven like a browser without JavaScript. */
@QuarkusTest
class FlowTest {

    @Inject
    DraftService drafts;

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL base;

    /** A browser session: the CSRF cookie and its form field, from the landing page. */
    public static final class Browser {
        final String csrfCookie;
        final String csrfField;
        final Map<String, String> cookies = new LinkedHashMap<>();

        public Browser(String questionnaire) {
            Response r = given().get("/a/" + questionnaire);
            assertEquals(200, r.statusCode());
            csrfCookie = r.getCookie("csrf-token");
            csrfField =
                    Jsoup.parse(r.asString()).select("input[name=csrf-token]").attr("value");
            cookies.put("csrf-token", csrfCookie);
        }

        RequestSpecification req() {
            return given().redirects().follow(false).cookies(cookies);
        }

        Response post(String path, Map<String, Object> answers) {
            RequestSpecification r = req().formParam("csrf-token", csrfField);
            for (var e : answers.entrySet()) {
                if (e.getValue() instanceof List<?> l) {
                    for (Object v : l) {
                        r = r.formParam("q." + e.getKey(), v.toString());
                    }
                } else {
                    r = r.formParam("q." + e.getKey(), e.getValue().toString());
                }
            }
            return r.post(path);
        }

        /** Starts a draft; returns its token. */
        String start(String questionnaire) {
            Response r = post("/a/" + questionnaire + "/start", Map.of());
            assertEquals(303, r.statusCode(), r.asString());
            String location = r.getHeader("Location");
            assertTrue(location.matches(".*/d/[A-Za-z0-9_-]{43}/1"), location);
            cookies.put("draft-" + questionnaire, r.getCookie("draft-" + questionnaire));
            return location.replaceAll(".*/d/([A-Za-z0-9_-]{43})/1", "$1");
        }

        Document get(String path, int status) {
            Response r = req().get(path);
            assertEquals(status, r.statusCode(), path);
            return Jsoup.parse(r.asString());
        }
    }

    @Transactional
    long responses() {
        return ResponseEntity.count();
    }

    @Transactional
    String draftAnswers(String token) {
        return DraftEntity.findByToken(token).answersJson;
    }

    @Transactional
    void expire(String token) {
        DraftEntity.findByToken(token).expiresAt = OffsetDateTime.now().minusMinutes(1);
    }

    static Map<String, Object> only(Map<String, Object> all, String... ids) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String id : ids) {
            out.put(id, all.get(id));
        }
        return out;
    }

    static final String[] VALUE_STEP = {
        "named-owner",
        "lifecycle-visibility",
        "long-term-decisions",
        "nobody-after-sale",
        "value-measure",
        "long-term-weight",
        "acquisition-targets",
        "judged-on-impact"
    };

    @Test
    void landingPageSaysWhatItIsHowLongItTakesAndWhatIsStored() {
        Document doc = new Browser("journey-ownership").get("/a/journey-ownership", 200);
        assertEquals("Who owns the customer journey?", doc.select("h1").text());
        assertTrue(doc.text().contains("41 questions · about 14 minutes"));
        assertTrue(doc.select("h2").text().contains("Your privacy"));
        assertTrue(doc.text().contains("deleted after 30 days"));
        assertEquals("/a/journey-ownership/start", doc.select("form").attr("action"));
    }

    @Test
    void quickCheckGoesFromStepToReviewToOneReportEvenWhenSubmittedTwice() {
        Browser b = new Browser("quick-check");
        String token = b.start("quick-check");
        Document step = b.get("/d/" + token + "/1", 200);
        assertEquals("Step 1 of 1", step.select("#progress-label").text());
        Response saved = b.post("/d/" + token + "/1", Answers.quickCheckCritical());
        assertEquals(303, saved.statusCode(), saved.asString());
        assertTrue(saved.getHeader("Location").endsWith("/d/" + token + "/review"));

        Document review = b.get("/d/" + token + "/review", 200);
        assertTrue(review.select("dd").eachText().contains("Don't know"));
        assertTrue(review.select(".summary-error").isEmpty());

        long before = responses();
        Response first = b.post("/d/" + token + "/submit", Map.of());
        Response second = b.post("/d/" + token + "/submit", Map.of());
        assertEquals(303, first.statusCode());
        assertEquals(first.getHeader("Location"), second.getHeader("Location"));
        assertEquals(before + 1, responses(), "a double submit stores one response");
        Document report = Jsoup.parse(given().get(first.getHeader("Location")).asString());
        assertEquals("15.3", report.select("#overall-score").text()); // worked out in ResponseApiTest
        // the finished draft now leads to its report
        assertTrue(b.req()
                .get("/d/" + token + "/1")
                .getHeader("Location")
                .endsWith(first.getHeader("Location").replaceAll(".*(/r/.*)", "$1")));
    }

    @Test
    void aFollowUpQuestionAppearsOnTheSameStepWhenItsConditionIsMet() {
        Browser b = new Browser("journey-ownership");
        String token = b.start("journey-ownership");
        assertTrue(
                b.get("/d/" + token + "/1", 200).select("#question-owner-seat").hasAttr("hidden"),
                "hidden until named-owner = yes");
        Response r = b.post("/d/" + token + "/1", only(Answers.journeyOwnershipBest(), VALUE_STEP));
        assertEquals(303, r.statusCode());
        assertTrue(r.getHeader("Location").endsWith("/d/" + token + "/1?more=1"), r.getHeader("Location"));
        Document doc = b.get("/d/" + token + "/1?more=1", 200);
        assertFalse(doc.select("#question-owner-seat").hasAttr("hidden"));
        assertFalse(doc.select(".notice").isEmpty());
        assertTrue(doc.select("#in-named-owner-yes").hasAttr("checked"), "answers are kept");
        Map<String, Object> withSeat = only(Answers.journeyOwnershipBest(), VALUE_STEP);
        withSeat.put("owner-seat", "ceo");
        Response next = b.post("/d/" + token + "/1", withSeat);
        assertEquals(303, next.statusCode());
        assertTrue(next.getHeader("Location").endsWith("/d/" + token + "/2"));
    }

    @Test
    void missingRequiredAnswersAreShownAtTheQuestionAndValidOnesAreKept() {
        Browser b = new Browser("journey-ownership");
        String token = b.start("journey-ownership");
        Map<String, Object> partial = only(Answers.journeyOwnershipBest(), VALUE_STEP);
        partial.put("named-owner", "no");
        partial.remove("value-measure");
        Response r = b.post("/d/" + token + "/1", partial);
        // post/redirect/get: a refresh or Back after the error resends nothing
        assertEquals(303, r.statusCode());
        assertTrue(r.getHeader("Location").endsWith("/d/" + token + "/1?check=1"), r.getHeader("Location"));
        Document doc = b.get("/d/" + token + "/1?check=1", 200);
        assertEquals(
                "Please answer this question.", doc.select("#err-value-measure").text());
        assertEquals(
                "1 answer to fix – " + doc.select("#progress-label").text() + ": "
                        + doc.select("h1").text(),
                doc.title());
        // the question, then the message: no "question.: message" run-on
        String question = doc.select("#question-value-measure legend").text().replace(" (required)", "");
        assertEquals(
                question + " Please answer this question.",
                doc.select("#errors li").text());
        assertEquals(question, doc.select("#errors li a").text());
        assertTrue(doc.select("#in-named-owner-no").hasAttr("checked"), "the answer given is kept");
        assertTrue(
                doc.select("#question-value-measure").attr("aria-describedby").contains("err-value-measure"));
        assertTrue(draftAnswers(token).contains("\"lifecycle-visibility\":\"strongly-agree\""));
    }

    @Test
    void leavingAndComingBackResumesAtTheFirstUnfinishedStep() {
        Browser b = new Browser("journey-ownership");
        String token = b.start("journey-ownership");
        Map<String, Object> step1 = only(Answers.journeyOwnershipBest(), VALUE_STEP);
        step1.put("named-owner", "no");
        assertEquals(303, b.post("/d/" + token + "/1", step1).statusCode());
        assertTrue(given().redirects()
                .follow(false)
                .get("/d/" + token)
                .getHeader("Location")
                .endsWith("/d/" + token + "/2"));
        Document landing = b.get("/a/journey-ownership", 200);
        assertEquals("/d/" + token, landing.select("a.button").attr("href"), "same browser: continue link");
        Document back = b.get("/d/" + token + "/1", 200);
        assertTrue(back.select("#in-named-owner-no").hasAttr("checked"));
        assertTrue(back.select("#resume-link").attr("value").matches("http://[^/]+/d/" + token));
    }

    @Test
    void badInputLeavesTheDraftUntouchedAndSaysWhatHappened() {
        Browser b = new Browser("journey-ownership");
        String token = b.start("journey-ownership");
        Map<String, Object> step1 = only(Answers.journeyOwnershipBest(), VALUE_STEP);
        step1.put("named-owner", "no");
        b.post("/d/" + token + "/1", step1);
        String saved = draftAnswers(token);

        // an answer to a question of another step
        Response other = b.post("/d/" + token + "/1", Map.of("kpis-conflict", "agree"));
        assertEquals(400, other.statusCode());
        assertTrue(other.asString().contains("not part of this step"));
        // an option value that does not exist, next to a valid change
        Map<String, Object> tampered = new LinkedHashMap<>(step1);
        tampered.put("value-measure", "profit");
        tampered.put("lifecycle-visibility", "disagree");
        Response bad = b.post("/d/" + token + "/1", tampered);
        assertEquals(400, bad.statusCode());
        assertTrue(
                Jsoup.parse(bad.asString()).select("#err-value-measure").text().contains("'profit' is not an option"));
        // a step that does not exist, a token that does not exist
        assertTrue(b.get("/d/" + token + "/99", 404).text().contains("There is no such step"));
        assertTrue(b.get("/d/" + "Z".repeat(43) + "/1", 404).text().contains("could not find these answers"));
        assertEquals(404, b.req().get("/d/" + token + "/abc").statusCode());
        // no CSRF token
        Response noCsrf = given().redirects()
                .follow(false)
                .formParam("q.named-owner", "yes")
                .post("/d/" + token + "/1");
        // an expired or missing form token: the step again, with what was posted and a fresh token, nothing saved
        assertEquals(400, noCsrf.statusCode());
        Document expired = Jsoup.parse(noCsrf.asString());
        assertTrue(expired.select("#expired").text().startsWith("This page was open too long to save it."));
        assertTrue(expired.select("#in-named-owner-yes").hasAttr("checked"), "the posted answer is kept on the page");
        assertEquals(
                noCsrf.getCookie("csrf-token"),
                expired.select("input[name=csrf-token]").attr("value"));
        assertEquals(43, noCsrf.getCookie("csrf-token").length());
        assertEquals(saved, draftAnswers(token));
    }

    @Test
    void aPostWithoutAFormBodyCannotStartOrSubmitAnything() throws Exception {
        // without a form body the CSRF check has nothing to verify, so such requests are refused outright
        var start = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(base.toURI().resolve("a/quick-check/start"))
                                .POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(415, start.statusCode());
        assertTrue(start.body().contains("Please use the form"));
        Response json = given().redirects()
                .follow(false)
                .contentType("application/json")
                .body("{}")
                .post("/a/quick-check/all");
        assertEquals(415, json.statusCode());
    }

    @Test
    void expiredDraftsAreRefusedAndDeleted() {
        Browser b = new Browser("quick-check");
        String token = b.start("quick-check");
        expire(token);
        assertTrue(b.get("/d/" + token + "/1", 404).text().contains("expired"));
        assertTrue(drafts.deleteExpiredNow() >= 1);
        assertEquals(null, findDraft(token));
    }

    @Transactional
    DraftEntity findDraft(String token) {
        return DraftEntity.findByToken(token);
    }
}
