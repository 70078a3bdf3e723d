package no.journeydiag.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import no.journeydiag.response.Answers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Report pages kept as bytes: each visitor gets their own form token, revalidation answers 304,
 * and a kept page never outlives the result, its lead or its peer figures.
 */
@QuarkusTest
class ReportPageCacheTest {

    @Inject
    MeterRegistry meters;

    static String submit() {
        return given().contentType("application/json")
                .body(Map.of("answers", Answers.quickCheckCritical()))
                .post("/api/v1/questionnaires/quick-check/responses")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
    }

    /** A browser without cookies opening the page: its new csrf cookie, the form's token, the ETag. */
    record View(String cookie, String csrf, String etag, Document doc) {
        static View open(String path) {
            Response r = given().get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            Document d = Jsoup.parse(r.asString());
            return new View(
                    r.getCookie("csrf-token"),
                    d.select("input[name=csrf-token]").attr("value"),
                    r.header("ETag"),
                    d);
        }

        Response postLead(String token, String email) {
            return given().redirects()
                    .follow(false)
                    .cookie("csrf-token", cookie)
                    .contentType("application/x-www-form-urlencoded")
                    .formParam("csrf-token", csrf)
                    .formParam("email", email)
                    .formParam("consent", "yes")
                    .post("/r/" + token + "/lead");
        }
    }

    double count(String result) {
        var c = meters.find("diagnostic.report.cache").tag("result", result).counter();
        return c == null ? 0 : c.count();
    }

    @Test
    void twoVisitorsOfAKeptPageEachGetTheirOwnFormTokenAndBothCanLeaveTheirDetails() {
        String token = submit();
        double hitsBefore = count("hit");
        View first = View.open("/r/" + token); // rendered and kept
        View second = View.open("/r/" + token); // the kept bytes, with the second visitor's token spliced in
        assertThat(count("hit") - hitsBefore).as("the second view is a hit").isEqualTo(1.0);

        assertThat(first.csrf()).isEqualTo(first.cookie()).hasSize(43);
        assertThat(second.csrf()).isEqualTo(second.cookie()).isNotEqualTo(first.csrf());
        assertThat(second.doc().html()).doesNotContain(first.csrf());
        assertThat(second.etag()).as("the ETag covers the token sent").isNotEqualTo(first.etag());

        assertThat(second.postLead(token, "kari@example.no").statusCode()).isEqualTo(303);
        assertThat(first.postLead(token, "ola@example.no").statusCode()).isEqualTo(303);
    }

    @Test
    void aRevalidationWithTheSameTokenIsNotModifiedAndAnotherVisitorGetsThePage() {
        String token = submit();
        View view = View.open("/r/" + token);
        assertThat(view.etag()).startsWith("\"").endsWith("\"");

        Response again = given().cookie("csrf-token", view.cookie())
                .header("If-None-Match", view.etag())
                .get("/r/" + token);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.header("ETag")).isEqualTo(view.etag());
        assertThat(again.asString()).isEmpty();

        // Without the cookie the page carries a new token, so the old ETag no longer fits it.
        Response stranger = given().header("If-None-Match", view.etag()).get("/r/" + token);
        assertThat(stranger.statusCode()).isEqualTo(200);
        assertThat(stranger.header("Cache-Control")).isEqualTo("private, no-cache");
    }

    @Test
    void aDeletedReportIsGoneAtOnceThoughItsPageWasKept() {
        String token = submit();
        View.open("/r/" + token);
        View.open("/r/" + token);
        given().delete("/api/v1/results/" + token).then().statusCode(204);
        given().get("/r/" + token).then().statusCode(410);
    }

    @Test
    void aResultDeletedByAnotherInstanceIsNotFoundAtOnceThoughThisOneKeptItsPage() {
        String token = submit();
        View.open("/r/" + token);
        View.open("/r/" + token); // the page and the parsed result are kept here
        // as another instance would: straight in the database, so nothing on this one hears of it
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> no.journeydiag.response.persistence.ResponseEntity.delete("reportToken", token));
        given().get("/r/" + token).then().statusCode(404);
    }

    @Test
    void theKeptPageChangesWhenALeadIsLeftOrThePeerFiguresMove() {
        String token = submit();
        View before = View.open("/r/" + token);
        String compareBefore = before.doc().select("#compare").text();

        // One more response of the same version: the count in "how you compare" moves by one, whether the
        // comparison is shown yet ("... of the N responses") or not ("N more responses").
        submit();
        View after = View.open("/r/" + token);
        assertThat(after.doc().select("#compare").text()).isNotEqualTo(compareBefore);

        assertThat(after.doc().select("#lead-saved")).isEmpty();
        assertThat(after.postLead(token, "kari@example.no").statusCode()).isEqualTo(303);
        assertThat(View.open("/r/" + token).doc().select("#lead-saved")).hasSize(1);
    }
}
