package no.journeydiag.funnel;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.attribution.MarketingProfile;
import no.journeydiag.funnel.service.Funnel;
import no.journeydiag.funnel.service.FunnelReport;
import no.journeydiag.response.Answers;
import no.journeydiag.response.event.FunnelStep;
import no.journeydiag.workshop.Client;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Each draft counts once per step; racing first counts lose nothing; each reader sees only their questionnaires. */
@QuarkusTest
@TestProfile(MarketingProfile.class)
class FunnelCountingTest {

    @Inject
    FunnelReport reports;

    @Inject
    Funnel funnel;

    @Inject
    Accounts accounts;

    @Inject
    Event<FunnelStep> steps;

    long today(String step) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return reports.report("site-check", today, today).count(step);
    }

    @Test
    void savingTheLastStepAgainAndViewingTheReviewTwiceCountsTheReviewOnce() {
        long started = today("started");
        long review = today("review");
        Response landing = given().get("/a/site-check?utm_source=once-per-draft");
        Document page = Jsoup.parse(landing.asString());
        String csrf = page.select("input[name=csrf-token]").val();
        Map<String, String> cookies = Map.of("csrf-token", landing.getCookie("csrf-token"));
        Response start = given().redirects()
                .follow(false)
                .cookies(cookies)
                .formParam("csrf-token", csrf)
                .post(page.select("form").first().attr("action"));
        String step = start.getHeader("Location").replaceAll("^https?://[^/]+", "");
        for (int i = 0; i < 3; i++) { // Next, then back from the review and Next again, twice
            var save = given().redirects().follow(false).cookies(cookies).formParam("csrf-token", csrf);
            for (var e : Answers.quickCheckCriticalForm().entrySet()) {
                save = save.formParam(e.getKey(), e.getValue());
            }
            Response saved = save.post(step);
            assertEquals(303, saved.statusCode());
            assertThat(saved.getHeader("Location")).endsWith("/review");
            given().cookies(cookies)
                    .get(step.replaceAll("/1$", "/review"))
                    .then()
                    .statusCode(200);
        }
        // one draft: started +1, review +1 (it was +3 when every save counted)
        assertEquals(started + 1, today("started"));
        assertEquals(review + 1, today("review"));
        assertThat(today("review")).isLessThanOrEqualTo(today("started"));
    }

    @Test
    void aDraftReachingTheSameStepThreeTimesCountsOnceAndAnotherDraftCountsAgain() {
        long review = today("review");
        String draft = "draft-" + System.nanoTime();
        for (int i = 0; i < 3; i++) {
            steps.fire(new FunnelStep("site-check", "review", "again", false, null, draft));
        }
        steps.fire(new FunnelStep("site-check", "review", "again", false, null, draft + "-other"));
        // two drafts: +2, not +4
        assertEquals(review + 2, today("review"));
    }

    @Test
    void firstCountsOfOneKeyRacingFromEightThreadsLoseNone() throws Exception {
        String step = "race-" + System.nanoTime() % 1_000_000; // a key no row has yet
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                go.await();
                for (int i = 0; i < each; i++) {
                    funnel.count("site-check", step, "race", false);
                }
                return null;
            }));
        }
        go.countDown();
        for (Future<?> f : done) {
            f.get(60, TimeUnit.SECONDS); // a count that threw would fail here
        }
        pool.shutdown();
        // 8 threads x 25 counts = 200, in one row
        assertEquals(200, today(step));
    }

    @Test
    void aConsultantSeesTheFunnelOfTheQuestionnairesOpenedToThemAndAnAdminSeesAll() {
        long fiona = accounts.create("fiona", "Fiona Funnel", "fiona-password-long", "consultant")
                .id();
        accounts.create("frank", "Frank Funnel", "frank-password-long", "consultant");
        accounts.setLeadQuestionnaires(fiona, Set.of("site-check"), Set.of("site-check", "quick-check"));

        Client admin = new Client().login("admin", "test-admin-password");
        Document all = admin.page("/consultant/funnel", 200);
        assertThat(all.select("select[name=questionnaire] option").eachAttr("value"))
                .contains("site-check")
                .hasSizeGreaterThan(1);

        Client f = new Client().login("fiona", "fiona-password-long");
        Document hers = f.page("/consultant/funnel", 200);
        assertThat(hers.select("select[name=questionnaire] option").eachAttr("value"))
                .containsExactly("site-check");
        f.req()
                .get("/consultant/funnel/export.csv?questionnaire=site-check")
                .then()
                .statusCode(200);
        String other = all.select("select[name=questionnaire] option").eachAttr("value").stream()
                .filter(v -> !v.equals("site-check"))
                .findFirst()
                .orElseThrow();
        f.req().get("/consultant/funnel?questionnaire=" + other).then().statusCode(403);
        f.req()
                .get("/consultant/funnel/export.csv?questionnaire=" + other)
                .then()
                .statusCode(403);

        Client none = new Client().login("frank", "frank-password-long");
        none.req().get("/consultant/funnel").then().statusCode(403);
    }
}
