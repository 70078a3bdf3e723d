package no.journeydiag.embed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import java.util.Map;
import no.journeydiag.response.Answers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Embed mode over HTTP: the script's caching, who may frame what, cookie-free posts guarded by the tokens in their paths. */
@QuarkusTest
@TestProfile(EmbedProfile.class)
class EmbedTest {

    @TestHTTPResource("/")
    URL base;

    /** A form post as the iframe's own page sends it: from our origin. */
    RequestSpecification fromOurPage() {
        String origin = base.toString().replaceAll("/$", "");
        return given().redirects()
                .follow(false)
                .header("Origin", origin)
                .contentType("application/x-www-form-urlencoded");
    }

    @Test
    void theScriptIsCacheableAndVersioned() {
        Response plain = given().get("/embed.js");
        assertEquals(200, plain.statusCode());
        assertTrue(plain.contentType().startsWith("text/javascript"));
        assertEquals("public, max-age=300", plain.getHeader("Cache-Control"));
        String etag = plain.getHeader("ETag");
        assertTrue(etag.matches("\"[0-9a-f]{16}\""), etag);
        assertEquals(
                "public, max-age=31536000, immutable",
                given().get("/embed.js?v=" + etag.replace("\"", "")).getHeader("Cache-Control"));
        assertEquals(304, given().header("If-None-Match", etag).get("/embed.js").statusCode());
        assertTrue(plain.asString().contains("diagnostic:completed"));
    }

    @Test
    void embedPagesMayBeFramedByTheConfiguredSiteOnlyAndOtherPagesByNobody() {
        Response embed = given().get("/embed/quick-check?lang=nb");
        assertEquals(200, embed.statusCode());
        assertTrue(embed.getHeader("Content-Security-Policy").endsWith("frame-ancestors " + EmbedProfile.SITE));
        assertNull(embed.getHeader("X-Frame-Options"));
        assertTrue(embed.getHeaders().getValues("Set-Cookie").isEmpty(), "no cookies in a third-party iframe");
        Document doc = Jsoup.parse(embed.asString());
        assertEquals("embed", doc.body().className());
        assertEquals("nb", doc.select("html").attr("lang"));
        assertFalse(doc.select("script[src^=/js/embed-child.js?v=]").isEmpty());

        Response page = given().get("/a/quick-check");
        assertEquals("DENY", page.getHeader("X-Frame-Options"));
        assertTrue(page.getHeader("Content-Security-Policy").endsWith("frame-ancestors 'none'"));
        assertTrue(given().get("/embed/no-such-questionnaire").statusCode() == 404);
    }

    @Test
    void aPostNamingAnotherSiteIsRefusedButTheFramesOwnPostsWithOriginNullGoThrough() {
        assertEquals(
                400,
                given().redirects()
                        .follow(false)
                        .header("Origin", "https://evil.example")
                        .contentType("application/x-www-form-urlencoded")
                        .formParam("lang", "en")
                        .post("/embed/quick-check/start")
                        .statusCode());
        // Chromium sends Origin: null from a no-referrer page (the report), and a blocked third-party frame sends no
        // cookie.
        String report = given().contentType("application/json")
                .body(Map.of("answers", Answers.quickCheckCritical()))
                .post("/api/v1/questionnaires/quick-check/responses")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        Response lead = given().redirects()
                .follow(false)
                .header("Origin", "null")
                .contentType("application/x-www-form-urlencoded")
                .formParam("email", "frame@example.no")
                .formParam("consent", "yes")
                .post("/embed/r/" + report + "/lead");
        assertEquals(303, lead.statusCode(), lead.asString());
        assertTrue(lead.getHeader("Location").endsWith("/embed/r/" + report + "#lead"));
        assertTrue(lead.getHeaders().getValues("Set-Cookie").isEmpty());
        String thanked = given().get("/embed/r/" + report).asString();
        assertEquals(1, Jsoup.parse(thanked).select("#lead-saved").size());
        assertFalse(thanked.contains("frame@example.no"), "the address is never shown on the report");
        Response deleted = given().redirects()
                .follow(false)
                .contentType("application/x-www-form-urlencoded")
                .post("/embed/r/" + report + "/delete");
        assertEquals(200, deleted.statusCode(), "no Origin at all: accepted, the token in the path is the guard");
        assertEquals(
                "/embed/quick-check",
                Jsoup.parse(deleted.asString()).select("main a").attr("href"),
                "a link that works inside the frame");
        given().get("/api/v1/results/" + report).then().statusCode(404);
    }

    @Test
    void anErrorInsideTheFrameUsesTheEmbedLayout() {
        Response r = given().get("/embed/r/" + "x".repeat(43));
        assertEquals(404, r.statusCode());
        assertTrue(r.getHeader("Content-Security-Policy").endsWith("frame-ancestors " + EmbedProfile.SITE), "framable");
        Document doc = Jsoup.parse(r.asString());
        assertEquals("embed", doc.body().className());
        assertFalse(doc.select("script[src^=/js/embed-child.js?v=]").isEmpty(), "it resizes its frame");
        assertTrue(doc.select("header.site, footer.site").isEmpty(), "no site header or footer");
        assertTrue(doc.select("main a[href=/]").isEmpty(), "no link to a page that refuses framing");
        Document site = Jsoup.parse(given().get("/r/" + "x".repeat(43)).asString());
        assertFalse(site.select("header.site").isEmpty(), "the site's own error page keeps its layout");
    }

    @Test
    void theWholeFlowRunsUnderEmbedWithoutCookiesAndTheReportCarriesTheResultForTheHostPage() {
        Response started = fromOurPage().formParam("lang", "en").post("/embed/quick-check/start");
        assertEquals(303, started.statusCode());
        assertTrue(
                started.getHeader("Location").matches(".*/embed/d/[A-Za-z0-9_-]{43}/1"), started.getHeader("Location"));
        assertTrue(started.getHeaders().getValues("Set-Cookie").isEmpty());
        String token = started.getHeader("Location").replaceAll(".*/embed/d/([A-Za-z0-9_-]{43})/1", "$1");

        Document step = Jsoup.parse(given().get("/embed/d/" + token + "/1").asString());
        assertEquals("/embed/d/" + token + "/1", step.select("form.step-form").attr("action"));
        RequestSpecification post = fromOurPage();
        for (Map.Entry<String, String> e : Answers.quickCheckCriticalForm().entrySet()) {
            post = post.formParam(e.getKey(), e.getValue());
        }
        Response saved = post.post("/embed/d/" + token + "/1");
        assertEquals(303, saved.statusCode(), saved.asString());
        assertTrue(saved.getHeader("Location").endsWith("/embed/d/" + token + "/review"));
        Response submitted = fromOurPage().post("/embed/d/" + token + "/submit");
        assertTrue(
                submitted.getHeader("Location").matches(".*/embed/r/[A-Za-z0-9_-]{43}"),
                submitted.getHeader("Location"));

        String report = submitted.getHeader("Location").replaceAll("^https?://[^/]+", "");
        Document doc = Jsoup.parse(given().get(report).asString());
        assertEquals("15.3", doc.select("#overall-score").text()); // worked out in ResponseApiTest
        JsonPath result = new JsonPath(doc.select("main").attr("data-result"));
        assertEquals(report.substring("/embed/r/".length()), result.getString("resultToken"));
        assertEquals(15.3f, result.getFloat("overall"));
        assertEquals(4, result.getList("elements").size());
        assertTrue(result.getString("reportUrl").endsWith("/r/" + result.getString("resultToken")));
        assertEquals(report + "/lead#lead", doc.select("form.lead-form").attr("action"));
    }
}
