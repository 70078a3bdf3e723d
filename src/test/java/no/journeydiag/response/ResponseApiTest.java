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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.transaction.Transactional;
import no.journeydiag.response.persistence.ResponseEntity;

@QuarkusTest
class ResponseApiTest {

    private static final String PROBLEM = "application/problem+json";

    static ValidatableResponse submit(String questionnaire, Object body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/questionnaires/" + questionnaire + "/responses").then();
    }

    @Transactional
    long stored() {
        return ResponseEntity.count();
    }

    @Test
    void listsBothShippedQuestionnaires() {
        given().get("/api/v1/questionnaires").then().statusCode(200)
                .body("id", contains("journey-ownership", "quick-check"))
                .body("find { it.id == 'journey-ownership' }.questionCount", equalTo(34))
                .body("find { it.id == 'journey-ownership' }.estimatedMinutes", equalTo(12))
                .body("find { it.id == 'quick-check' }.questionCount", equalTo(9))
                .body("find { it.id == 'quick-check' }.locales", contains("en", "nb"));
    }

    @Test
    void definitionHasWhatAFormNeedsButNoPoints() {
        String body = given().get("/api/v1/questionnaires/journey-ownership?lang=en").then().statusCode(200)
                .body("locale", equalTo("en"))
                .body("sections[0].questions.find { it.id == 'owner-seat' }.showIf.question", equalTo("named-owner"))
                .body("sections[0].questions.find { it.id == 'owner-seat' }.showIf.equals", equalTo("yes"))
                .body("sections[0].questions.find { it.id == 'named-owner' }.reservedOptions.value", contains("dont-know"))
                .body("sections[0].questions.find { it.id == 'long-term-weight' }.max", equalTo(10))
                .extract().asString();
        assertEquals(false, body.contains("points"), "points must not be sent to clients");
    }

    @Test
    void unknownQuestionnaireIs404Problem() {
        given().get("/api/v1/questionnaires/nope").then().statusCode(404).contentType(PROBLEM)
                .body("status", equalTo(404)).body("detail", containsString("'nope'"));
        submit("nope", Map.of("answers", Map.of())).statusCode(404).contentType(PROBLEM);
    }

    @Test
    void quickCheckIsScoredAsWorkedOutByHand() {
        // value-ownership: named-owner no 0/1, acquisition agree reversed 1/4, value-drivers disagree 1/4, weight 3/10
        //   = 5/19 = 26.3; mandate: 1/4 + reversed 1/4 = 25.0; data: don't know left out, 1/4 = 25.0 at coverage 0.5;
        // stop: reversed 1/4 + no 0/1 + 3/10 = 4/15 = 26.7; overall (26.32 + 25 + 25 + 26.67) / 4 = 25.7 -> critical.
        String location = submit("quick-check", Map.of("locale", "en", "answers", Answers.quickCheckCritical()))
                .statusCode(201)
                .header("Location", containsString("/api/v1/results/"))
                .body("overall.score", equalTo(25.7f))
                .body("overall.band.id", equalTo("critical"))
                .body("elements.id", contains("value-ownership", "mandate", "data-to-decision", "stop-ability"))
                .body("elements.score", contains(26.3f, 25.0f, 25.0f, 26.7f))
                .body("elements[2].coverage", equalTo(0.5f))
                .body("warningSigns.findAll { it.triggered }.id", contains("kpis-pull-apart", "stops-after-launch", "value-unexplained"))
                .body("warningSigns[1].evidence.question", contains("handed-over", "stopped-recently"))
                // every element is linked to a fired sign, so the gap decides: 75, 75 (declared later), 73.7
                .body("priorities.element", contains("mandate", "data-to-decision", "value-ownership"))
                .body("priorities[0].recommendation", startsWith("Agree at leadership level"))
                .body("token.length()", equalTo(43))
                .body("reportUrl", startsWith("/r/"))
                .extract().header("Location");
        given().get(location).then().statusCode(200).body("overall.score", equalTo(25.7f))
                .body("questionnaire.version", equalTo("1.1")).body("locale", equalTo("en"));
    }

    @Test
    void journeyOwnershipWithTheBestAnswersScoresFullMarksWithNoSigns() {
        submit("journey-ownership", Map.of("answers", Answers.journeyOwnershipBest())).statusCode(201)
                .body("overall.score", equalTo(100.0f))
                .body("overall.band.id", equalTo("strong"))
                .body("elements.score", contains(100.0f, 100.0f, 100.0f, 100.0f))
                .body("stages.score", contains(100.0f, 100.0f, 100.0f))
                .body("breaksAt", nullValue())
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
        submit("journey-ownership", Map.of("answers", answers)).statusCode(201)
                .body("ownershipMap.status", contains("owned", "shared", "gap", "unknown", "owned"))
                .body("ownershipMap[0].stage", equalTo("Awareness & Consideration"))
                .body("ownershipMap[0].label", equalTo("Marketing"));
    }

