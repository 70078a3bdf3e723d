package no.journeydiag.account;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.account.service.Roles;
import no.journeydiag.workshop.Client;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The account pages: only admins manage accounts; a consultant's API tokens are shown once and can be revoked. */
@QuarkusTest
class AccountPagesTest {

    static final String PASSWORD = "correct horse battery";

    @Inject
    Accounts accounts;

    @BeforeEach
    void consultants() {
        for (String username : new String[] {"tuva", "truls"}) {
            if (accounts.accounts().stream().noneMatch(a -> a.username().equals(username))) {
                accounts.create(username, username + " Consultant", PASSWORD, Roles.CONSULTANT);
            }
        }
    }

    @Test
    void onlyAdminsManageAccountsAndAConsultantGets403() {
        Client tuva = new Client("10.1.0.5").login("tuva", PASSWORD);
        assertEquals(403, tuva.req().get("/admin/accounts").statusCode());
        Client admin = new Client("10.1.0.6").login("admin", "test-admin-password");
        assertTrue(admin.page("/admin/accounts", 200).text().contains("tuva"));
        Response weak = admin.post(
                "/admin/accounts",
                Map.of("username", "carol", "displayName", "Carol", "password", "short", "role", "consultant"));
        assertEquals(400, weak.statusCode());
        assertTrue(Jsoup.parse(weak.asString()).select(".summary-error").text().contains("password"));
    }

    @Test
    void apiTokensAreShownOnceAndARevokedTokenGets401() {
        Client c = new Client("10.1.0.7").login("truls", PASSWORD);
        Response created = c.post("/consultant/tokens", Map.of("name", "CRM sync"));
        assertEquals(201, created.statusCode());
        String token = Jsoup.parse(created.asString()).select("#new-token").attr("value");
        assertTrue(token.matches("jd_[A-Za-z0-9_-]{43}"), token);
        assertEquals(200, api(token).get("/api/v1/workshops").statusCode());
        Document list = c.page("/consultant/tokens", 200);
        assertTrue(list.select("#new-token").isEmpty(), "the secret is never shown again");
        String revoke =
                list.select("tr:contains(CRM sync) form[action$=/revoke]").attr("action");
        assertEquals(303, c.post(revoke, Map.of()).statusCode());
        Response refused = api(token).get("/api/v1/workshops");
        assertEquals(401, refused.statusCode());
        assertEquals("application/problem+json", refused.contentType());
        assertTrue(refused.jsonPath().getString("detail").contains("revoked"));
    }

    static io.restassured.specification.RequestSpecification api(String token) {
        return given().redirects().follow(false).header("Authorization", "Bearer " + token);
    }
}
