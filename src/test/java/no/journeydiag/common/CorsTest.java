package no.journeydiag.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** The API's CORS: only the configured origin (https://www.example-consultancy.com in tests), never credentials. */
@QuarkusTest
class CorsTest {

    static final String ALLOWED = "https://www.example-consultancy.com";

    static Response preflight(String origin) {
        return given().header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .options("/api/v1/questionnaires/quick-check/responses");
    }

    @Test
    void aPreflightFromTheConfiguredOriginIsAllowed() {
        Response r = preflight(ALLOWED);
        assertEquals(204, r.statusCode());
        assertEquals(ALLOWED, r.getHeader("Access-Control-Allow-Origin"));
        assertTrue(r.getHeader("Access-Control-Allow-Methods").contains("POST"));
        assertTrue(r.getHeader("Access-Control-Allow-Headers").contains("Content-Type"));
        assertNull(r.getHeader("Access-Control-Allow-Credentials"));
        assertTrue(r.getHeader("Vary").contains("Origin"));
    }

    @Test
    void aPreflightFromAnyOtherOriginGetsNoCorsHeaders() {
        for (String origin :
                new String[] {"https://evil.example", "https://www.example-consultancy.com.evil.example", "null"}) {
            Response r = preflight(origin);
            assertNull(r.getHeader("Access-Control-Allow-Origin"), origin);
            assertNull(r.getHeader("Access-Control-Allow-Methods"), origin);
        }
    }

    @Test
    void responsesNameTheAllowedOriginOnlyAndExposeLocation() {
        Response ok = given().header("Origin", ALLOWED).get("/api/v1/questionnaires");
        assertEquals(200, ok.statusCode());
        assertEquals(ALLOWED, ok.getHeader("Access-Control-Allow-Origin"));
        assertEquals("Location", ok.getHeader("Access-Control-Expose-Headers"));
        Response other = given().header("Origin", "https://evil.example").get("/api/v1/questionnaires");
        assertEquals(200, other.statusCode(), "the answer is the same; the browser withholds it from that page");
        assertNull(other.getHeader("Access-Control-Allow-Origin"));
        assertNull(
                given().header("Origin", ALLOWED).get("/a/quick-check").getHeader("Access-Control-Allow-Origin"),
                "pages are not part of the CORS surface");
    }
}
