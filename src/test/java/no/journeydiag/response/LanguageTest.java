package no.journeydiag.response;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Locale resolution and the Norwegian pages of the shipped questionnaires. */
@QuarkusTest
class LanguageTest {

    static Document landing(String query, String acceptLanguage, String langCookie) {
        var req = given();
        if (acceptLanguage != null) {
            req = req.header("Accept-Language", acceptLanguage);
        }
        if (langCookie != null) {
            req = req.cookie("lang", langCookie);
        }
        return Jsoup.parse(req.get("/a/quick-check" + query)
                .then()
                .statusCode(200)
                .extract()
                .asString());
    }

    @Test
    void theLanguageComesFromTheQueryThenTheCookieThenAcceptLanguageThenTheDefault() {
        assertEquals("en", landing("", null, null).select("html").attr("lang"));
        assertEquals(
                "nb",
                landing("", "nb-NO,nb;q=0.9,en;q=0.5", null).select("html").attr("lang"));
        assertEquals("nb", landing("", "no", null).select("html").attr("lang"), "'no' means Bokmål here");
        assertEquals("en", landing("", "nb", "en").select("html").attr("lang"), "the cookie beats Accept-Language");
        assertEquals("nb", landing("?lang=nb", "en", "en").select("html").attr("lang"), "the query beats everything");
        assertEquals(
                "en", landing("?lang=de", null, null).select("html").attr("lang"), "an unknown language falls back");
        Response r = given().get("/a/quick-check?lang=nb");
        assertEquals("nb", r.getCookie("lang"), "an explicit choice is remembered");
    }

    @Test
    void everyPageOffersTheOtherLanguage() {
        Document doc = landing("?lang=nb", null, null);
        assertEquals("?lang=en", doc.select("nav.langs a[lang=en]").attr("href"));
        assertEquals("English", doc.select("nav.langs a[lang=en]").text());
    }

    /** Every English question text and option label of a questionnaire that differs from its Norwegian one. */
    static List<String> englishOnly(String questionnaire) {
        JsonPath en = given().get("/api/v1/questionnaires/" + questionnaire + "?lang=en")
                .jsonPath();
        JsonPath nb = given().get("/api/v1/questionnaires/" + questionnaire + "?lang=nb")
                .jsonPath();
        List<String> out = new ArrayList<>();
        List<String> enTexts = new ArrayList<>(en.getList("sections.questions.flatten().text", String.class));
        enTexts.addAll(en.getList("sections.questions.flatten().options.flatten().label", String.class));
        List<String> nbTexts = new ArrayList<>(nb.getList("sections.questions.flatten().text", String.class));
        nbTexts.addAll(nb.getList("sections.questions.flatten().options.flatten().label", String.class));
        for (String s : enTexts) {
            if (!nbTexts.contains(s) && s.length() >= 4) { // "No" would match inside Norwegian words
                out.add(s);
            }
        }
        assertTrue(out.size() > 20, "the check must have English to look for");
        return out;
    }

    @Test
    void aNorwegianTakerSeesNoEnglishFromStartToReport() {
        FlowTest.Browser b = new FlowTest.Browser("quick-check");
        Response started = b.req()
                .formParam("csrf-token", b.csrfField)
                .formParam("lang", "nb")
                .post("/a/quick-check/start");
        String step = started.getHeader("Location");
        Document page = Jsoup.parse(b.req().get(step).asString());
        List<String> english = new ArrayList<>(englishOnly("quick-check"));
        english.addAll(List.of(
                "Step 1 of",
                "Next",
                "Review answers",
                "Strongly agree",
                "Don't know",
                "(required)",
                "Your answers are saved"));
        assertEquals("nb", page.select("html").attr("lang"));
        assertTrue(page.text().contains("Steg 1 av 1"));
        for (String s : english) {
            assertTrue(!page.text().contains(s), "English on the Norwegian step page: " + s);
        }
        String token = step.replaceAll(".*/d/([^/]+)/1$", "$1");
        b.post("/d/" + token + "/1", Answers.quickCheckCritical());
        String report = b.post("/d/" + token + "/submit", Map.of()).getHeader("Location");
        Document doc = Jsoup.parse(given().get(report).asString());
        assertEquals("nb", doc.select("html").attr("lang"));
        english.addAll(List.of(
                "Warning signs",
                "Improve first",
                "You answered",
                "Overall",
                "Critical",
                "Value over time",
                "How this report is made",
                "Your way of working",
                "Project logic"));
        for (String s : english) {
            assertTrue(!doc.text().contains(s), "English on the Norwegian report: " + s);
        }
        assertTrue(doc.text().contains("Varselsignaler"));
        assertTrue(
                doc.select("main > p.muted")
                        .first()
                        .text()
                        .matches("Rapport · \\d{1,2}\\. \\p{L}+ \\d{4} kl\\. \\d{2}\\.\\d{2}"),
                doc.select("main > p.muted").first().text());
        assertTrue(doc.text()
                .contains("Du svarte «Enig» på «Målene til marked, salg, produkt og kundeservice trekker ofte"));
        assertTrue(doc.text().contains("Slik er rapporten laget"), "the method section is in Norwegian too");
        assertTrue(
                doc.select("#overall-score").text().contains(","),
                "a decimal comma: " + doc.select("#overall-score").text());
        // the reader can switch the report to English
        Document english2 = Jsoup.parse(given().get(report + "?lang=en").asString());
        assertTrue(english2.text().contains("Warning signs"));
    }

