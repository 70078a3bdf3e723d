package no.journeydiag.attribution;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.transaction.Transactional;
import java.util.Map;
import no.journeydiag.response.Answers;
import no.journeydiag.response.persistence.DraftEntity;
import no.journeydiag.response.persistence.ResponseEntity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Prefilled answers: site-check marks value-measure {@code prefill: true}; named-owner is not. A host
 * page's {@code answer.<question>=<value>} answers it in a new draft, never in one the visitor resumes.
 */
@QuarkusTest
@TestProfile(MarketingProfile.class)
class PrefillTest {

    /** The landing page's cookies and CSRF token, for the forms that follow. */
    record Visit(Document page, Map<String, String> cookies, String csrf) {
        /** The hosted pages check a CSRF cookie; the embed's frame, whose cookies may be blocked, its Origin. */
        RequestSpecification form() {
            RequestSpecification r = given().redirects().follow(false).cookies(cookies);
            return cookies.isEmpty()
                    ? r.header("Origin", "null").contentType("application/x-www-form-urlencoded")
                    : r.formParam("csrf-token", csrf);
        }
    }

    static Visit land(String path) {
        Response landing = given().get(path);
        assertEquals(200, landing.statusCode(), landing.asString());
        Document page = Jsoup.parse(landing.asString());
        String cookie = landing.getCookie("csrf-token");
        return new Visit(
                page,
                path.startsWith("/embed/") ? Map.of() : Map.of("csrf-token", cookie),
                page.select("input[name=csrf-token]").val());
    }

    /** Posts the landing page's start form as the browser would (every hidden input), returns the draft token. */
    static String start(Visit v, String base) {
        RequestSpecification form = v.form();
        for (var input : v.page().select("form[action$=/start] input[type=hidden]")) {
            if (!input.attr("name").equals("csrf-token")) {
                form = form.formParam(input.attr("name"), input.val());
            }
        }
        Response started = form.post(base + "/site-check/start");
        assertEquals(303, started.statusCode());
        return started.getHeader("Location").replaceAll(".*/d/([A-Za-z0-9_-]{43})/1", "$1");
    }

    @Transactional
    String draftAnswers(String token) {
        return DraftEntity.<DraftEntity>findByToken(token).answersJson;
    }

    @Transactional
    String responseAnswers(String token) {
        return ResponseEntity.findByToken(token).answersJson;
    }

    static Document step(Visit v, String path) {
        Response r = given().cookies(v.cookies()).get(path);
        assertEquals(200, r.statusCode(), r.asString());
        return Jsoup.parse(r.asString());
    }

    static String checked(Document step, String question) {
        return step.select("input[name=q." + question + "][checked]").val();
    }

    @Test
    void aPrefilledOptionIsCheckedOnTheFirstStepAndEndsInTheStoredResponse() {
        Visit v = land("/a/site-check?answer.value-measure=retention&utm_source=crm");
        assertEquals(
                "retention", v.page().select("input[name=answer.value-measure]").val());
        String draft = start(v, "/a");
        assertEquals("{\"value-measure\":\"retention\"}", draftAnswers(draft));

        Document step = step(v, "/d/" + draft + "/1");
        assertEquals("retention", checked(step, "value-measure"));
        assertEquals("", checked(step, "named-owner"), "nothing else is answered for the visitor");

        // The visitor answers the rest and leaves value-measure as the page shows it (the critical set, with
        // retention in place of campaign-results).
        RequestSpecification form = v.form();
        for (var e : Answers.quickCheckCriticalForm().entrySet()) {
            String value = e.getKey().equals("q.value-measure") ? checked(step, "value-measure") : e.getValue();
            form = form.formParam(e.getKey(), value);
        }
        assertEquals(303, form.post("/d/" + draft + "/1").statusCode());
        Response submitted = v.form().post("/d/" + draft + "/submit");
        assertEquals(303, submitted.statusCode());
        String result = submitted.getHeader("Location").replaceAll(".*/r/", "");
        assertTrue(responseAnswers(result).contains("\"value-measure\":\"retention\""), responseAnswers(result));
    }

    @Test
    void aBadValueAndAQuestionThatDoesNotAllowPrefillAreIgnoredWithoutAnError() {
        // 'sometimes' is no option of value-measure; named-owner is not marked prefill; no-such-question does not
        // exist; two values (comma-separated or repeated) are not one answer to a single choice.
        for (String query : new String[] {
            "answer.value-measure=sometimes&answer.named-owner=yes",
            "answer.value-measure=retention,lifetime-value&answer.no-such-question=11",
            "answer.value-measure=retention&answer.value-measure=lifetime-value"
        }) {
            Visit v = land("/a/site-check?" + query);
            assertTrue(v.page().select("input[name^=answer.]").isEmpty(), query + " leaves nothing to post on");
            String draft = start(v, "/a");
            assertEquals("{}", draftAnswers(draft), query);
        }
        // A forged start form is read the same way: named-owner is not prefill-able, 'sometimes' not an option.
        Visit v = land("/a/site-check");
        Response started = v.form()
                .formParam("answer.named-owner", "yes")
                .formParam("answer.value-measure", "sometimes")
                .post("/a/site-check/start");
        assertEquals(303, started.statusCode());
        String draft = started.getHeader("Location").replaceAll(".*/d/([A-Za-z0-9_-]{43})/1", "$1");
        assertEquals("{}", draftAnswers(draft));
    }

    @Test
    void dontKnowPrefilledThroughTheEmbedIsCheckedInTheFrame() {
        Visit v = land("/embed/site-check?answer.value-measure=dont-know");
        String draft = start(v, "/embed");
        // dont-know is offered on value-measure (dontKnow: true), so it is an answer like an option
        assertEquals("{\"value-measure\":\"dont-know\"}", draftAnswers(draft));
        assertEquals("dont-know", checked(step(v, "/embed/d/" + draft + "/1"), "value-measure"));
    }

    @Test
    void aResumedDraftKeepsTheVisitorsAnswerWhateverTheLinkPrefills() {
        Visit v = land("/embed/site-check?answer.value-measure=retention");
        String draft = start(v, "/embed");
        // The visitor changes it to lifetime-value and goes back (what was given is saved).
        Response back = v.form()
                .formParam("q.value-measure", "lifetime-value")
                .formParam("nav", "back")
                .post("/embed/d/" + draft + "/1");
        assertEquals(303, back.statusCode());
        assertEquals("{\"value-measure\":\"lifetime-value\"}", draftAnswers(draft));

        // The host page reloads: the script resumes the draft; even with the prefill on the link it stays.
        Response resumed =
                given().redirects().follow(false).get("/embed/d/" + draft + "?answer.value-measure=retention");
        assertEquals(303, resumed.statusCode());
        assertEquals(
                "lifetime-value",
                checked(step(v, "/embed/d/" + draft + "/1?answer.value-measure=retention"), "value-measure"));
        assertEquals("{\"value-measure\":\"lifetime-value\"}", draftAnswers(draft));
    }
}
