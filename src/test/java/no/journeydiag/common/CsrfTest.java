package no.journeydiag.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.journeydiag.account.service.Accounts;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Page forms: signed in, the token is bound to the session; signing in renews the anonymous cookie. */
@QuarkusTest
class CsrfTest {

    static final String ADMIN_PASSWORD = "test-admin-password";

    @Inject
    Accounts accounts;

    /** A fresh anonymous visit to the login page: its csrf cookie and hidden field. */
    record Visit(String cookie, String field) {
        static Visit login(String address) {
            Response r = given().header("X-Forwarded-For", address).get("/login");
            assertEquals(200, r.statusCode());
            return new Visit(
                    r.getCookie("csrf-token"),
                    Jsoup.parse(r.asString()).select("input[name=csrf-token]").attr("value"));
        }
    }

    static Response signIn(Visit v, String address) {
        return given().redirects()
                .follow(false)
                .header("X-Forwarded-For", address)
                .cookie("csrf-token", v.cookie())
                .formParam("csrf-token", v.field())
                .formParam("username", "admin")
                .formParam("password", ADMIN_PASSWORD)
                .post("/login");
    }

    static Response createAccount(String session, String cookie, String field, String username) {
        var r = given().redirects().follow(false).cookie("jd_session", session);
        if (cookie != null) {
            r = r.cookie("csrf-token", cookie);
        }
        return r.formParam("csrf-token", field)
                .formParam("username", username)
                .formParam("displayName", "Forged")
                .formParam("password", "a long enough password 1")
                .formParam("role", "admin")
                .post("/admin/accounts");
    }

    boolean exists(String username) {
        return accounts.accounts().stream().anyMatch(a -> a.username().equals(username));
    }

    @Test
    void aForgedCookieAndFormPairIsRefusedForASignedInAdmin() {
        String session = signIn(Visit.login("10.9.0.1"), "10.9.0.1").getCookie("jd_session");
        assertNotNull(session);
        // The attacker planted csrf-token=X (e.g. from a sibling subdomain) and posts a form with X.
        String planted = Tokens.next();
        Response forged = createAccount(session, planted, planted, "mallory");
        assertEquals(400, forged.statusCode(), forged.asString());
        assertTrue(Jsoup.parse(forged.asString()).select("h1").text().contains("expired"));
        assertFalse(exists("mallory"), "nothing was created");
        // The admin's own pre-login pair is no good either once signed in.
        Visit before = Visit.login("10.9.0.1");
        assertEquals(
                400,
                createAccount(session, before.cookie(), before.field(), "mallory")
                        .statusCode());
        assertFalse(exists("mallory"));

        // The form the admin's own page carries works, with or without any csrf cookie.
        String field = Jsoup.parse(given().cookie("jd_session", session)
                        .get("/admin/accounts")
                        .asString())
                .select("form input[name=csrf-token]")
                .attr("value");
        assertEquals(303, createAccount(session, null, field, "carol-csrf").statusCode());
        assertTrue(exists("carol-csrf"));
    }

    @Test
    void signingInRenewsTheCsrfCookieAndTheSignedInPagesCarryTheSessionBoundToken() throws Exception {
        Visit v = Visit.login("10.9.0.2");
        Response in = signIn(v, "10.9.0.2");
        assertEquals(303, in.statusCode());
        String session = in.getCookie("jd_session");
        String renewed = in.getCookie("csrf-token");
        assertNotNull(renewed, "the login response sets a fresh csrf cookie");
        assertNotEquals(v.cookie(), renewed);
        assertTrue(Tokens.wellFormed(renewed));

        // Worked out here independently: base64url(HMAC-SHA256(key = session token, "journeydiag form token v1")).
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(session.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(mac.doFinal("journeydiag form token v1".getBytes(StandardCharsets.UTF_8)));
        Response tokensPage = given().cookie("jd_session", session)
                .cookie("csrf-token", renewed)
                .get("/consultant/tokens");
        assertEquals(200, tokensPage.statusCode());
        assertEquals(
                expected,
                Jsoup.parse(tokensPage.asString())
                        .select("form input[name=csrf-token]")
                        .attr("value"));
        assertEquals(null, tokensPage.getCookie("csrf-token"), "signed-in pages set no csrf cookie");

        Response created = given().redirects()
                .follow(false)
                .cookie("jd_session", session)
                .cookie("csrf-token", renewed)
                .formParam("csrf-token", expected)
                .formParam("name", "After login")
                .post("/consultant/tokens");
        assertEquals(201, created.statusCode(), created.asString());
        Response out = given().redirects()
                .follow(false)
                .cookie("jd_session", session)
                .formParam("csrf-token", expected)
                .post("/logout");
        assertEquals(303, out.statusCode());
        assertNotNull(out.getCookie("csrf-token"), "signing out renews it too");
        assertNotEquals(renewed, out.getCookie("csrf-token"));
    }

    @Test
    void anonymousFormsKeepTheDoubleSubmitCookie() {
        Visit v = Visit.login("10.9.0.3");
        assertEquals(v.cookie(), v.field());
        Response mismatched = given().redirects()
                .follow(false)
                .header("X-Forwarded-For", "10.9.0.3")
                .cookie("csrf-token", v.cookie())
                .formParam("csrf-token", Tokens.next())
                .formParam("username", "admin")
                .formParam("password", ADMIN_PASSWORD)
                .post("/login");
        assertEquals(400, mismatched.statusCode());
        assertEquals(null, mismatched.getCookie("jd_session"));
        assertEquals(303, signIn(v, "10.9.0.3").statusCode());
    }
}
