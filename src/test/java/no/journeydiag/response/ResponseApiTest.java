package no.journeydiag.response;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import no.journeydiag.response.persistence.ResponseEntity;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResponseApiTest {

    private static final String PROBLEM = "application/problem+json";

    static ValidatableResponse submit(String questionnaire, Object body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/api/v1/questionnaires/" + questionnaire + "/responses")
                .then();
    }

    @Transactional
    long stored() {
        return ResponseEntity.count();
    }

    @Test
    void listsBothShippedQuestionnaires() {
        given().get("/api/v1/questionnaires")
                .then()
                .statusCode(200)
                .body("id", contains("journey-ownership", "quick-check"))
                .body("find { it.id == 'journey-ownership' }.questionCount", equalTo(41))
                .body("find { it.id == 'journey-ownership' }.estimatedMinutes", equalTo(14))
                .body("find { it.id == 'quick-check' }.questionCount", equalTo(12))
                .body("find { it.id == 'quick-check' }.locales", contains("en", "nb"));
    }

    @Test
    void definitionHasWhatAFormNeedsButNoPoints() {
        String body = given().get("/api/v1/questionnaires/journey-ownership?lang=en")
                .then()
                .statusCode(200)
                .body("locale", equalTo("en"))
                .body("sections[0].questions.find { it.id == 'owner-seat' }.showIf.question", equalTo("named-owner"))
                .body("sections[0].questions.find { it.id == 'owner-seat' }.showIf.equals", equalTo("yes"))
                .body(
                        "sections[0].questions.find { it.id == 'named-owner' }.reservedOptions.value",
                        contains("dont-know"))
                .body("sections[0].questions.find { it.id == 'long-term-weight' }.max", equalTo(10))
                .extract()
                .asString();
        assertEquals(false, body.contains("points"), "points must not be sent to clients");
    }

    @Test
    void unknownQuestionnaireIs404Problem() {
        given().get("/api/v1/questionnaires/nope")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("status", equalTo(404))
                .body("detail", containsString("'nope'"));
        submit("nope", Map.of("answers", Map.of())).statusCode(404).contentType(PROBLEM);
    }

    @Test
    void quickCheckIsScoredAsWorkedOutByHand() {
        // Format 2: each answer is a share of its item's best (reverse-keyed items turned round), weighted by its feed.
        // value-ownership: named-owner no 0, campaign results 0/4, acquisition agree reversed 1/4, value-drivers
        // disagree
        //   1/4, initiative-model project 0 (weight .5): (0 + 0 + .25 + .25 + 0) / 4.5 = 11.1
        // mandate: named-owner 0, owner-can-change disagree .25, kpis agree reversed .25: .5 / 3 = 16.7
        // data: value-drivers .25, next plan 1/4, reports "don't know" left out: coverage 2/3 >= .5, .5 / 2 = 25.0
        // stop: project 0, followed-up agree reversed .25, stopped no 0: .25 / 3 = 8.3
        // overall (11.11 + 16.67 + 25 + 8.33) / 4 = 15.3 -> critical
        String location = submit("quick-check", Map.of("locale", "en", "answers", Answers.quickCheckCritical()))
                .statusCode(201)
                .header("Location", containsString("/api/v1/results/"))
                .body("overall.score", equalTo(15.3f))
                .body("overall.band.id", equalTo("critical"))
                .body("elements.id", contains("value-ownership", "mandate", "data-to-decision", "stop-ability"))
                .body("elements.score", contains(11.1f, 16.7f, 25.0f, 8.3f))
                .body("elements[2].coverage", equalTo(0.67f))
                .body(
                        "warningSigns.findAll { it.triggered }.id",
                        contains("kpis-pull-apart", "stops-after-launch", "value-unexplained"))
                .body(
                        "warningSigns[1].evidence.question",
                        contains("followed-up", "stopped-recently", "initiative-model"))
                // observe: campaign results 0, value-drivers .25 -> 12.5, below 50
                .body("breaksAt", equalTo("observe"))
                .body("chain", equalTo("breaks"))
                // the CRM and dashboards are in place but nothing is run: project logic, whose step comes first; then
                // the
                // sign-linked elements by gap: stop 91.7, value 88.9
                .body("mode.id", equalTo("project"))
                .body("priorities.kind", contains("mode", "element", "element"))
                .body("priorities.element", contains(null, "stop-ability", "value-ownership"))
                .body("priorities[0].recommendation", startsWith("Take the step from project to operating model"))
                .body("priorities[1].recommendation", startsWith("Name an owner for every running initiative"))
                .body("token.length()", equalTo(43))
                .body("reportUrl", startsWith("/r/"))
                .extract()
                .header("Location");
        given().get(location)
                .then()
                .statusCode(200)
                .body("overall.score", equalTo(15.3f))
                .body("questionnaire.version", equalTo("2.2"))
                .body("locale", equalTo("en"));
    }

    @Test
    void journeyOwnershipWithTheBestAnswersScoresFullMarksWithNoSigns() {
        submit("journey-ownership", Map.of("answers", Answers.journeyOwnershipBest()))
                .statusCode(201)
                .body("overall.score", equalTo(100.0f))
                .body("overall.band.id", equalTo("strong"))
                .body("elements.score", contains(100.0f, 100.0f, 100.0f, 100.0f))
                .body("stages.score", contains(100.0f, 100.0f, 100.0f))
                .body("breaksAt", nullValue())
                .body("chain", equalTo("holds"))
                .body("mode.id", equalTo("operating-model"))
                .body("priorities", org.hamcrest.Matchers.empty())
                .body("warningSigns.triggered", not(hasItem(true)))
                .body("ownershipMap.status", contains("owned", "owned", "owned", "owned", "owned"));
    }

    @Test
    void ownershipMapMarksGapsSharedAndUnknownStages() {
        Map<String, Object> answers = new HashMap<>(Answers.journeyOwnershipBest());
        answers.put("lead-awareness", "marketing");
        answers.put("lead-buy", "several");
        answers.put("lead-use", "no-one");
        answers.put("lead-support", "dont-know");
        submit("journey-ownership", Map.of("answers", answers))
                .statusCode(201)
                .body("ownershipMap.status", contains("owned", "shared", "gap", "unknown", "owned"))
                .body("ownershipMap[0].stage", equalTo("Awareness & Consideration"))
                .body("ownershipMap[0].label", equalTo("Marketing"));
    }

    @Test
    void everyBadAnswerIsNamedAndNothingIsStored() {
        long before = stored();
        Map<String, Object> answers = new HashMap<>(Answers.journeyOwnershipBest());
        answers.put("no-such-question", "x");
        answers.put("value-measure", "profit"); // not an option
        answers.put("long-term-weight", "ten"); // wrong type
        answers.put("signals-reach", "complaints"); // multi needs a list
        answers.put("organisation-size", "dont-know"); // not offered on this question
        answers.put("comment", "x".repeat(2001)); // too long
        answers.put("named-owner", "no"); // hides owner-seat, which is still answered
        answers.remove("stop-popular"); // required
        submit("journey-ownership", Map.of("locale", "de", "answers", answers))
                .statusCode(400)
                .contentType(PROBLEM)
                .body(
                        "errors.find { it.field == 'answers.no-such-question' }.message",
                        containsString("unknown question"))
                .body(
                        "errors.find { it.field == 'answers.value-measure' }.message",
                        containsString("'profit' is not an option"))
                .body(
                        "errors.find { it.field == 'answers.long-term-weight' }.message",
                        containsString("whole number from 0 to 10"))
                .body(
                        "errors.find { it.field == 'answers.signals-reach' }.message",
                        containsString("list of option values"))
                .body(
                        "errors.find { it.field == 'answers.organisation-size' }.message",
                        containsString("does not offer"))
                .body("errors.find { it.field == 'answers.comment' }.message", containsString("at most 2000"))
                .body("errors.find { it.field == 'answers.owner-seat' }.message", containsString("not shown"))
                .body("errors.find { it.field == 'answers.stop-popular' }.message", equalTo("an answer is required"))
                .body("errors.find { it.field == 'locale' }.message", containsString("use one of: en"))
                .body("$", not(hasKey("stackTrace")));
        assertEquals(before, stored());
    }

    @Test
    void scaleOutOfRangeIsRefused() {
        Map<String, Object> answers = new HashMap<>(Answers.journeyOwnershipBest());
        answers.put("long-term-weight", 11);
        submit("journey-ownership", Map.of("answers", answers))
                .statusCode(400)
                .body("errors[0].field", equalTo("answers.long-term-weight"))
                .body("errors[0].message", containsString("outside the scale"));
    }

    @Test
    void unknownJsonPropertyIsNamed() {
        submit("quick-check", Map.of("answers", Answers.quickCheckCritical(), "email", "a@b.c"))
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("email"))
                .body("errors[0].message", containsString("unknown property 'email'"));
    }

    @Test
    void malformedJsonIs400WithPosition() {
        submit("quick-check", "{\"answers\": {\"named-owner\": ")
                .statusCode(400)
                .contentType(PROBLEM)
                .body("title", equalTo("Malformed JSON"));
    }

    @Test
    void answersThatAreNotAnObjectAreNamed() {
        submit("quick-check", "{\"answers\": [1, 2]}")
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("answers"));
    }

    @Test
    void missingBodyIsNamed() {
        given().contentType(ContentType.JSON)
                .post("/api/v1/questionnaires/quick-check/responses")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors[0].field", equalTo("body"));
    }

    @Test
    void bodyOver64KiBIs413() {
        String big = "{\"answers\": {\"comment\": \"" + "a".repeat(70_000) + "\"}}";
        submit("quick-check", big)
                .statusCode(413)
                .contentType(PROBLEM)
                .body("status", equalTo(413))
                .body("detail", containsString("65536"));
    }

    @Test
    void wrongContentTypeIs415Problem() {
        given().contentType(ContentType.TEXT)
                .body("hello")
                .post("/api/v1/questionnaires/quick-check/responses")
                .then()
                .statusCode(415)
                .contentType(PROBLEM);
    }

    @Test
    void unknownAndMalformedTokensAre404() {
        given().get("/api/v1/results/" + "A".repeat(43)).then().statusCode(404).contentType(PROBLEM);
        given().get("/api/v1/results/short").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void tokensAreUnguessableAndDistinct() {
        String a = submit("quick-check", Map.of("answers", Answers.quickCheckCritical()))
                .statusCode(201)
                .extract()
                .path("token");
        String b = submit("quick-check", Map.of("answers", Answers.quickCheckCritical()))
                .statusCode(201)
                .extract()
                .path("token");
        assertEquals(43, a.length()); // 32 random bytes, base64url
        assertEquals(false, a.equals(b));
        assertEquals(true, a.matches("[A-Za-z0-9_-]{43}"));
    }

    @Test
    void multiWithDontKnowIsAcceptedAndLeftOutOfTheScore() {
        Map<String, Object> answers = new HashMap<>(Answers.journeyOwnershipBest());
        answers.put("signals-reach", "dont-know");
        // data-to-decision weighs 8 in all; signals-reach (.5) is left out: coverage 7.5 / 8 = .94, the rest all best
        submit("journey-ownership", Map.of("answers", answers))
                .statusCode(201)
                .body("elements.find { it.id == 'data-to-decision' }.score", equalTo(100.0f))
                .body("elements.find { it.id == 'data-to-decision' }.answered", equalTo(9))
                .body("elements.find { it.id == 'data-to-decision' }.shown", equalTo(10))
                .body("elements.find { it.id == 'data-to-decision' }.coverage", equalTo(0.94f));
    }

    @Test
    void openApiDocumentsTheEndpoints() {
        given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body("paths", hasKey("/api/v1/questionnaires/{id}/responses"))
                .body("paths", hasKey("/api/v1/results/{token}"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void readinessIncludesQuestionnairesAndDatabase() {
        given().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("checks.name", hasItem("questionnaires"))
                .body("checks.find { it.name == 'questionnaires' }.data.loaded", equalTo(2))
                .body("checks.name", hasItem(containsString("Database")));
    }
}
