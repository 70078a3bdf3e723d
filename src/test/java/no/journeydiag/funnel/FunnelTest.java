package no.journeydiag.funnel;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import no.journeydiag.attribution.MarketingProfile;
import no.journeydiag.funnel.service.Funnel;
import no.journeydiag.funnel.service.FunnelReport;
import no.journeydiag.response.Answers;
import no.journeydiag.workshop.Client;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The funnel counts visits, starts, steps, finishes and leads by source and channel, and the dashboard shows them. */
@QuarkusTest
@TestProfile(MarketingProfile.class)
class FunnelTest {

    @Inject
    FunnelReport reports;

    @Inject
    Funnel funnel;

    FunnelReport.Source source(String name) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return reports.report("site-check", today, today).sources().stream()
                .filter(s -> s.source().equals(name))
                .findFirst()
                .orElse(new FunnelReport.Source(name, 0, 0, 0, 0));
    }

    /** One visitor from the landing page to the report; returns the report token. */
    static String visit(String path, String source, boolean finish) {
        Response landing = given().get(path + "?utm_source=" + source);
        assertEquals(200, landing.statusCode());
        Document page = Jsoup.parse(landing.asString());
        String csrf = page.select("input[name=csrf-token]").val();
        Map<String, String> cookies = landing.getCookie("csrf-token") == null
                ? Map.of()
                : Map.of("csrf-token", landing.getCookie("csrf-token"));
        String action = page.select("form").first().attr("action");
        Response started = given().redirects()
                .follow(false)
                .cookies(cookies)
                .formParam("csrf-token", csrf)
                .formParam(
                        "hidden.utm_source",
                        page.select("input[name=hidden.utm_source]").val())
                .post(action);
        assertEquals(303, started.statusCode(), started.asString());
        if (!finish) {
            return null;
        }
        String step = started.getHeader("Location").replaceAll("^https?://[^/]+", "");
        var save = given().redirects().follow(false).cookies(cookies).formParam("csrf-token", csrf);
        for (var e : Answers.quickCheckCriticalForm().entrySet()) {
            save = save.formParam(e.getKey(), e.getValue());
        }
        assertEquals(303, save.post(step).statusCode());
        Response submitted = given().redirects()
                .follow(false)
                .cookies(cookies)
                .formParam("csrf-token", csrf)
                .post(step.replaceAll("/1$", "/submit"));
        assertEquals(303, submitted.statusCode());
        return submitted.getHeader("Location").replaceAll(".*/r/", "");
    }

    @Test
    void eachVisitorCountsOnceAtEveryStepTheyReachUnderTheirSourceAndChannel() {
        // Three visits from "funnel-news": one only looks, one starts and leaves, one finishes and leaves
        // contact details; one finished visit through the embed from "funnel-embed".
        given().get("/a/site-check?utm_source=funnel-news").then().statusCode(200);
        visit("/a/site-check", "funnel-news", false);
        String token = visit("/a/site-check", "Funnel-News", true); // sources are counted in lower case
        given().contentType("application/json")
                .body(Map.of("email", "kari@example.no", "consent", true))
                .post("/api/v1/results/" + token + "/lead")
                .then()
                .statusCode(201);
        given().contentType("application/json")
                .body(Map.of("email", "kari.n@example.no", "consent", true))
                .post("/api/v1/results/" + token + "/lead")
                .then()
                .statusCode(201); // replaced, not a second lead
        visit("/embed/site-check", "funnel-embed", true);

        // landing 3, started 2, finished 1, lead 1
        assertEquals(new FunnelReport.Source("funnel-news", 3, 2, 1, 1), source("funnel-news"));
        assertEquals(new FunnelReport.Source("funnel-embed", 1, 1, 1, 0), source("funnel-embed"));
    }

    @Test
    void theDashboardShowsTheStepsWithTheirDropOffAndACsvAndNoOneElseSeesIt() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long landingBefore = reports.report("site-check", today, today).count("landing");
        long finishedBefore = reports.report("site-check", today, today).count("finished");
        visit("/a/site-check", "funnel-dash", true);
        visit("/a/site-check", "funnel-dash", false);

        Client admin = new Client().login("admin", "test-admin-password");
        Document page = admin.page("/consultant/funnel?questionnaire=site-check&lang=nb", 200);
        assertEquals(
                Long.toString(landingBefore + 2),
                page.select("#funnel-steps tr[data-step=landing] td").get(0).text());
        assertEquals(
                Long.toString(finishedBefore + 1),
                page.select("#funnel-steps tr[data-step=finished] td").get(0).text());
        assertEquals(
                "Besøk på startsiden",
                page.select("#funnel-steps tr[data-step=landing] th").text());
        assertEquals(
                "2 2 1 0",
                page.select("#funnel-sources tr[data-source=funnel-dash] td").eachText().stream()
                        .reduce((a, b) -> a + " " + b)
                        .orElseThrow());
        assertEquals(1, page.select("svg.funnel-chart").size(), "the chart is drawn on the server");
        assertTrue(page.select("svg.funnel-chart g[data-step=finished] text")
                .text()
                .contains(Long.toString(finishedBefore + 1)));

        String csv = admin.req()
                .get("/consultant/funnel/export.csv?questionnaire=site-check")
                .asString();
        assertTrue(csv.contains("\r\nfunnel-dash,2,2,1,0\r\n"), csv);
        admin.req().get("/consultant/funnel?questionnaire=nope").then().statusCode(400);
        admin.req().get("/consultant/funnel?from=yesterday").then().statusCode(400);
        assertEquals(
                303, given().redirects().follow(false).get("/consultant/funnel").statusCode(), "sign in first");
    }

    @Test
    void anotherFeatureCanCountItsOwnStep() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long before = reports.report("site-check", today, today).count("cta-click");
        funnel.count("site-check", "cta-click", "newsletter", true);
        funnel.count("site-check", "cta-click", null, false);
        assertEquals(before + 2, reports.report("site-check", today, today).count("cta-click"));
    }
}
