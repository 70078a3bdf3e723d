package no.journeydiag.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Map;
import no.journeydiag.account.persistence.ApiTokenEntity;
import no.journeydiag.account.persistence.PartnerKeyEntity;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.account.service.Roles;
import no.journeydiag.workshop.Client;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in, setup, accounts, API tokens and partner keys in English and Norwegian Bokmål: the
 * language from ?lang= (remembered) or the lang cookie, dates in Oslo time the reader's way, and
 * no English left on the Norwegian page.
 */
@QuarkusTest
class ConsultantPagesLanguageTest {

    static final String PASSWORD = "språk og datoer passord";

    @Inject
    Accounts accounts;

    @BeforeEach
    void consultant() {
        if (accounts.accounts().stream().noneMatch(a -> a.username().equals("siri"))) {
            accounts.create("siri", "Siri Rådgiver", PASSWORD, Roles.CONSULTANT);
        }
    }

    static Client norwegian(String address) {
        Client c = new Client(address);
        c.cookies.put("lang", "nb");
        return c;
    }

    @Test
    void theLoginPageAndItsErrorsAreNorwegianWhenAskedAndTheChoiceIsRemembered() {
        Response nb = new Client("10.15.0.1").req().get("/login?lang=nb");
        assertEquals(200, nb.statusCode());
        assertEquals("nb", nb.getCookie("lang"), "an explicit ?lang= is remembered");
        Document d = Jsoup.parse(nb.asString());
        assertEquals("nb", d.select("html").attr("lang"));
        assertEquals("Innlogging for rådgivere", d.select("h1").text());
        assertThat(d.select("main").text())
                .contains("Brukernavn", "Passord", "Logg inn", "skriv inn workshopkoden")
                .doesNotContain("Username", "Password", "Sign in", "workshop code");

        Document en = new Client("10.15.0.2").page("/login?lang=en", 200);
        assertEquals("Consultant sign-in", en.select("h1").text());
        assertThat(en.select("main").text()).contains("Username", "enter the workshop code");

        Response wrong = norwegian("10.15.0.3").post("/login", Map.of("username", "siri", "password", "feil"));
        assertEquals(401, wrong.statusCode());
        assertThat(Jsoup.parse(wrong.asString()).select(".notice").text())
                .isEqualTo("Feil brukernavn eller passord, eller så er kontoen deaktivert.");
        Document out = norwegian("10.15.0.4").page("/login?out=true", 200);
        assertEquals("Du er logget ut.", out.select(".notice").text());
    }

    @Test
    void aSpentSetupLinkSaysSoInNorwegian() {
        Document d = Jsoup.parse(new Client("10.15.0.5")
                .req()
                .get("/setup/" + "A".repeat(43) + "?lang=nb")
                .then()
                .statusCode(404)
                .extract()
                .asString());
        assertEquals("Denne oppsettlenken kan ikke brukes", d.select("h1").text());
        assertThat(d.select("main").text()).contains("Logg inn").doesNotContain("Sign in", "cannot be used");
    }