    @Test
    void everyBadAnswerIsNamedAndNothingIsStored() {
        long before = stored();
        Map<String, Object> answers = new HashMap<>(Answers.journeyOwnershipBest());
        answers.put("no-such-question", "x");
        answers.put("value-measure", "profit");                 // not an option
        answers.put("long-term-weight", "ten");                 // wrong type
        answers.put("signals-reach", "complaints");             // multi needs a list
        answers.put("acquisition-targets", "dont-know");        // not offered on this question
        answers.put("comment", "x".repeat(2001));               // too long
        answers.put("named-owner", "no");                       // hides owner-seat, which is still answered
        answers.remove("stop-popular");                         // required
        submit("journey-ownership", Map.of("locale", "de", "answers", answers)).statusCode(400).contentType(PROBLEM)
                .body("errors.find { it.field == 'answers.no-such-question' }.message", containsString("unknown question"))
                .body("errors.find { it.field == 'answers.value-measure' }.message", containsString("'profit' is not an option"))
                .body("errors.find { it.field == 'answers.long-term-weight' }.message", containsString("whole number from 0 to 10"))
                .body("errors.find { it.field == 'answers.signals-reach' }.message", containsString("list of option values"))
                .body("errors.find { it.field == 'answers.acquisition-targets' }.message", containsString("does not offer"))
                .body("errors.find { it.field == 'answers.comment' }.message", containsString("at most 2000"))
                .body("errors.find { it.field == 'answers.owner-seat' }.message", containsString("not shown"))
                .body("errors.find { it.field == 'answers.stop-popular' }.message", equalTo("an answer is required"))
                .body("errors.find { it.field == 'locale' }.message", containsString("use one of: en"))
                .body("$", not(hasKey("stackTrace")));
        assertEquals(before, stored());
    }

    @Test
    void scaleOutOfRangeIsRefused() {
        Map<String, Object> answers = new HashMap<>(Answers.quickCheckCritical());
        answers.put("long-term-weight", 11);
        submit("quick-check", Map.of("answers", answers)).statusCode(400)
                .body("errors[0].field", equalTo("answers.long-term-weight"))
                .body("errors[0].message", containsString("outside the scale"));
    }

    @Test
    void unknownJsonPropertyIsNamed() {
        submit("quick-check", Map.of("answers", Answers.quickCheckCritical(), "email", "a@b.c")).statusCode(400)
                .contentType(PROBLEM).body("errors[0].field", equalTo("email"))
                .body("errors[0].message", containsString("unknown property 'email'"));
    }

    @Test
    void malformedJsonIs400WithPosition() {
        submit("quick-check", "{\"answers\": {\"named-owner\": ").statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Malformed JSON"));
    }

    @Test
    void answersThatAreNotAnObjectAreNamed() {
        submit("quick-check", "{\"answers\": [1, 2]}").statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", equalTo("answers"));
    }

    @Test
    void missingBodyIsNamed() {
        given().contentType(ContentType.JSON).post("/api/v1/questionnaires/quick-check/responses").then()
                .statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("body"));
    }

    @Test
    void bodyOver64KiBIs413() {
        String big = "{\"answers\": {\"comment\": \"" + "a".repeat(70_000) + "\"}}";
        submit("quick-check", big).statusCode(413).contentType(PROBLEM).body("status", equalTo(413))
                .body("detail", containsString("65536"));
    }

    @Test
    void wrongContentTypeIs415Problem() {
        given().contentType(ContentType.TEXT).body("hello").post("/api/v1/questionnaires/quick-check/responses")
                .then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void unknownAndMalformedTokensAre404() {
        given().get("/api/v1/results/" + "A".repeat(43)).then().statusCode(404).contentType(PROBLEM);
        given().get("/api/v1/results/short").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void tokensAreUnguessableAndDistinct() {
        String a = submit("quick-check", Map.of("answers", Answers.quickCheckCritical())).statusCode(201).extract().path("token");
        String b = submit("quick-check", Map.of("answers", Answers.quickCheckCritical())).statusCode(201).extract().path("token");
        assertEquals(43, a.length()); // 32 random bytes, base64url
        assertEquals(false, a.equals(b));
        assertEquals(true, a.matches("[A-Za-z0-9_-]{43}"));
    }

    @Test
    void multiWithDontKnowIsAcceptedAndLeftOutOfTheScore() {
        Map<String, Object> answers = new HashMap<>(Answers.journeyOwnershipBest());
        answers.put("signals-reach", "dont-know");
        submit("journey-ownership", Map.of("answers", answers)).statusCode(201)
                .body("elements.find { it.id == 'data-to-decision' }.score", equalTo(100.0f))
                .body("elements.find { it.id == 'data-to-decision' }.answered", equalTo(6))
                .body("elements.find { it.id == 'data-to-decision' }.shown", equalTo(7));
    }

    @Test
    void openApiDocumentsTheEndpoints() {
        given().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/v1/questionnaires/{id}/responses"))
                .body("paths", hasKey("/api/v1/results/{token}"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void readinessIncludesQuestionnairesAndDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("questionnaires"))
                .body("checks.find { it.name == 'questionnaires' }.data.loaded", equalTo(2))
                .body("checks.name", hasItem(containsString("Database")));
    }

}
