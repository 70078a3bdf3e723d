package no.journeydiag.mail;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import no.journeydiag.response.Answers;
import no.journeydiag.workshop.Client;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** "E-mail my report": what arrives at a real SMTP server, in which language, and what is refused. */
@QuarkusTest
@TestProfile(MailProfile.class)
class ReportMailTest {

    /** The JVM's one SMTP server: the app's mailer keeps its connection between tests and classes. */
    static final GreenMail smtp = MailProfile.smtp();

    @org.junit.jupiter.api.BeforeEach
    void emptyMailboxes() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
    }

    @Inject
    EntityManager em;

    static String submit(String locale) {
        Response r = given().contentType("application/json")
                .body(Map.of("locale", locale, "answers", Answers.quickCheckCritical()))
                .post("/api/v1/questionnaires/quick-check/responses");
        assertThat(r.statusCode()).as(r.asString()).isEqualTo(201);
        return r.jsonPath().getString("token");
    }

    static Response email(Client client, String token, String address, String lang) {
        return client.post("/r/" + token + "/email", Map.of("email", address, "lang", lang));
    }

    @Test
    void theReaderGetsTheLinkTheVerdictAndTheThingsToDoFirstInNorwegian() throws Exception {
        String token = submit("nb");
        Client client = new Client("10.17.0.1");
        Document report = client.page("/r/" + token, 200);
        assertThat(report.select("form#email input[name=csrf-token]")).hasSize(1);
        List<String> priorities = report.select("ol.priorities strong").eachText();

        Response r = email(client, token, " kari@example.no ", "nb");

        assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
        Document sent = Jsoup.parse(r.asString());
        assertThat(sent.select("html").attr("lang")).isEqualTo("nb");
        assertThat(sent.select("#email-sent").text())
                .startsWith("Vi har sendt lenken til rapporten til kari@example.no.");
        MimeMessage m = only();
        assertThat(m.getAllRecipients()).extracting(Object::toString).containsExactly("kari@example.no");
        assertThat(m.getFrom()).extracting(Object::toString).containsExactly("Diagnostic <diagnostic@test.example>");
        assertThat(m.getSubject()).startsWith("[Test] Rapporten din: ");
        String body = (String) m.getContent();
        assertThat(body).contains(MailProfile.BASE + "/r/" + token + "?lang=nb");
        // (11.1 + 16.7 + 25.0 + 8.3) / 4 = 15.3 (the element scores ResponseApiTest works out), in the lowest band
        assertThat(body).contains("Den samlede skåren deres er 15,3 av 100: Kritisk.");
        assertThat(body).contains("De tre tingene det er viktigst å ta tak i først:");
        assertThat(priorities).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(body).contains((i + 1) + ". " + priorities.get(i));
        }
        assertThat(body).contains("Adressen din er ikke lagret.");
    }

    @Test
    void theEmailSpeaksTheLanguageThePageWasReadIn() throws Exception {
        String token = submit("nb"); // answered in Norwegian, read in English
        Response r = email(new Client("10.17.0.2"), token, "ola@example.com", "en");

        assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
        MimeMessage m = only();
        assertThat(m.getSubject()).startsWith("[Test] Your report: ");
        String body = (String) m.getContent();
        assertThat(body).contains(MailProfile.BASE + "/r/" + token + "?lang=en");
        assertThat(body).contains("Your overall score is 15.3 of 100: Critical.");
        assertThat(body).contains("The three things to do first:");
    }

    @Test
    void aBadAddressIsA400ThatSaysWhatToFixAndSendsNothing() {
        String token = submit("en");
        Client client = new Client("10.17.0.3");
        for (String bad : List.of("not-an-address", "a@b", "kari@example.no\r\nBcc: all@example.com")) {
            Response r = email(client, token, bad, "en");
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
            Document page = Jsoup.parse(r.asString());
            assertThat(page.select("#email-address-error").text())
                    .isEqualTo("Enter an e-mail address like name@example.com.");
            assertThat(page.select("#email-address").attr("aria-invalid")).isEqualTo("true");
        }
        Response empty = email(client, token, "", "nb");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(empty.asString()).select("#email-address-error").text())
                .isEqualTo("Skriv e-postadressen din.");
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void oneReportIsSentAtMostThreeTimesAnHour() {
        String token = submit("en");
        for (int i = 1; i <= 3; i++) {
            // a different client each time: the report's own allowance is what runs out
            assertThat(email(new Client("10.17.1." + i), token, "me" + i + "@example.com", "en")
                            .statusCode())
                    .isEqualTo(200);
        }
        Response fourth = email(new Client("10.17.1.4"), token, "me4@example.com", "en");

        assertThat(fourth.statusCode()).isEqualTo(429);
        assertThat(Jsoup.parse(fourth.asString()).select("#email-limited").text())
                .startsWith("This report has been sent by e-mail as often as we allow in an hour.");
        assertThat(smtp.getReceivedMessages()).hasSize(3);
    }

    @Test
    void oneClientMayAskForTenEmailsAnHour() {
        Client client = new Client("10.17.2.1");
        for (int i = 1; i <= 10; i++) {
            assertThat(email(client, submit("en"), "me@example.com", "en").statusCode())
                    .isEqualTo(200);
        }
        Response eleventh = email(client, submit("nb"), "me@example.com", "nb");
        assertThat(eleventh.statusCode()).isEqualTo(429);
        // the limit that was reached is this client's, not the new report's
        assertThat(Jsoup.parse(eleventh.asString()).select("#email-limited").text())
                .startsWith("Du har bedt om så mange rapporter på e-post som vi tillater fra én tilkobling");
        // another client is not held back by this one
        assertThat(email(new Client("10.17.2.2"), submit("en"), "me@example.com", "en")
                        .statusCode())
                .isEqualTo(200);
        assertThat(smtp.getReceivedMessages()).hasSize(11);
    }

    @Test
    void aPostWithoutTheFormTokenSendsNothing() {
        String token = submit("en");
        Response r = given().redirects()
                .follow(false)
                .header("X-Forwarded-For", "10.17.3.1")
                .contentType("application/x-www-form-urlencoded")
                .formParam("email", "victim@example.com")
                .post("/r/" + token + "/email");

        assertThat(r.statusCode()).isBetween(400, 403);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    @Transactional
    void neitherTheAddressNorTheReportTokenIsStored() {
        String token = submit("en");
        long leadsBefore = leads();
        assertThat(email(new Client("10.17.4.1"), token, "secret.person@example.com", "en")
                        .statusCode())
                .isEqualTo(200);

        @SuppressWarnings("unchecked")
        List<String> keys = em.createNativeQuery("SELECT client FROM rate_limit WHERE scope LIKE 'mail-%'")
                .getResultList();
        assertThat(keys).contains("10.17.4.1").noneMatch(k -> k.contains("@") || k.contains(token));
        assertThat(leads())
                .as("no lead made (other classes of this profile may have left some)")
                .isEqualTo(leadsBefore);
    }

    long leads() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM lead").getSingleResult()).longValue();
    }

    @Test
    void anUnknownReportIsA404AndSendsNothing() {
        Response r = email(new Client("10.17.5.1"), "A".repeat(43), "me@example.com", "en");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private static MimeMessage only() {
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage[] all = smtp.getReceivedMessages();
        assertThat(all).hasSize(1);
        return all[0];
    }
}
