package no.journeydiag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import no.journeydiag.response.Answers;
import org.awaitility.Awaitility;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged jar against one PostgreSQL database, as behind a load balancer:
 * a consultant signs in on one and works on the other, participants start on one and finish on the
 * other, both show everyone once the workshop is closed, and each webhook event of a public answer
 * reaches the CRM once although both send (workshop answers make none).
 * Runs after packaging in the postgresql Maven profile (failsafe).
 */
class TwoInstancesIT {

    static final String SCHEMA = "two_instances";
    static final String ADMIN_PASSWORD = "two-instances-admin-pw";
    static final int PARTICIPANTS = 6;

    static final List<Process> processes = new ArrayList<>();
    static final Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
    static HttpServer crm;
    static String a;
    static String b;
    static final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(TestDatabase.postgres(), "needs -Ppostgresql");
        try (Connection c = DriverManager.getConnection(
                        TestDatabase.pgUrl(), TestDatabase.pgUser(), TestDatabase.pgPassword());
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
        crm = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        crm.createContext("/hook", exchange -> {
            received.computeIfAbsent(exchange.getRequestHeaders().getFirst("webhook-id"), k -> new AtomicInteger())
                    .incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        crm.start();
        // Both start at once: the migrations must also hold when two instances race to apply them.
        a = launch("a");
        b = launch("b");
        waitUntilReady(a);
        waitUntilReady(b);
    }

    @AfterAll
    static void stop() {
        processes.forEach(Process::destroy);
        if (crm != null) {
            crm.stop(0);
        }
    }

    static String launch(String name) throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path dir = Path.of("target", "two-instances", name);
        Files.createDirectories(dir);
        String url =
                TestDatabase.pgUrl() + (TestDatabase.pgUrl().contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=" + url,
                "-Dquarkus.datasource.username=" + TestDatabase.pgUser(),
                "-Dquarkus.datasource.password=" + TestDatabase.pgPassword(),
                "-Dquarkus.flyway.schemas=" + SCHEMA,
                "-Ddiagnostic.data-dir=" + dir,
                "-Ddiagnostic.admin.password=" + ADMIN_PASSWORD,
                "-Ddiagnostic.auth.secure-cookie=false",
                "-Ddiagnostic.webhooks.allow-http=true",
                "-Ddiagnostic.webhooks.allow-loopback=true",
                "-Ddiagnostic.webhooks.poll-every=1s",
                "-Ddiagnostic.webhooks.targets.crm.url=http://127.0.0.1:"
                        + crm.getAddress().getPort() + "/hook",
                "-Ddiagnostic.webhooks.targets.crm.secret=two-instances-webhook-secret",
                "-jar",
                "target/quarkus-app/quarkus-run.jar");
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("log.txt").toFile())
                .start();
        processes.add(p);
        return "http://127.0.0.1:" + port;
    }

    static void waitUntilReady(String base) {
        Awaitility.await(base + " ready (see target/two-instances/*/log.txt)")
                .atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptions() // still starting
                .until(() -> http.send(
                                        HttpRequest.newBuilder(URI.create(base + "/q/health/ready"))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode()
                        == 200);
    }

    /** One browser: its cookies and the CSRF token it got with them, whichever instance it talks to. */
    static final class Browser {
        final Map<String, String> cookies = new LinkedHashMap<>();
        String csrf;

        HttpResponse<String> get(String url) throws Exception {
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url));
            return keep(http.send(withCookies(r).build(), HttpResponse.BodyHandlers.ofString()));
        }

        HttpResponse<String> post(String url, Map<String, String> form) throws Exception {
            Map<String, String> all = new LinkedHashMap<>(form);
            all.put("csrf-token", csrf);
            String body = all.entrySet().stream()
                    .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                    .collect(Collectors.joining("&"));
            HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            return keep(http.send(withCookies(r).build(), HttpResponse.BodyHandlers.ofString()));
        }

