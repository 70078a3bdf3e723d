package no.journeydiag.response;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's curl example is what a newcomer tries first: it must be accepted as written. */
@QuarkusTest
class ReadmeExampleTest {

    @Test
    void theReadmesSubmitExampleIsAcceptedAsWritten() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher m = Pattern.compile(
                        "curl -s -H 'Content-Type: application/json' localhost:8080(\\S+) \\\\\\n\\s+-d '([^']+)'")
                .matcher(readme);
        assertTrue(m.find(), "the README has the submit example");
        Response r = given().contentType("application/json").body(m.group(2)).post(m.group(1));
        assertEquals(201, r.statusCode(), r.asString());
        assertEquals(4, r.jsonPath().getList("elements").size());
    }
}
