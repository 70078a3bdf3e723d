package no.journeydiag.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import no.journeydiag.response.Answers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Branding by configuration: the organisation's name, logo, colour, icon and footer links on public pages. */
@QuarkusTest
@TestProfile(BrandingTest.Branded.class)
class BrandingTest {

    public static class Branded implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "diagnostic.branding.name", "Nordlys Rådgivning",
                    "diagnostic.branding.logo-url", "/brand/logo.svg",
                    "diagnostic.branding.primary-colour", "#6b2fa3",
                    "diagnostic.branding.favicon-url", "/brand/icon.png",
                    "diagnostic.branding.privacy-url", "https://nordlys.example/personvern",
                    "diagnostic.branding.contact-url", "mailto:hei@nordlys.example",
                    "diagnostic.branding.booking-url", "");
        }
    }

    @Test
    void everyPublicPageCarriesTheOrganisationsNameLogoIconAndLinks() {
        for (String path : new String[] {"/?lang=nb", "/a/quick-check?lang=nb"}) {
            Document doc = Jsoup.parse(given().get(path).asString());
            assertThat(doc.select("header .brand").text()).as(path).isEqualTo("Nordlys Rådgivning");
            assertThat(doc.select("header .brand img").attr("src")).isEqualTo("/brand/logo.svg");
            assertThat(doc.select("link[rel=icon]").attr("href")).isEqualTo("/brand/icon.png");
            assertThat(doc.select("footer a").eachAttr("href"))
                    .containsExactly("https://nordlys.example/personvern", "mailto:hei@nordlys.example");
            assertThat(doc.select("footer a").eachText()).containsExactly("Personvernerklæring", "Kontakt oss");
        }
    }

    @Test
    void thePrimaryColourIsAStylesheetOfItsOwnWhoseAddressChangesWithIt() {
        Document doc = Jsoup.parse(given().get("/").asString());
        assertThat(doc.select("link[rel=stylesheet]").eachAttr("href")).contains("/brand.css?c=6b2fa3");
        assertThat(given().get("/brand.css").asString()).isEqualTo(":root { --accent: #6b2fa3; }\n");
    }

    @Test
    void withoutABookingPageTheNextStepLeadsToTheContactAddress() {
        String token = ReportDesignTest.submit("quick-check", "nb", Answers.quickCheckCritical());
        Document doc = Jsoup.parse(given().get("/r/" + token).asString());
        // critical band: its offer is "${booking-url}?topic=critical"; the contact address is used as it is
        assertThat(doc.select("#next-step .print-only .url").text()).isEqualTo("mailto:hei@nordlys.example");
        given().redirects()
                .follow(false)
                .get("/r/" + token + "/next?offer=band:critical")
                .then()
                .statusCode(303)
                .header("Location", "mailto:hei@nordlys.example");
    }
}
