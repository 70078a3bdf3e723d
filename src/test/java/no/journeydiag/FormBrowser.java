package no.journeydiag;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** One browser against a running instance: keeps its cookies and the CSRF token of the last page that had a form. */
public final class FormBrowser {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String csrf;

    public FormBrowser(String base) {
        this.base = base;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return keep(HTTP.send(
                withCookies(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)))
                        .build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    public HttpResponse<byte[]> getBytes(String path) throws Exception {
        return HTTP.send(
                withCookies(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** A page that must answer 200; its CSRF token is kept for the next form. */
    public Document page(String path) throws Exception {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) {
            throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
        }
        Document d = Jsoup.parse(r.body());
        String field = d.select("input[name=csrf-token]").attr("value");
        if (!field.isEmpty()) {
            csrf = field;
        }
        return d;
    }

    public HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(form);
        if (csrf != null) {
            all.put("csrf-token", csrf);
        }
        String body = all.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return keep(HTTP.send(withCookies(r).build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** The path a 303 points to; fails on anything else. */
    public static String location(HttpResponse<String> r) {
        if (r.statusCode() != 303) {
            throw new AssertionError(r.uri() + " answered " + r.statusCode() + " instead of 303: " + r.body());
        }
        return r.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
    }

    /** Signs in with the login form. */
    public FormBrowser login(String username, String password) throws Exception {
        page("/login");
        location(post("/login", Map.of("username", username, "password", password)));
        return this;
    }

    private HttpRequest.Builder withCookies(HttpRequest.Builder r) {
        if (!cookies.isEmpty()) {
            r.header(
                    "Cookie",
                    cookies.entrySet().stream()
                            .map(e -> e.getKey() + "=" + e.getValue())
                            .collect(Collectors.joining("; ")));
        }
        return r;
    }

    private <T> HttpResponse<T> keep(HttpResponse<T> r) {
        for (String c : r.headers().allValues("Set-Cookie")) {
            String pair = c.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return r;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
