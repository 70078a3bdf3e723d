package no.journeydiag.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** What every public page carries: an icon, a description, indexing only where it is public, versioned assets. */
@QuarkusTest
class PublicPagesTest {

    @Test
    void theFaviconAndRobotsTxtAreServed() {
        Response ico = given().get("/favicon.ico");
        assertThat(ico.statusCode()).isEqualTo(200);
        // ICO header: reserved 0, type 1 (icon), 1 image
        assertThat(ico.asByteArray()).startsWith(0, 0, 1, 0, 1, 0);
        assertThat(given().get("/favicon.svg").statusCode()).isEqualTo(200);
        assertThat(given().get("/robots.txt").asString()).contains("Disallow: /r/", "Disallow: /d/");
    }

    @Test
    void theLandingPageMayBeIndexedAndDescribesItself() {
        Response r = given().get("/a/quick-check?lang=nb");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.getHeader("X-Robots-Tag")).isNull();
        Document doc = Jsoup.parse(r.asString());
        assertThat(doc.select("meta[name=description]").attr("content"))
                .isNotBlank()
                .hasSizeLessThanOrEqualTo(156);
        assertThat(doc.select("link[rel=icon]").attr("href")).isEqualTo("/favicon.svg");
        Response home = given().get("/?lang=nb");
        assertThat(home.getHeader("X-Robots-Tag")).isNull();
        assertThat(Jsoup.parse(home.asString()).select("meta[name=description]").attr("content"))
                .isEqualTo("Velg en diagnose. Du får en personlig rapport med en gang, og du trenger ingen konto.");
    }

    @Test
    void aReportStaysPrivate() {
        String token =
                ReportDesignTest.submit("quick-check", "en", no.journeydiag.response.Answers.quickCheckCritical());
        assertThat(given().get("/r/" + token).getHeader("X-Robots-Tag")).isEqualTo("noindex, nofollow");
    }

    @Test
    void theStylesheetLinkChangesWithItsContentSoImmutableCachingIsTrue() {
        Document doc = Jsoup.parse(given().get("/").asString());
        String css = doc.select("link[rel=stylesheet]").first().attr("href");
        assertThat(css).matches("/css/app\\.css\\?v=[0-9a-f]{10}");
        assertThat(doc.select("link[rel=stylesheet]").eachAttr("href")).contains("/brand.css?c=0b5cad");
        assertThat(given().get("/brand.css").asString()).isEqualTo(":root { --accent: #0b5cad; }\n");
    }

    @Test
    void pagesAreCompressedForBrowsersThatAcceptIt() {
        Response r = given().header("Accept-Encoding", "gzip").get("/a/journey-ownership");
        assertThat(r.getHeader("Content-Encoding")).isEqualTo("gzip");
    }
}