    @Test
    void theTokensPageDatesATokenInOsloTimeTheNorwegianWayAndItsErrorsAreNorwegian() {
        Client siri = norwegian("10.15.0.6").login("siri", PASSWORD);
        assertEquals(
                201,
                siri.post("/consultant/tokens", Map.of("name", "Rapportsynk")).statusCode());
        // 15 January 23:30 UTC is 00:30 on 16 January in Oslo (CET, UTC+1): the day is the 16th.
        QuarkusTransaction.requiringNew()
                .run(() -> ApiTokenEntity.update(
                        "createdAt = ?1 where name = ?2", OffsetDateTime.parse("2026-01-15T23:30:00Z"), "Rapportsynk"));

        Document nb = siri.page("/consultant/tokens", 200);
        assertEquals("nb", nb.select("html").attr("lang"));
        assertEquals("API-nøkler", nb.select("h1").text());
        assertThat(nb.select("tr:contains(Rapportsynk) td").eachText())
                .contains("16. januar 2026", "aldri")
                .doesNotContain("never");
        assertThat(nb.select("main").text())
                .contains("Opprett nøkkel", "Nøklene dine", "Trekk tilbake")
                .doesNotContain("Create token", "Your tokens", "Revoke", "Last used");
        assertThat(nb.select("nav.consultant-nav").text()).contains("Workshoper", "Logg ut");

        Document en = siri.page("/consultant/tokens?lang=en", 200);
        assertThat(en.select("tr:contains(Rapportsynk) td").eachText()).contains("16 January 2026", "never");

        siri.cookies.put("lang", "en"); // as a browser would after following the ?lang=en link
        Response blank = siri.post("/consultant/tokens", Map.of("name", " "));
        assertEquals(400, blank.statusCode());
        assertThat(Jsoup.parse(blank.asString()).select(".summary-error li").text())
                .isEqualTo("Name: give a name of 1–80 characters, e.g. where the token is used");
        siri.cookies.put("lang", "nb");
        Response blankNb = siri.post("/consultant/tokens", Map.of("name", " "));
        assertEquals(400, blankNb.statusCode());
        assertThat(Jsoup.parse(blankNb.asString()).select(".summary-error").text())
                .contains("Rett opp dette:", "Navn: skriv et navn på 1–80 tegn, for eksempel hvor nøkkelen brukes");
    }

    @Test
    void theAccountsPageIsNorwegianWithTranslatedRolesAndFieldErrors() {
        Client admin = norwegian("10.15.0.7").login("admin", "test-admin-password");
        Document d = admin.page("/admin/accounts", 200);
        assertEquals("Kontoer", d.select("h1").text());
        assertThat(d.select("tr:contains(siri) td").eachText()).contains("Rådgiver");
        assertThat(d.select("main").text())
                .contains("Ny konto", "Startpassord (minst 12 tegn)", "Opprett konto", "Deaktiver")
                .doesNotContain("New account", "Create account", "Initial password", "Disable", "Username");

        assertThat(d.select("main").text()).contains("Kryss av for spørreskjemaene der rådgiveren skal kunne se");

        Response refused = norwegian("10.15.0.9").login("siri", PASSWORD).req().get("/admin/accounts");
        assertEquals(403, refused.statusCode(), "only admins manage accounts");
        assertEquals("nb", Jsoup.parse(refused.asString()).select("html").attr("lang"));

        Response weak = admin.post(
                "/admin/accounts",
                Map.of("username", "X", "displayName", "Xena", "password", "kort", "role", "consultant"));
        assertEquals(400, weak.statusCode());
        assertThat(Jsoup.parse(weak.asString()).select(".summary-error li").eachText())
                .containsExactly(
                        "Brukernavn: bruk 3–64 små bokstaver, sifre, «.», «_», «-» eller «@»",
                        "Passord: passordet er for svakt: bruk minst 12 tegn som ikke er et kjent passord");
    }

    @Test
    void thePartnerKeysPageDatesTheLastUseInOsloSummerTime() {
        Client admin = norwegian("10.15.0.8").login("admin", "test-admin-password");
        assertEquals(
                201,
                admin.post("/admin/partner-keys", Map.of("name", "Partner Språk"))
                        .statusCode());
        // 1 July 22:15 UTC is 00:15 on 2 July in Oslo (CEST, UTC+2).
        QuarkusTransaction.requiringNew()
                .run(() -> PartnerKeyEntity.update(
                        "lastUsedAt = ?1 where name = ?2",
                        OffsetDateTime.parse("2026-07-01T22:15:00Z"),
                        "Partner Språk"));
        Document nb = admin.page("/admin/partner-keys", 200);
        assertEquals("Partnernøkler", nb.select("h1").text());
        assertThat(nb.select("tr:contains(Partner Språk) td").eachText()).contains("alle", "2. juli 2026");
        assertThat(nb.select("main").text())
                .contains("Opprett nøkkel", "Spørreskjemaer (ingen avkrysset betyr alle)")
                .doesNotContain("Create key", "Revoke", "Questionnaires", "shown only");

        Document en = admin.page("/admin/partner-keys?lang=en", 200);
        assertThat(en.select("tr:contains(Partner Språk) td").eachText()).contains("all", "2 July 2026");
    }
}
