package no.journeydiag.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import no.journeydiag.questionnaire.load.QuestionnaireParser;
import no.journeydiag.questionnaire.service.QuestionnaireRegistry;
import no.journeydiag.questionnaire.service.SnapshotEntity;
import no.journeydiag.response.Answers;
import no.journeydiag.response.persistence.ResponseEntity;

/** Reports render from the stored definition, whatever happens to the file later. */
@QuarkusTest
class SnapshotTest {

    @Inject
    QuestionnaireRegistry registry;

    /**
     * Stores an older version of quick-check (different title, element label and recommendation)
     * and moves a fresh response onto it, as if the file had been edited and re-versioned since.
     */
    @Transactional
    void pretendResponseWasMadeWithAnOlderVersion(String token) throws Exception {
        String yaml = Files.readString(Path.of("questionnaires/quick-check.yaml"))
                .replace("version: '1.1'", "version: '0.9'")
                .replace("en: Who owns your customer journey? A three-minute check", "en: The old quick check")
                .replace("en: Mandate across functions", "en: Cross-functional mandate");
        SnapshotEntity old = new SnapshotEntity();
        old.questionnaire = "quick-check";
        old.version = "0.9";
        old.contentHash = QuestionnaireParser.sha256(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        old.sourceFile = "quick-check.yaml";
        old.sourceYaml = yaml;
        old.createdAt = OffsetDateTime.now();
        old.persist();
        ResponseEntity r = ResponseEntity.findByToken(token);
        r.snapshotId = old.id;
        r.version = "0.9";
        r.contentHash = old.contentHash;
    }

    @Test
    void aReportStillRendersWithItsOwnVersionAfterTheFileChanged() throws Exception {
        String token = given().contentType(ContentType.JSON).body(Map.of("answers", Answers.quickCheckCritical()))
                .post("/api/v1/questionnaires/quick-check/responses").then().statusCode(201).extract().path("token");
        pretendResponseWasMadeWithAnOlderVersion(token);

        Document doc = Jsoup.parse(given().get("/r/" + token).then().statusCode(200).extract().asString());
        assertEquals("The old quick check", doc.select("h1").text());
        assertEquals("Cross-functional mandate", doc.select("#element-mandate th .label").text());
        assertEquals("25.7", doc.select("#overall-score").text());
        given().get("/api/v1/results/" + token).then().statusCode(200)
                .body("questionnaire.version", equalTo("0.9"))
                .body("title", equalTo("The old quick check"));
        // the current version is untouched
        given().get("/api/v1/questionnaires/quick-check").then().body("title", equalTo("Who owns your customer journey? A three-minute check"));
    }

    @Transactional
    void setStoredHash(String version, String hash) {
        SnapshotEntity.findVersion("quick-check", version).contentHash = hash;
    }

    @Test
    void aFileEditedWithoutANewVersionIsRefusedNamingTheFile() {
        String real = QuestionnaireParser.sha256(readShipped());
        setStoredHash("1.1", "0".repeat(64)); // as if 1.1 had been stored with other content
        try {
            IllegalStateException e = assertThrows(IllegalStateException.class, registry::load);
            assertTrue(e.getMessage().contains("quick-check.yaml: the content changed but version '1.1' did not"), e.getMessage());
        } finally {
            setStoredHash("1.1", real);
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
