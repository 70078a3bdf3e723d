package no.journeydiag.workshop;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.account.service.ApiTokens;
import no.journeydiag.response.persistence.DraftEntity;
import no.journeydiag.response.persistence.ResponseEntity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A participant mid-questionnaire when the consultant closes or deletes the workshop hears so at once. */
@QuarkusTest
class ClosedUnderParticipantTest {

    static String token;

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens apiTokens;

    @BeforeEach
    void account() {
        if (token != null) {
            return;
        }
        accounts.create("clara", "Clara Closer", "correct horse battery", "consultant");
        token = ConsultantTokens.of(accounts, apiTokens, "clara", "test");
    }

    long workshop() {
        Response r = api().contentType("application/json")
                .body("{\"organisation\":\"Stengt AS\",\"questionnaire\":\"quick-check\"}")
                .post("/api/v1/workshops");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
        return r.jsonPath().getLong("id");
    }

    static io.restassured.specification.RequestSpecification api() {
        return given().redirects().follow(false).header("Authorization", "Bearer " + token);
    }

    /** Starts a draft in {@code lang}; returns its token. */
    static String join(Client p, long workshop, String lang) {
        String code = api().get("/api/v1/workshops/" + workshop).jsonPath().getString("joinCode");
        Response started = p.post("/w/" + code + "/start", Map.of("role", "sales", "lang", lang));
        assertThat(started.statusCode()).isEqualTo(303);
        return started.getHeader("Location").replaceAll(".*/d/([A-Za-z0-9_-]{43})/1", "$1");
    }

    static void setClosed(long workshop, boolean closed) {
        assertThat(api().contentType("application/json")
                        .body("{\"closed\":" + closed + "}")
                        .patch("/api/v1/workshops/" + workshop)
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void theNextStepSaysInTheParticipantsLanguageThatTheWorkshopClosedAndKeepsWhatTheyJustGave() {
        long id = workshop();
        Client p = new Client("10.11.0.1");
        String draft = join(p, id, "nb");
        assertThat(p.req().get("/d/" + draft + "/status").asString()).isEqualTo("{\"open\":true}");

        setClosed(id, true);
        Response next = p.post("/d/" + draft + "/1", Map.of("q.named-owner", "yes"));
        assertThat(next.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(next.asString());
        assertThat(page.select("html").attr("lang")).isEqualTo("nb");
        assertThat(page.select("h1").text()).isEqualTo("Denne workshopen er avsluttet");
        assertThat(page.text()).contains("ikke med i teamrapporten");
        assertThat(page.select("#resume-link").attr("value")).endsWith("/d/" + draft);
        assertThat(draftAnswers(draft)).as("the step's answer is kept").contains("named-owner");

        // a refresh, the review page and the send button all say the same, and nothing is stored
        for (Response r : new Response[] {
            p.req().get("/d/" + draft + "/2"),
            p.req().get("/d/" + draft + "/review"),
            p.post("/d/" + draft + "/submit", Map.of())
        }) {
            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(Jsoup.parse(r.asString()).select("h1").text()).isEqualTo("Denne workshopen er avsluttet");
        }
        assertThat(responsesOf(id)).isZero();
        assertThat(p.req().get("/d/" + draft + "/status").asString()).isEqualTo("{\"open\":false}");

        setClosed(id, false);
        assertThat(p.req().get("/d/" + draft + "/status").asString()).isEqualTo("{\"open\":true}");
        assertThat(p.req().get("/d/" + draft + "/1").statusCode()).isEqualTo(200);
    }

    @Test
    void theOpenStepPageCarriesTheHiddenNoticesAndTheStatusAddressOnlyInAWorkshop() {
        long id = workshop();
        Client p = new Client("10.11.0.2");
        String draft = join(p, id, "en");
        Document step = p.page("/d/" + draft + "/1", 200);
        assertThat(step.select("#workshop-closed").attr("data-status")).isEqualTo("/d/" + draft + "/status");
        assertThat(step.select("#workshop-closed").hasAttr("hidden")).isTrue();
        assertThat(step.select("#workshop-closed").text())
                .isEqualTo("This workshop is closed The workshop leader has closed it, so it takes no more answers."
                        + " Your answers so far are kept, but they are not part of the team report.");
        assertThat(step.select("#workshop-gone").text())
                .isEqualTo("This workshop has been deleted, and your answers with it.");

        Client alone = new Client("10.11.0.3");
        String own = alone.post("/a/quick-check/start", Map.of())
                .getHeader("Location")
                .replaceAll(".*/d/([A-Za-z0-9_-]{43})/1", "$1");
        Document solo = alone.page("/d/" + own + "/1", 200);
        assertThat(solo.select("#workshop-closed, #workshop-gone")).isEmpty();
        assertThat(alone.req().get("/d/" + own + "/status").asString()).isEqualTo("{\"open\":true}");
    }

    @Test
    void afterTheWorkshopIsDeletedTheStatusIsGone() {
        long id = workshop();
        Client p = new Client("10.11.0.4");
        String draft = join(p, id, "en");
        assertThat(api().delete("/api/v1/workshops/" + id).statusCode()).isIn(200, 204);
        assertThat(p.req().get("/d/" + draft + "/status").statusCode()).isEqualTo(404);
        assertThat(p.req().get("/d/" + draft + "/1").statusCode()).isEqualTo(404);
    }

    @Transactional
    String draftAnswers(String draft) {
        return DraftEntity.<DraftEntity>findByToken(draft).answersJson;
    }

    @Transactional
    long responsesOf(long workshop) {
        return ResponseEntity.count("workshopId", workshop);
    }
}
