package no.journeydiag.report;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import no.journeydiag.account.service.PartnerKeys;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.questionnaire.service.QuestionnaireRegistry;
import no.journeydiag.response.Answers;
import no.journeydiag.response.service.DraftService;
import no.journeydiag.webhook.persistence.DeliveryEntity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Property: every valid answer set of the shipped questionnaires, drawn from their model, renders
 * every personal page and export, and wherever a score is missing each says so in words (never an
 * empty band or a bar of zero). Seeded and bounded, so a failure repeats.
 */
@QuarkusTest
@TestProfile(EveryAnswerSetRendersTest.Profile.class)
class EveryAnswerSetRendersTest {

    static final long SEED = 20261201L;
    static final int MIXED_PER_QUESTIONNAIRE = 20;
    static final String NOT_SCORED_EN = "Not enough answers to score";
    static final String NOT_SCORED_NB = "Ikke nok svar til å gi en skår";

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A webhook target that is never called (the sender polls hourly): its outbox rows are the payloads.
            return Map.of(
                    "diagnostic.embed.frame-ancestors",
                    "https://www.example-consultancy.com",
                    "diagnostic.webhooks.allow-http",
                    "true",
                    "diagnostic.webhooks.allow-loopback",
                    "true",
                    "diagnostic.webhooks.poll-every",
                    "1h",
                    "diagnostic.webhooks.targets.crm.url",
                    "http://127.0.0.1:9/hook",
                    "diagnostic.webhooks.targets.crm.secret",
                    "a-shared-secret-of-32-characters",
                    "diagnostic.webhooks.targets.crm.questionnaires",
                    "*",
                    "diagnostic.webhooks.targets.crm.events",
                    "response.completed");
        }
    }

    @Inject
    QuestionnaireRegistry registry;

    @Inject
    DraftService drafts;

    @Inject
    PartnerKeys partnerKeys;

    @Test
    void everyValidAnswerSetOfTheShippedQuestionnairesRendersEveryPersonalPageAndExport() {
        String since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(2).toString();
        Random random = new Random(SEED);
        List<String> tokens = new ArrayList<>();
        int unscoredElements = 0;
        for (String id : List.of("quick-check", "journey-ownership")) {
            Questionnaire q = registry.find(id).orElseThrow().questionnaire();
            List<RandomAnswers.Kind> kinds = new ArrayList<>(List.of(RandomAnswers.Kind.values()));
            for (int i = 0; i < MIXED_PER_QUESTIONNAIRE; i++) {
                kinds.add(RandomAnswers.Kind.MIXED);
            }
            for (RandomAnswers.Kind kind : kinds) {
                Map<String, Object> answers = RandomAnswers.of(q, kind, random);
                String locale = random.nextBoolean() ? "en" : "nb";
                String context = id + " " + kind + " " + answers;
                JsonPath submitted = checkSubmit(id, locale, answers, context);
                String token = submitted.getString("token");
                tokens.add(token);
                unscoredElements += checkPages(token, submitted, context);
                checkReview(id, locale, q, answers, context);
                if (q.leadCapture().on() && random.nextInt(3) == 0) {
                    given().contentType("application/json")
                            .body(Map.of("email", "p" + tokens.size() + "@example.no", "consent", true))
                            .post("/api/v1/results/" + token + "/lead")
                            .then()
                            .statusCode(201);
                    checkHtml("/r/" + token, submitted, submitted.getString("locale"), context + " with a lead");
                }
            }
        }
        assertTrue(unscoredElements > 0, "the sets include elements without a score");
        checkPartnerFeed(since, tokens);
        checkWebhookPayloads(tokens);
    }

    /** quick-check with every data-to-decision item "don't know": the element has no score, the page says so. */
    @Test
    void anElementWhoseItemsAreAllDontKnowSaysInBothLanguagesThatItHasNoScore() {
        Map<String, Object> answers =
                new HashMap<>(Answers.quickCheckCritical()); // reports-not-acted is "don't know" already
        answers.put("value-drivers", "dont-know");
        answers.put("reallocation", "dont-know");
        JsonPath result = checkSubmit("quick-check", "en", answers, "");
        String token = result.getString("token");
        // value-ownership: named-owner 0, campaign results 0, acquisition agree reversed .25, initiative project 0 (w
        // .5);
        //   value-drivers left out: .25 / 3.5 = 7.1 (coverage 3.5 / 4.5 = .78); mandate .5 / 3 = 16.7;
        //   data-to-decision: nothing answered, not judged; stop-ability .25 / 3 = 8.3
        assertEquals(Arrays.asList(7.1f, 16.7f, null, 8.3f), result.getList("elements.score"));
        assertNull(result.get("elements[2].band"));
        assertEquals("Too few answers to judge.", result.getString("elements[2].scoreNote"));
        assertEquals(true, result.getBoolean("elements[2].insufficient"));
        assertEquals(3, result.getList("elements[2].toFindOut").size(), "the three questions to find out about");
        assertNull(result.get("elements[0].scoreNote"));
        // an overall needs every element
        assertNull(result.get("overall.score"));
        assertEquals(
                "There is no overall score: From data to decision could not be judged from your answers, and an overall"
                        + " score needs every element.",
                result.getString("overall.scoreNote"));

        Document en = page("/r/" + token + "?lang=en");
        assertTrue(en.select("#element-data-to-decision td.score-cell")
                .text()
                .startsWith("Too few answers to judge. To judge it, find out:"));
        assertEquals(3, en.select("#element-data-to-decision ul.find-out li").size());
        assertEquals(0, en.select("#bar-data-to-decision rect.fill").size(), "no bar of zero");
        assertEquals(
                "Too few answers to judge.",
                en.select("#bar-data-to-decision text.value").text());
        assertTrue(en.select("#overall-note").text().startsWith("There is no overall score"));
        // every scored element is sign-linked; by gap: value 92.9, stop 91.7 (mandate 83.3 comes fourth)
        assertEquals(
                List.of("priority-mode", "priority-value-ownership", "priority-stop-ability"),
                en.select("ol.priorities > li").eachAttr("id"),
                "an unscored element is no priority");
        Document nb = page("/r/" + token + "?lang=nb");
        assertTrue(
                nb.select("#element-data-to-decision td.score-cell").text().startsWith("For få svar til å vurdere."));
        assertEquals("7,1", nb.select("#element-value-ownership span.score").text(), "a Norwegian decimal comma");
        assertEquals(
                "For få svar til å vurdere.",
                page("/embed/r/" + token + "?lang=nb")
                        .select("#bar-data-to-decision text.value")
                        .text());
    }

    static JsonPath checkSubmit(String id, String locale, Map<String, Object> answers, String context) {
        Response r = given().contentType("application/json")
                .body(Map.of("locale", locale, "answers", answers))
                .post("/api/v1/questionnaires/" + id + "/responses");
        assertEquals(201, r.statusCode(), context + " -> " + r.asString());
        JsonPath body = r.jsonPath();
        checkJson(body, context + " (submit)");
        JsonPath read = given().get("/api/v1/results/" + body.getString("token"))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        checkJson(read, context + " (GET result)");
        assertEquals(body.getList("elements.score"), read.getList("elements.score"));
        return body;
    }

    /** A score that is absent has no band and a note in words; one that is present has a band and no note. */
    static void checkJson(JsonPath r, String context) {
        checkScore(r.getMap("overall"), context + " overall");
        for (Map<String, Object> e : r.<Map<String, Object>>getList("elements")) {
            checkScore(e, context + " element " + e.get("id"));
        }
        for (Map<String, Object> s : r.<Map<String, Object>>getList("stages")) {
            if (s.get("score") == null) {
                assertNotNull(s.get("scoreNote"), context + " stage " + s.get("id"));
                assertFalse(
                        Boolean.TRUE.equals(s.get("breaks")), context + " an unscored stage does not break the chain");
            }
        }
        for (Map<String, Object> p : r.<Map<String, Object>>getList("priorities")) {
            if ("element".equals(p.get("kind"))) {
                assertNotNull(p.get("score"), context + " priority " + p.get("element"));
            } else {
                assertFalse(String.valueOf(p.get("recommendation")).isBlank(), context + " priority " + p.get("kind"));
            }
        }
    }

    static void checkScore(Map<String, Object> s, String context) {
        if (s.get("score") == null) {
            assertNull(s.get("band"), context);
            assertTrue(s.get("scoreNote") instanceof String note && !note.isBlank(), context);
        } else {
            assertNotNull(s.get("band"), context);
            assertNull(s.get("scoreNote"), context);
        }
    }

    /** The report in both languages and in the embed; returns how many elements had no score. */
    static int checkPages(String token, JsonPath result, String context) {
        checkHtml("/r/" + token + "?lang=en", result, "en", context);
        checkHtml("/r/" + token + "?lang=nb", result, "nb", context);
        checkHtml("/embed/r/" + token, result, result.getString("locale"), context);
        return (int)
                result.getList("elements.score").stream().filter(s -> s == null).count();
    }

    /** The result's note (in its own language) as the page in {@code locale} words it. */
    static String localNote(String note, String locale) {
        boolean nb = locale.equals("nb");
        if ("Too few answers to judge.".equals(note) || "For få svar til å vurdere.".equals(note)) {
            return nb ? "For få svar til å vurdere." : "Too few answers to judge.";
        }
        if (NOT_SCORED_EN.equals(note) || NOT_SCORED_NB.equals(note)) {
            return nb ? NOT_SCORED_NB : NOT_SCORED_EN;
        }
        return note;
    }

    static void checkHtml(String path, JsonPath result, String locale, String context) {
        Response r = given().get(path);
        assertEquals(200, r.statusCode(), path + " " + context + " -> " + r.asString());
        Document doc = Jsoup.parse(r.asString());
        String words = locale.equals("nb") ? NOT_SCORED_NB : NOT_SCORED_EN;
        for (Map<String, Object> e : result.<Map<String, Object>>getList("elements")) {
            String id = (String) e.get("id");
            if (e.get("score") == null) {
                // the words the result gives (format 2: too few answers to judge, then what to find out)
                String note = localNote((String) e.get("scoreNote"), locale);
                assertTrue(note != null && !note.isBlank(), path + " " + id + " has no note " + context);
                assertTrue(
                        doc.select("#element-" + id + " td.score-cell").text().startsWith(note),
                        path + " " + id + " " + context);
                assertEquals(0, doc.select("#bar-" + id + " rect.fill").size(), path + " no bar of zero for " + id);
                assertEquals(note, doc.select("#bar-" + id + " text.value").text(), path + " " + id);
            } else {
                assertEquals(1, doc.select("#bar-" + id + " rect.fill").size(), path + " " + id);
            }
        }
        for (Map<String, Object> s : result.<Map<String, Object>>getList("stages")) {
            if (s.get("score") == null) {
                assertTrue(doc.select("#stage-" + s.get("id")).text().contains(words), path + " stage " + s.get("id"));
            }
        }
        if (result.get("overall.score") == null) {
            assertTrue(doc.select("#overall-score").isEmpty(), path);
        }
    }

    /** The review page of a draft holding the same answers, saved step by step as the browser would. */
    void checkReview(String id, String locale, Questionnaire q, Map<String, Object> answers, String context) {
        String token = drafts.start(id, locale).token();
        for (int step = 1; step <= drafts.find(token).steps().size(); step++) {
            Map<String, Object> mine = new HashMap<>();
            for (var x : drafts.find(token).steps().get(step - 1).section().questions()) {
                if (answers.containsKey(x.id())) {
                    mine.put(x.id(), answers.get(x.id()));
                }
            }
            assertTrue(drafts.saveStep(token, step, mine).errors().isEmpty(), context);
        }
        Response r = given().get("/d/" + token + "/review");
        assertEquals(200, r.statusCode(), context + " -> " + r.asString());
        assertTrue(
                Jsoup.parse(r.asString())
                        .select(".summary-error, .review-missing")
                        .isEmpty(),
                context);
    }

    void checkPartnerFeed(String since, List<String> tokens) {
        String key = partnerKeys.create("Every answer set", List.of(), Set.of("quick-check", "journey-ownership"));
        List<String> seen = new ArrayList<>();
        String path = "/api/v1/results?limit=500&since=" + since;
        for (int page = 0; path != null && page < 100; page++) {
            Response r = given().urlEncodingEnabled(false)
                    .header("Authorization", "Bearer " + key)
                    .get(path);
            assertEquals(200, r.statusCode(), r.asString());
            for (Map<String, Object> item : r.jsonPath().<Map<String, Object>>getList("items")) {
                seen.add((String) item.get("token"));
                assertEquals(item.get("overall") == null, item.get("band") == null, "feed " + item);
                for (Map<?, ?> e : (List<Map<?, ?>>) item.get("elements")) {
                    assertEquals(e.get("score") == null, e.get("band") == null, "feed " + item.get("token") + " " + e);
                }
            }
            path = r.jsonPath().getString("next");
        }
        assertTrue(seen.containsAll(tokens), "every result is in the feed");
    }

    @Transactional
    void checkWebhookPayloads(List<String> tokens) {
        List<DeliveryEntity> rows = DeliveryEntity.list("eventType", "response.completed");
        List<String> seen = new ArrayList<>();
        for (DeliveryEntity d : rows) {
            JsonPath p = new JsonPath(d.payload);
            seen.add(p.getString("result.token"));
            assertEquals(p.get("result.overall") == null, p.get("result.band") == null, d.payload);
            for (Map<String, Object> e : p.<Map<String, Object>>getList("result.elements")) {
                assertEquals(e.get("score") == null, e.get("band") == null, d.payload);
            }
        }
        assertTrue(seen.containsAll(tokens), "a webhook event for every result");
    }

    static Document page(String path) {
        Response r = given().get(path);
        assertEquals(200, r.statusCode(), path + " -> " + r.asString());
        return Jsoup.parse(r.asString());
    }
}
