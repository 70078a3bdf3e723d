package no.journeydiag.response;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.transaction.Transactional;
import java.util.Map;
import no.journeydiag.response.persistence.DraftEntity;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Back, a refresh and the scale: no answer the visitor gave is lost, and the step reads well on a phone. */
@QuarkusTest
class FlowKeepsAnswersTest {

    @Transactional
    String draftAnswers(String token) {
        return DraftEntity.findByToken(token).answersJson;
    }

    @Test
    void backSavesWhatWasGivenOnTheStepEvenWithQuestionsLeftOpen() {
        FlowTest.Browser b = new FlowTest.Browser("journey-ownership");
        String token = b.start("journey-ownership");
        Response r = b.req()
                .formParam("csrf-token", b.csrfField)
                .formParam("q.lifecycle-visibility", "agree")
                .formParam("nav", "back")
                .post("/d/" + token + "/1");
        // step 1 goes back to the landing page; the one answer is kept although seven others are required
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.getHeader("Location")).endsWith("/a/journey-ownership");
        assertThat(draftAnswers(token)).isEqualTo("{\"lifecycle-visibility\":\"agree\"}");
        assertThat(b.get("/d/" + token + "/1", 200)
                        .select("#in-lifecycle-visibility-agree")
                        .hasAttr("checked"))
                .isTrue();
    }

    @Test
    void backFromALaterStepGoesToTheStepBefore() {
        FlowTest.Browser b = new FlowTest.Browser("journey-ownership");
        String token = b.start("journey-ownership");
        Map<String, Object> step1 = FlowTest.only(Answers.journeyOwnershipBest(), FlowTest.VALUE_STEP);
        step1.put("named-owner", "no");
        assertThat(b.post("/d/" + token + "/1", step1).statusCode()).isEqualTo(303);
        Response r = b.req()
                .formParam("csrf-token", b.csrfField)
                .formParam("q.kpis-conflict", "agree")
                .formParam("nav", "back")
                .post("/d/" + token + "/2");
        assertThat(r.getHeader("Location")).endsWith("/d/" + token + "/1");
        assertThat(draftAnswers(token)).contains("\"kpis-conflict\":\"agree\"", "\"named-owner\":\"no\"");
    }

    @Test
    void theScaleIsElevenNumbersInOneRowWithDontKnowBesideIt() {
        FlowTest.Browser b = new FlowTest.Browser("journey-ownership");
        String token = b.start("journey-ownership");
        Document step = b.get("/d/" + token + "/1", 200);
        assertThat(step.select("#question-long-term-weight .scale input").eachAttr("value"))
                .containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10");
        assertThat(step.select("#question-long-term-weight .options input").eachAttr("value"))
                .containsExactly("dont-know");
    }

    @Test
    void noControlHasAnEmptyDescriptionAndTheResumeLinkIsAWholeAddress() {
        FlowTest.Browser b = new FlowTest.Browser("journey-ownership");
        String token = b.start("journey-ownership");
        Document step = b.get("/d/" + token + "/1", 200);
        assertThat(step.select("[aria-describedby]").eachAttr("aria-describedby"))
                .doesNotContain("");
        assertThat(step.select("[aria-describedby=\"\"]")).isEmpty();
        assertThat(step.select("#resume-link").attr("value")).matches("http://[^/]+/d/" + token);
        assertThat(step.select("#copy-resume").hasAttr("hidden"))
                .as("shown by the script only")
                .isTrue();
        // Next is the form's first button, so Enter goes forward, never back
        assertThat(step.select("form.step-form button").first().attr("name")).isEmpty();
        assertThat(step.select("form.step-form button[name=nav]").attr("value")).isEqualTo("back");
    }
}
