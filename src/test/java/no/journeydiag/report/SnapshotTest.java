package no.journeydiag.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import no.journeydiag.common.JsonText;
import no.journeydiag.questionnaire.load.QuestionnaireParser;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.questionnaire.service.QuestionnaireRegistry;
import no.journeydiag.questionnaire.service.SnapshotEntity;
import no.journeydiag.response.Answers;
import no.journeydiag.response.persistence.ResponseEntity;
import no.journeydiag.response.service.AnswerReader;
import no.journeydiag.response.service.ResponseService;
import no.journeydiag.scoring.Scoring;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Reports render from the stored definition, whatever happens to the file later. */
@QuarkusTest
class SnapshotTest {

    @Inject
    QuestionnaireRegistry registry;

    @Inject
    JsonText json;

    /** The quick check as it shipped in version 1.1 (format 1, raw points), before 2.0 replaced it. */
    static String version11() throws Exception {
        try (var in = SnapshotTest.class.getResourceAsStream("/fixtures/quick-check-1.1.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Its answers as a 1.1 taker gave them; ResponseApiTest worked their 1.1 scores out by hand: overall 25.7. */
    static Map<String, Object> answers11() {
        Map<String, Object> a = new HashMap<>();
        a.put("named-owner", "no");
        a.put("acquisition-targets", "agree");
        a.put("owner-can-change", "disagree");
        a.put("kpis-conflict", "agree");
        a.put("combined-picture", "dont-know");
        a.put("value-drivers", "disagree");
        a.put("handed-over", "agree");
        a.put("stopped-recently", "no");
        a.put("long-term-weight", 3);
        return a;
    }

    /**
     * Stores version 1.1 as a snapshot and turns a fresh response into one made with it: its 1.1
     * answers, scored by the 1.1 rules and stored as then.
     */
    @Transactional
    void pretendResponseWasMadeWithVersion11(String token, String yaml) {
        SnapshotEntity old = SnapshotEntity.findVersion("quick-check", "1.1");
        if (old == null) {
            old = new SnapshotEntity();
            old.questionnaire = "quick-check";
            old.version = "1.1";
            old.contentHash = QuestionnaireParser.sha256(yaml.getBytes(StandardCharsets.UTF_8));
            old.sourceFile = "quick-check.yaml";
            old.sourceYaml = yaml;
            old.createdAt = OffsetDateTime.now();
            old.persist();
        }
        Questionnaire q = QuestionnaireParser.parse("quick-check.yaml", yaml.getBytes(StandardCharsets.UTF_8))
                .questionnaire();
        var read = AnswerReader.read(q, answers11(), AnswerReader.Hidden.REJECT, "");
        ResponseEntity r = ResponseEntity.findByToken(token);
        r.snapshotId = old.id;
        r.version = "1.1";
        r.contentHash = old.contentHash;
        r.answersJson = json.write(ResponseService.toJson(read.answers()));
        r.resultJson = json.write(Scoring.score(q, read.answers()));
    }

    @Test
    void aReportOfTheOlderFormatStillRendersWithItsOwnVersionAndScores() throws Exception {
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("answers", Answers.quickCheckCritical()))
                .post("/api/v1/questionnaires/quick-check/responses")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        pretendResponseWasMadeWithVersion11(token, version11());

        for (String lang : new String[] {"en", "nb"}) {
            Document doc = Jsoup.parse(given().get("/r/" + token + "?lang=" + lang)
                    .then()
                    .statusCode(200)
                    .extract()
                    .asString());
            assertEquals(
                    lang.equals("en")
                            ? "Who owns your customer journey? A three-minute check"
                            : "Hvem eier kundereisen deres? En sjekk på tre minutter",
                    doc.select("h1").text());
            // the 1.1 result as stored: raw points, worked out by hand in the 1.1 ResponseApiTest
            assertEquals(
                    lang.equals("en") ? "25.7" : "25,7",
                    doc.select("#overall-score").text());
            assertTrue(doc.select("#method").isEmpty(), "the method section describes format 2 only");
        }
        given().get("/api/v1/results/" + token)
                .then()
                .statusCode(200)
                .body("questionnaire.version", equalTo("1.1"))
                .body("overall.score", equalTo(25.7f))
                .body(
                        "priorities.element",
                        org.hamcrest.Matchers.contains("mandate", "data-to-decision", "value-ownership"));
        // the current version is untouched
        given().get("/api/v1/questionnaires/quick-check")
                .then()
                .body("version", equalTo("2.2"))
                .body("title", equalTo("Who owns your customer journey? A four-minute check"));
    }

    @Transactional
    void setStoredHash(String version, String hash) {
        SnapshotEntity.findVersion("quick-check", version).contentHash = hash;
    }

    @Test
    void aFileEditedWithoutANewVersionIsRefusedNamingTheFile() {
        String real = QuestionnaireParser.sha256(readShipped());
        setStoredHash("2.2", "0".repeat(64)); // as if 2.2 had been stored with other content
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class, registry::load);
            assertTrue(
                    e.getMessage().contains("quick-check.yaml: the content changed but version '2.2' did not"),
                    e.getMessage());
        } finally {
            setStoredHash("2.2", real);
        }
        registry.load(); // and with the right hash it loads again
    }

    private static byte[] readShipped() {
        try {
            return Files.readAllBytes(Path.of("questionnaires/quick-check.yaml"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
