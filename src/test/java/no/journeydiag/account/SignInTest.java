package no.journeydiag.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Map;
import no.journeydiag.account.persistence.SessionEntity;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.account.service.Roles;
import no.journeydiag.workshop.Client;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Consultant sign-in: passwords, where the login leads, the failed-login limit, sign-out and session expiry. */
@QuarkusTest
class SignInTest {

    static final String PASSWORD = "correct horse battery";

    @Inject
    Accounts accounts;

    @BeforeEach
    void consultants() {
        for (String username : new String[] {"signe", "sverre"}) {
            if (accounts.accounts().stream().noneMatch(a -> a.username().equals(username))) {
                accounts.create(username, username + " Consultant", PASSWORD, Roles.CONSULTANT);
            }
        }
    }

    /** Ends the sessions of one account as if their time had run out. */
    @Transactional
    void expireSessionsOf(String username) {
        long id = accounts.accounts().stream()
                .filter(a -> a.username().equals(username))
                .findFirst()
                .orElseThrow()
                .id();
        SessionEntity.update(
                "expiresAt = ?1 where consultantId = ?2", OffsetDateTime.now().minusMinutes(1), id);
    }

    @Test
    void aWrongPasswordIsRefusedAndTheRightOneOpensTheConsultantPages() {
        Client c = new Client("10.1.0.1");
        Response wrong = c.post("/login", Map.of("username", "signe", "password", "wrong password!"));
        assertEquals(401, wrong.statusCode());
        assertTrue(Jsoup.parse(wrong.asString()).text().contains("Wrong username or password"));
        assertNull(wrong.getCookie("jd_session"));

        Response ok = c.post("/login", Map.of("username", "Signe", "password", PASSWORD, "next", "/consultant/tokens"));
        assertEquals(303, ok.statusCode());
        assertTrue(ok.getHeader("Location").endsWith("/consultant/tokens"));
        String setCookie = ok.getHeaders().getValues("Set-Cookie").stream()
                .filter(h -> h.startsWith("jd_session="))
                .findFirst()
                .orElseThrow();
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("SameSite=Lax"), setCookie);
        c.cookies.put("jd_session", ok.getCookie("jd_session"));
        assertEquals("Workshops", c.page("/consultant", 200).select("h1").text());
    }

    @Test
    void anOffSiteNextAddressIsIgnoredAfterLogin() {
        Client c = new Client("10.1.0.2");
        Response ok =
                c.post("/login", Map.of("username", "signe", "password", PASSWORD, "next", "//evil.example/phish"));
        assertEquals(303, ok.statusCode());
        assertTrue(ok.getHeader("Location").endsWith("/consultant"), ok.getHeader("Location"));
    }

    @Test
    void repeatedFailedLoginsFromOneAddressGet429ButOtherAddressesCanStillSignIn() {
        Client attacker = new Client("10.2.0.1");
        for (int i = 0; i < 10; i++) {
            assertEquals(
                    401,
                    attacker.post("/login", Map.of("username", "signe", "password", "guess " + i))
                            .statusCode());
        }
        Response blocked = attacker.post("/login", Map.of("username", "signe", "password", PASSWORD));
        assertEquals(429, blocked.statusCode());
        assertEquals("60", blocked.getHeader("Retry-After"));
        new Client("10.2.0.2").login("signe", PASSWORD);
    }

    @Test
    void logoutEndsTheSessionOnTheServer() {
        Client c = new Client("10.1.0.3").login("signe", PASSWORD);
        String session = c.cookies.get("jd_session");
        c.page("/consultant", 200);
        assertEquals(303, c.post("/logout", Map.of()).statusCode());
        // Even a copy of the old cookie no longer works.
        Response r =
                given().redirects().follow(false).cookie("jd_session", session).get("/consultant");
        assertEquals(303, r.statusCode());
        assertTrue(r.getHeader("Location").contains("/login"));
    }

    @Test
    void anExpiredSessionSendsThePersonToTheLoginPageWithAnExplanation() {
        Client c = new Client("10.1.0.4").login("sverre", PASSWORD);
        expireSessionsOf("sverre");
        Response r = c.req().get("/consultant");
        assertEquals(303, r.statusCode());
        assertTrue(r.getHeader("Location").endsWith("/login?expired=true"));
        assertTrue(c.page("/login?expired=true", 200).text().contains("Your session has ended"));
    }

    @Test
    void signedOutVisitorsAreSentToLoginAndBackAfterwards() {
        Response r = given().redirects().follow(false).get("/consultant/workshops/new");
        assertEquals(303, r.statusCode());
        assertTrue(
                r.getHeader("Location").endsWith("/login?next=%2Fconsultant%2Fworkshops%2Fnew"),
                r.getHeader("Location"));
    }
}