        Document page(String url) throws Exception {
            HttpResponse<String> r = get(url);
            assertEquals(200, r.statusCode(), url + ": " + r.body());
            Document d = Jsoup.parse(r.body());
            String field = d.select("input[name=csrf-token]").attr("value");
            if (!field.isEmpty()) {
                csrf = field;
            }
            return d;
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

        private HttpResponse<String> keep(HttpResponse<String> r) {
            for (String c : r.headers().allValues("Set-Cookie")) {
                String pair = c.split(";", 2)[0];
                cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
            return r;
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    static String location(HttpResponse<String> r) {
        assertEquals(303, r.statusCode(), r.uri() + ": " + r.body());
        return r.headers().firstValue("Location").orElseThrow().replaceAll("^https?://[^/]+", "");
    }

    @Test
    void aWorkshopRunAcrossTwoInstancesShowsEveryoneOnBothAndEachEventReachesTheCrmOnce() throws Exception {
        Browser consultant = new Browser();
        consultant.page(a + "/login");
        location(consultant.post(a + "/login", Map.of("username", "admin", "password", ADMIN_PASSWORD)));
        consultant.page(
                b + "/consultant"); // signed in, forms carry a token bound to the session: read it as a browser would
        // The session lives in the database: the cookie from instance A signs the consultant in on B.
        String detail = location(consultant.post(
                b + "/consultant/workshops",
                Map.of("organisation", "Two Instances AS", "questionnaire", "quick-check", "anonymityThreshold", "1")));
        assertTrue(detail.matches("/consultant/workshops/\\d+"), detail);
        String joinLink = consultant.page(a + detail).select("#join-link").attr("value");
        String code = joinLink.substring(joinLink.lastIndexOf('/') + 1);
        assertEquals(8, code.length(), joinLink);

        String[] roles = {"sales", "marketing", "leadership"};
        for (int i = 0; i < PARTICIPANTS; i++) {
            String first = i % 2 == 0 ? a : b; // joins here ...
            String second = i % 2 == 0 ? b : a; // ... and answers and submits there
            Browser p = new Browser();
            p.page(first + "/w/" + code);
            String step = location(p.post(first + "/w/" + code + "/start", Map.of("role", roles[i % roles.length])));
            Map<String, String> answers = new LinkedHashMap<>();
            answers.putAll(Answers.quickCheckCriticalForm());
            location(p.post(second + step, answers));
            String report = location(p.post(second + step.replaceAll("/\\d+$", "/submit"), Map.of()));
            assertTrue(report.startsWith("/r/"), report);
            assertEquals(200, p.get(first + report).statusCode(), "the report is readable on the other instance too");
        }

        for (String instance : List.of(a, b)) {
            HttpResponse<String> counts = consultant.get(instance + detail + "/counts");
            assertEquals(200, counts.statusCode());
            assertTrue(counts.body().contains("\"finished\":" + PARTICIPANTS), instance + ": " + counts.body());
            assertTrue(!counts.body().contains("sales"), "totals only: " + counts.body());
            HttpResponse<String> open = consultant.get(instance + detail + "/report.json");
            assertTrue(open.body().contains("\"participants\":0"), "nothing released while open: " + open.body());
        }
        consultant.page(a + detail);
        location(consultant.post(b + detail + "/close", Map.of()));
        for (String instance :
                List.of(a, b)) { // closing on B released them under a lock of the workshop row; A reads the same
            HttpResponse<String> team = consultant.get(instance + detail + "/report.json");
            assertTrue(team.body().contains("\"participants\":" + PARTICIPANTS), instance + ": " + team.body());
            assertTrue(team.body().contains("\"pending\":0"), instance + ": " + team.body());
        }

        // Public answers (workshop ones make no events), sent to both instances in turn.
        for (int i = 0; i < PARTICIPANTS; i++) {
            String body = "{\"answers\":"
                    + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Answers.quickCheckCritical())
                    + "}";
            HttpResponse<String> r = http.send(
                    HttpRequest.newBuilder(
                                    URI.create((i % 2 == 0 ? a : b) + "/api/v1/questionnaires/quick-check/responses"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(201, r.statusCode(), r.body());
        }

        // Both instances poll the one outbox every second: wait for all events, then watch three more
        // seconds (three rounds of each instance) that no event comes a second time.
        Awaitility.await("one event per public response")
                .atMost(Duration.ofSeconds(30))
                .until(() -> received.size() >= PARTICIPANTS);
        Awaitility.await("no event delivered twice")
                .during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(4))
                .until(() -> received.size() == PARTICIPANTS
                        && received.values().stream().allMatch(n -> n.get() == 1));
        assertEquals(
                PARTICIPANTS,
                received.size(),
                "one event per completed public response, none for the workshop: " + received);
        received.forEach((id, n) -> assertEquals(1, n.get(), "event " + id + " delivered " + n + " times"));

        // Last, as it locks this test's address out of joining: wrong codes count across instances.
        Browser guesser = new Browser();
        guesser.page(a + "/join");
        for (int i = 0; i < 10; i++) { // the default allowance is 10 a minute, spread over both instances
            assertEquals(
                    404,
                    guesser.post((i % 2 == 0 ? a : b) + "/join", Map.of("code", "ZZZZZZZ" + "ABCDEFGHJK".charAt(i)))
                            .statusCode());
        }
        assertEquals(429, guesser.post(a + "/join", Map.of("code", "ZZZZZZZZ")).statusCode(), "limited on A");
        assertEquals(429, guesser.post(b + "/join", Map.of("code", "ZZZZZZZZ")).statusCode(), "and on B");
    }
}
