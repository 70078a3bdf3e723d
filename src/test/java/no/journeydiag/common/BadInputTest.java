package no.journeydiag.common;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.List;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.account.service.ApiTokens;
import no.journeydiag.account.service.Consultant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Input a stranger can send that used to end in a 500: each is a 4xx that says what to fix, and nothing changes. */
@QuarkusTest
class BadInputTest {

    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String PROBLEM = "application/problem+json";

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens apiTokens;

    /**
     * A browser's CSRF cookie and the form token its pages carry: the same value (double submit) until it
     * signs in, then the token bound to its session, read from a page as a browser would.
     */
    record Browser(String address, String csrf, String session, String form) {

        static Browser at(String address) {
            Response r = given().header("X-Forwarded-For", address).get("/join");
            assertEquals(200, r.statusCode());
            return new Browser(address, r.getCookie("csrf-token"), null, r.getCookie("csrf-token"));
        }

        RequestSpecification req() {
            RequestSpecification r = given().redirects()
                    .follow(false)
                    .header("X-Forwarded-For", address)
                    .cookie("csrf-token", csrf);
            return session == null ? r : r.cookie("jd_session", session);
        }

        /** Posts a raw form body, after the CSRF token. */
        Response post(String path, String body) {
            return req().contentType(FORM)
                    .body("csrf-token=" + form + "&" + body)
                    .post(path);
        }

        Browser signedIn() {
            Response r = post("/login", "username=admin&password=test-admin-password");
            assertEquals(303, r.statusCode(), r.asString());
            String renewed = r.getCookie("csrf-token") == null ? csrf : r.getCookie("csrf-token");
            Browser in = new Browser(address, renewed, r.getCookie("jd_session"), null);
            String token = Jsoup.parse(in.req().get("/consultant/workshops/new").asString())
                    .select("input[name=csrf-token]")
                    .attr("value");
            return new Browser(address, renewed, in.session(), token);
        }
    }

    static String tooManyFields() {
        StringBuilder sb = new StringBuilder("a=1");
        for (int i = 0; i < 1000; i++) {
            sb.append("&f").append(i).append('=').append(i);
        }
        return sb.toString(); // 1 + 1000 fields + the CSRF token = 1002 > the 1,000 Quarkus REST reads
    }

    // ---- form bodies ----

    @Test
    void aBrokenPercentEscapeInAFormIsA400PageThatSaysHowToWriteAPercentSign() {
        Browser b = Browser.at("10.90.0.1");
        for (String path : List.of("/login", "/join", "/a/quick-check/start", "/w/AAAAAAAA/start", "/logout")) {
            Response r = b.post(path, "code=%zz&username=x%2");
            assertEquals(400, r.statusCode(), path + ": " + r.asString());
            assertTrue(r.contentType().startsWith("text/html"), path);
            Document page = Jsoup.parse(r.asString());
            assertEquals("The form could not be read", page.select("h1").text(), path);
            assertTrue(page.text().contains("write % itself as %25"), path + ": " + page.text());
        }
    }

    @Test
    void aFormWithMoreThanAThousandFieldsIsA400PageThatSaysSo() {
        Response r = Browser.at("10.90.0.2").post("/join", tooManyFields());
        assertEquals(400, r.statusCode(), r.asString());
        assertTrue(Jsoup.parse(r.asString()).text().contains("more than 1,000 fields"), r.asString());
    }

    @Test
    void aFormFieldWithoutANameIsA400EvenWhereThePageReadsTheWholeForm() {
        Browser b = Browser.at("10.90.0.7");
        String draft =
                b.post("/a/quick-check/start", "lang=en").getHeader("Location").replaceAll(".*/d/([^/]+)/1$", "$1");
        // the step and the one-page form take the whole form as a map, which Quarkus REST parses again, stricter
        for (String path : List.of("/d/" + draft + "/1", "/a/quick-check/all")) {
            Response r = b.post(path, "q.named-owner=no&==&a");
            assertEquals(400, r.statusCode(), path + ": " + r.asString());
            assertEquals(
                    "The form could not be read",
                    Jsoup.parse(r.asString()).select("h1").text(),
                    path);
        }
    }