    @Test
    void journeyOwnershipIsFullyTranslated() {
        JsonPath nb = given().get("/api/v1/questionnaires/journey-ownership?lang=nb")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("nb", nb.getString("locale"));
        assertEquals("Hvem eier kundereisen?", nb.getString("title"));
        assertEquals(41, nb.getList("sections.questions.flatten()").size());
        englishOnly("journey-ownership");
    }

    @Test
    void messagesAtQuestionsAreInTheRespondentsLanguage() {
        FlowTest.Browser b = new FlowTest.Browser("quick-check");
        String step = b.req()
                .formParam("csrf-token", b.csrfField)
                .formParam("lang", "nb")
                .post("/a/quick-check/start")
                .getHeader("Location");
        String token = step.replaceAll(".*/d/([^/]+)/1$", "$1");
        Response r = b.post("/d/" + token + "/1", Map.of("named-owner", "ja-takk"));
        assertEquals(400, r.statusCode());
        Document doc = Jsoup.parse(r.asString());
        assertEquals(
                "Dette svaret kunne ikke brukes. Velg på nytt.",
                doc.select("#err-named-owner").text());
        assertEquals(
                "Svar på dette spørsmålet.", doc.select("#err-kpis-conflict").text());
        assertTrue(doc.select("#errors").text().startsWith("Noen svar må rettes"));
    }

    static final List<String> ENGLISH_UI = List.of(
            "Step ",
            "Next",
            "Back",
            "Review answers",
            "Strongly agree",
            "Don't know",
            "(required)",
            "(optional)",
            "Your answers are saved",
            "Check your answers",
            "See my report",
            "Warning signs",
            "Improve first",
            "You answered",
            "Overall",
            "Who leads",
            "Appendix",
            "Take it again",
            "Skip to content",
            "the chain holds",
            "weakest link");

    static void assertNoEnglish(Document page, List<String> english, String where) {
        String text = page.text();
        for (String s : english) {
            assertTrue(!text.contains(s), "English on the Norwegian " + where + ": " + s);
        }
    }

    @Test
    void everyNorwegianPageOfJourneyOwnershipIsFreeOfEnglish() {
        List<String> english = new ArrayList<>(englishOnly("journey-ownership"));
        english.addAll(ENGLISH_UI);
        FlowTest.Browser b = new FlowTest.Browser("journey-ownership");
        String location = b.req()
                .formParam("csrf-token", b.csrfField)
                .formParam("lang", "nb")
                .post("/a/journey-ownership/start")
                .getHeader("Location");
        Map<String, Object> best = Answers.journeyOwnershipBest();
        int steps = 0;
        while (location.matches(".*/d/[^/]+/\\d+")) {
            Document page = Jsoup.parse(b.req().get(location).asString());
            assertNoEnglish(page, english, "step " + location);
            Map<String, Object> answers = new java.util.LinkedHashMap<>();
            page.select("form.step-form [name^=q.]").forEach(e -> {
                String id = e.attr("name").substring(2);
                if (best.containsKey(id) && !e.parents().hasAttr("hidden")) {
                    answers.put(id, best.get(id));
                }
            });
            answers.putIfAbsent("named-owner", best.get("named-owner"));
            if (page.select("#question-named-owner").isEmpty()) {
                answers.remove("named-owner");
            }
            answers.put("owner-seat", "ceo");
            if (page.select("#question-owner-seat").isEmpty()) {
                answers.remove("owner-seat");
            }
            Response r = b.post(location.replaceAll("^.*(/d/)", "$1"), answers);
            assertEquals(303, r.statusCode(), r.asString());
            location = r.getHeader("Location");
            assertTrue(++steps < 10);
        }
        assertEquals(7, steps); // six diagnostic steps and the optional "about your organisation"
        Document review = Jsoup.parse(b.req().get(location).asString());
        assertNoEnglish(review, english, "review");
        String token = location.replaceAll(".*/d/([^/]+)/review$", "$1");
        String report = b.post("/d/" + token + "/submit", Map.of()).getHeader("Location");
        Document reportPage = Jsoup.parse(given().get(report).asString());
        assertNoEnglish(reportPage, english, "report");
        assertTrue(reportPage.text().contains("kjeden holder hele veien"), "the chain's verdict is in Norwegian too");
    }

    @Test
    void homeAndErrorPagesFollowTheLanguageToo() {
        Document home =
                Jsoup.parse(given().header("Accept-Language", "nb").get("/").asString());
        assertEquals("nb", home.select("html").attr("lang"));
        assertTrue(home.text().contains("Hvem eier kundereisen deres?"));
        assertNoEnglish(home, List.of("Choose a diagnostic", "questions · about"), "home page");
        Response missing = given().header("Accept-Language", "nb").get("/r/" + "q".repeat(43));
        assertEquals(404, missing.statusCode());
        assertTrue(Jsoup.parse(missing.asString()).text().contains("Vi fant ikke denne siden"));
    }
}
