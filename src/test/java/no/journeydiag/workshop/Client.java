package no.journeydiag.workshop;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A browser stand-in for page tests: keeps cookies, sends the CSRF token with every form, plays one client address. */
public final class Client {

    public final Map<String, String> cookies = new LinkedHashMap<>();
    String csrf;
    final String address;

    public Client(String address) {
        this.address = address;
        Response r = given().header("X-Forwarded-For", address).get("/join");
        assertEquals(200, r.statusCode());
        cookies.put("csrf-token", r.getCookie("csrf-token"));
        csrf = Jsoup.parse(r.asString()).select("input[name=csrf-token]").attr("value");
    }

    public Client() {
        this("127.0.0.1");
    }

    /** Signs in; fails the test unless the login succeeds. */
    public Client login(String username, String password) {
        Response r = post("/login", Map.of("username", username, "password", password));
        assertEquals(303, r.statusCode(), r.asString());
        cookies.put("jd_session", r.getCookie("jd_session"));
        // Signed in, forms carry a token bound to the session: take it from a page, as a browser would.
        csrf = page("/consultant", 200).select("input[name=csrf-token]").attr("value");
        return this;
    }

    public RequestSpecification req() {
        return given().redirects().follow(false).cookies(cookies).header("X-Forwarded-For", address);
    }

    public Response post(String path, Map<String, String> form) {
        RequestSpecification r =
                req().contentType("application/x-www-form-urlencoded").formParam("csrf-token", csrf);
        for (var e : form.entrySet()) {
            r = r.formParam(e.getKey(), e.getValue());
        }
        return r.post(path);
    }

    public Document page(String path, int status) {
        Response r = req().get(path);
        assertEquals(status, r.statusCode(), path + ": " + r.asString());
        return Jsoup.parse(r.asString());
    }
}