    @Test
    void anUnreadableContentTypeOnAFormIsA415PageThatAsksForTheForm() {
        Browser b = Browser.at("10.90.0.8");
        for (String type : List.of(";;;", "")) {
            Response r = b.req()
                    .header("Content-Type", type)
                    .body(("csrf-token=" + b.csrf() + "&code=AAAAAAAA")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .post("/join");
            assertEquals(415, r.statusCode(), "'" + type + "': " + r.asString());
            assertEquals(
                    "Please use the form",
                    Jsoup.parse(r.asString()).select("h1").text());
        }
        Response languages = b.req().header("Accept-Language", ";;;,,,").get("/join");
        assertEquals(200, languages.statusCode(), languages.asString());
    }

    @Test
    void anUnreadableFormSpeaksNorwegianToANorwegianBrowser() {
        Browser b = Browser.at("10.90.0.3");
        Response r = b.req()
                .header("Accept-Language", "nb")
                .contentType(FORM)
                .body("csrf-token=" + b.csrf() + "&code=%G1")
                .post("/join");
        assertEquals(400, r.statusCode());
        Document page = Jsoup.parse(r.asString());
        assertEquals("Skjemaet kunne ikke leses", page.select("h1").text());
        assertEquals("nb", page.select("html").attr("lang"));
    }

    @Test
    void anUnreadableFormSentToTheApiIsAProblemDocumentAskingForJson() {
        for (String body : List.of("answers=%zz", tooManyFields())) {
            Response r = given().contentType(FORM).body(body).post("/api/v1/questionnaires/quick-check/responses");
            assertEquals(415, r.statusCode(), r.asString());
            assertTrue(r.contentType().startsWith(PROBLEM), r.contentType());
            assertEquals("Send the body as application/json.", r.jsonPath().getString("detail"));
        }
    }

    @Test
    void signedInFormsGetTheSame400AndNothingIsCreated() {
        Browser admin = Browser.at("10.90.0.4").signedIn();
        assertEquals(400, admin.post("/consultant/tokens", "name=%").statusCode());
        assertEquals(
                400,
                admin.post("/consultant/workshops", "organisation=Broken%zzOrg&questionnaire=quick-check")
                        .statusCode());
        assertEquals(
                400,
                admin.post("/admin/accounts", "username=broken%&password=x").statusCode());
        assertEquals(400, admin.post("/admin/accounts", tooManyFields()).statusCode());
        assertFalse(admin.req().get("/consultant").asString().contains("Broken"), "no workshop was created");
        assertFalse(admin.req().get("/admin/accounts").asString().contains("broken"), "no account was created");
    }

    // ---- Accept-Language ----

    @Test
    void anInvalidLanguageQualityNeverFailsAPage() {
        for (String path : List.of("/", "/a/quick-check", "/join", "/login", "/a/quick-check/all")) {
            Response r = given().header("Accept-Language", "en;q=2").get(path);
            assertEquals(200, r.statusCode(), path + ": " + r.asString());
            assertEquals("en", Jsoup.parse(r.asString()).select("html").attr("lang"), path);
        }
        // q=2 is read as 1, so Norwegian (first at the top weight) still wins over English at 0.5
        Response nb = given().header("Accept-Language", "nb;q=2, en;q=0.5").get("/join");
        assertEquals("nb", Jsoup.parse(nb.asString()).select("html").attr("lang"));
    }

    @Test
    void anInvalidLanguageQualityOnAnErrorPageStillGivesTheErrorPage() {
        Response missing = given().header("Accept-Language", "nb;q=x,en;q=2").get("/r/" + "q".repeat(43));
        assertEquals(404, missing.statusCode(), missing.asString());
        assertEquals(
                "en",
                Jsoup.parse(missing.asString()).select("html").attr("lang"),
                "the unreadable nb range is skipped");
        // no CSRF token: the "form has expired" page, whose language the same header picks
        Response expired = given().header("Accept-Language", ";;;q=,*;q=-1, nb;q=1.5")
                .contentType(FORM)
                .body("code=AAAAAAAA")
                .post("/join");
        assertEquals(400, expired.statusCode(), expired.asString());
        assertEquals(
                "Dette skjemaet er utløpt",
                Jsoup.parse(expired.asString()).select("h1").text());
    }

    // ---- JSON ----

    @Test
    void aRepeatedKeyInASubmissionIsA400NamingTheKey() {
        Response r = given().contentType("application/json")
                .body("{\"locale\":\"en\",\"answers\":{},\"locale\":\"nb\"}")
                .post("/api/v1/questionnaires/quick-check/responses");
        assertEquals(400, r.statusCode(), r.asString());
        assertTrue(r.contentType().startsWith(PROBLEM));
        assertEquals(List.of("locale"), r.jsonPath().getList("errors.field"));
        assertEquals("given more than once", r.jsonPath().getString("errors[0].message"));

        Response nested = given().contentType("application/json")
                .body("{\"answers\":{\"named-owner\":\"no\",\"named-owner\":\"yes\"}}")
                .post("/api/v1/questionnaires/quick-check/responses");
        assertEquals(400, nested.statusCode(), nested.asString());
        assertEquals(List.of("answers.named-owner"), nested.jsonPath().getList("errors.field"));
    }

    @Test
    void aRepeatedKeyInAWorkshopChangeIsA400AndTheWorkshopStaysAsItWas() {
        Consultant admin = accounts.accounts().stream()
                .filter(a -> a.username().equals("admin"))
                .map(a -> new Consultant(a.id(), a.username(), a.displayName(), true))
                .findFirst()
                .orElseThrow();
        String token = apiTokens.create(admin, "bad-input-test");
        Response created = given().header("Authorization", "Bearer " + token)
                .contentType("application/json")
                .body("{\"organisation\":\"Dup AS\",\"questionnaire\":\"quick-check\"}")
                .post("/api/v1/workshops");
        assertEquals(201, created.statusCode(), created.asString());
        String path = "/api/v1/workshops/" + created.jsonPath().getLong("id");

        Response r = given().header("Authorization", "Bearer " + token)
                .contentType("application/json")
                .body("{\"closed\":true,\"published\":false,\"closed\":null}")
                .patch(path);
        assertEquals(400, r.statusCode(), r.asString());
        assertEquals(List.of("closed"), r.jsonPath().getList("errors.field"));
        assertEquals(
                "open",
                given().header("Authorization", "Bearer " + token)
                        .get(path)
                        .jsonPath()
                        .getString("state"));
    }

    // ---- login's next address ----

    @Test
    void aNextAddressWithControlCharactersOrTwoSlashesSendsTheConsultantHome() {
        Browser b = Browser.at("10.90.0.5");
        // %09 is a TAB, %0D%0A a line break, %00 NUL, %5C a backslash: each decoded into the form value
        for (String next : List.of(
                "/%09/evil.example",
                "/%0D%0ALocation:%20//evil.example",
                "/a%00b",
                "/%5Cevil.example",
                "//evil.example",
                "https://evil.example/",
                "/%25zz",
                "/ok%20then")) {
            Response r = b.post("/login", "username=admin&password=test-admin-password&next=" + next);
            assertEquals(303, r.statusCode(), next + ": " + r.asString());
            assertTrue(r.getHeader("Location").endsWith("/consultant"), next + " -> " + r.getHeader("Location"));
        }
        Response fine =
                b.post("/login", "username=admin&password=test-admin-password&next=%2Fconsultant%2Ftokens%3Fx%3D1");
        assertTrue(fine.getHeader("Location").endsWith("/consultant/tokens?x=1"), fine.getHeader("Location"));
    }

    // ---- the workshop create form ----

    @Test
    void aPreviousWorkshopThatIsNotANumberIsAFieldErrorOnTheForm() {
        Browser alice = Browser.at("10.90.0.6").signedIn();
        for (String previous : List.of("abc", "-4", "99999999999999999999")) {
            Response r = alice.post(
                    "/consultant/workshops", "organisation=Prev+AS&questionnaire=quick-check&previous=" + previous);
            assertEquals(400, r.statusCode(), previous + ": " + r.asString());
            assertTrue(
                    Jsoup.parse(r.asString())
                            .select(".summary-error")
                            .text()
                            .contains("Earlier workshop with this client: Choose an earlier workshop of yours with the"
                                    + " same questionnaire."),
                    r.asString());
        }
        assertFalse(
                Jsoup.parse(alice.req().get("/consultant").asString()).text().contains("Prev AS"));
    }
}
