package no.journeydiag.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.account.service.ApiTokens;
import no.journeydiag.account.service.PartnerKeys;
import no.journeydiag.fuzz.RawHttp.Reply;
import no.journeydiag.fuzz.RawHttp.Request;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sends malformed bodies, headers, encodings, parameters and methods to every API route in the
 * OpenAPI document and every page and form, signed in and not, and fails on any 5xx or any reply
 * that shows a stack trace or class name. Seeded and bounded: -Dfuzz.seed=N repeats a run,
 * -Dfuzz.requests=N sets its size, -Dfuzz.only=I sends request I of the run alone.
 */
@QuarkusTest
class FuzzTest {

    static final long SEED = Long.getLong("fuzz.seed", 20_261_201L);
    static final int REQUESTS = Integer.getInteger("fuzz.requests", 1500);
    static final Pattern LEAK = Pattern.compile(
            "(?:java|jakarta|io\\.quarkus|io\\.vertx|io\\.netty|org\\.jboss|org\\.hibernate"
                    + "|org\\.h2|org\\.postgresql|com\\.fasterxml|no\\.journeydiag)\\.[A-Za-z0-9_.$]*(?:Exception|Error)\\b|\\tat [\\w.$]+\\(");

    @TestHTTPResource("/")
    URL base;

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens apiTokens;

    @Inject
    PartnerKeys partnerKeys;

    final ObjectMapper json = new ObjectMapper();
    final Setup ctx = new Setup();

    /** What a form or JSON route takes when it is sent as it should be; the fuzzer spoils it from there. */
    record Route(
            String method, String template, Kind kind, boolean destructive, Map<String, String> fields, String json) {

        String key() {
            return method + " " + template.replaceAll("\\{([a-z]+)[^}]*}", "{$1}");
        }
    }

    enum Kind {
        PAGE,
        FORM,
        JSON
    }

    @BeforeEach
    void setUp() throws Exception {
        ctx.create(base, accounts, apiTokens, partnerKeys);
    }

    @Test
    void noMalformedRequestToAnyRouteGetsA5xxOrAStackTrace() throws Exception {
        List<Route> routes = routes();
        String only = System.getProperty("fuzz.only");
        System.out.printf(
                "FuzzTest: seed %d (-Dfuzz.seed=%d to repeat), %d requests over %d routes%n",
                SEED, SEED, REQUESTS, routes.size());
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        Map<Integer, AtomicInteger> statuses = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                if (only != null && Integer.parseInt(only) != i) {
                    continue;
                }
                int index = i;
                Request request = request(new Random(SEED * 1_000_003 + i), routes.get(i % routes.size()));
                sent.add(pool.submit(() -> {
                    Reply reply = RawHttp.send(base.getHost(), base.getPort(), request);
                    synchronized (statuses) {
                        statuses.computeIfAbsent(reply.status(), s -> new AtomicInteger())
                                .incrementAndGet();
                    }
                    Matcher leak = LEAK.matcher(reply.text());
                    if (reply.status() >= 500 || reply.status() < 0 || leak.find()) {
                        failures.add("#" + index + " got " + reply.status()
                                + (reply.status() > 0 && leak.find(0) ? " showing '" + leak.group() + "'" : "") + "\n"
                                + request.describe() + "  reply: "
                                + RawHttp.shorten(RawHttp.escape(reply.text()), 600));
                    }
                    return null;
                }));
            }
            for (Future<?> f : sent) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        System.out.println("FuzzTest: statuses " + statuses);
        failures.forEach(f -> System.out.println("FuzzTest FAILURE " + f));
        assertTrue(
                failures.isEmpty(),
                failures.size() + " of " + REQUESTS + " requests failed (seed " + SEED + "):\n"
                        + String.join("\n", failures.stream().limit(20).toList()));
        // Still standing, and the fuzzer's own sign-in still works.
        assertEquals(
                200,
                RawHttp.send(base.getHost(), base.getPort(), new Request("GET", "/q/health/ready", List.of(), null))
                        .status());
        assertEquals(
                200,
                RawHttp.send(
                                base.getHost(),
                                base.getPort(),
                                new Request(
                                        "GET",
                                        "/consultant",
                                        List.of(new String[][] {{"Cookie", "jd_session=" + ctx.session}}),
                                        null))
                        .status());
    }

    // ---- the routes ----

    /** Every operation of the OpenAPI document, then the pages and forms, which carry their field names. */
    List<Route> routes() throws Exception {
        Map<String, Route> all = new LinkedHashMap<>();
        Reply doc = RawHttp.send(
                base.getHost(),
                base.getPort(),
                new Request(
                        "GET",
                        "/q/openapi?format=json",
                        List.of(new String[][] {{"Accept", "application/json"}}),
                        null));
        JsonNode paths = json.readTree(doc.text().substring(doc.text().indexOf("\r\n\r\n") + 4))
                .get("paths");
        paths.fields()
                .forEachRemaining(p -> p.getValue().fields().forEachRemaining(op -> {
                    String method = op.getKey().toUpperCase();
                    if (Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                        boolean form = op.getValue()
                                .path("requestBody")
                                .path("content")
                                .has("application/x-www-form-urlencoded");
                        boolean body = op.getValue().has("requestBody");
                        Route r = new Route(
                                method,
                                p.getKey(),
                                form ? Kind.FORM : body ? Kind.JSON : Kind.PAGE,
                                method.equals("DELETE"),
                                Map.of(),
                                body ? Setup.JSON_BODIES.getOrDefault(method + " " + p.getKey(), "{}") : null);
                        all.put(r.key(), r);
                    }
                }));
        // the README's API tables; new routes come in through the document without being named here
        List<String> readme = List.of(
                "GET /api/v1/questionnaires",
                "GET /api/v1/questionnaires/{id}",
                "POST /api/v1/questionnaires/{id}/responses",
                "GET /api/v1/results/{token}",
                "DELETE /api/v1/results/{token}",
                "POST /api/v1/results/{token}/lead",
                "GET /api/v1/workshops",
                "POST /api/v1/workshops",
                "GET /api/v1/workshops/{id}",
                "PATCH /api/v1/workshops/{id}",
                "DELETE /api/v1/workshops/{id}",
                "GET /api/v1/workshops/{id}/report",
                "GET /api/v1/workshops/{id}/export.csv",
                "GET /api/v1/results",
                "GET /api/v1/leads",
                "POST /api/v1/admin/histograms/rebuild");
        assertTrue(all.keySet().containsAll(readme), "the OpenAPI document lists " + all.keySet());
        for (Route r : Setup.pagesAndForms()) {
            all.put(r.key(), r);
        }
        return new ArrayList<>(all.values());
    }

    // ---- one request ----

    Request request(Random r, Route route) {
        boolean signedIn = r.nextInt(4) > 0;
        String path = fill(r, route, route.destructive());
        Request q = new Request(
                        route.method(),
                        path + (r.nextInt(3) == 0 ? "?lang=" + (r.nextBoolean() ? "nb" : "en") : ""),
                        new ArrayList<>(),
                        null)
                .with("X-Forwarded-For", "10.203." + r.nextInt(256) + "." + r.nextInt(256));
        if (signedIn) {
            q = route.template().startsWith("/api/")
                    ? q.with(
                            "Authorization",
                            "Bearer "
                                    + (route.template().matches("/api/v1/(leads|results)")
                                            ? ctx.partnerKey
                                            : ctx.apiToken))
                    : q;
        }
        String cookies = "csrf-token=" + ctx.csrfCookie
                + (signedIn && !route.template().equals("/logout") ? "; jd_session=" + ctx.session : "");
        q = q.with("Cookie", cookies);
        if (route.template().startsWith("/embed/") && r.nextInt(5) > 0) {
            q = q.with("Origin", "http://" + base.getHost() + ":" + base.getPort());
        }
        if (route.kind() == Kind.FORM) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("csrf-token", r.nextInt(6) == 0 ? "wrong" : ctx.csrfToken);
            route.fields().forEach((k, v) -> fields.put(k, v.equals("{code}") ? ctx.joinCode : v));
            q = q.withBody("application/x-www-form-urlencoded", Mutations.form(r, fields));
        } else if (route.kind() == Kind.JSON) {
            q = q.withBody("application/json", Mutations.json(r, route.json()));
        }
        int damage = 1 + r.nextInt(2);
        for (int d = 0; d < damage; d++) {
            q = spoil(r, q, route);
        }
        return q;
    }

    /** One more thing wrong with the request, beyond its body. */
    Request spoil(Random r, Request q, Route route) {
        return switch (r.nextInt(11)) {
            case 0 -> q.withTarget(fill(r, route, true));
            case 1 ->
                q.withTarget(
                        q.target() + (q.target().contains("?") ? "&" : "?") + Mutations.pick(r, Mutations.QUERIES));
            case 2 -> q.with("Accept-Language", Mutations.pick(r, Mutations.ACCEPT_LANGUAGE));
            case 3 -> q.with("Accept", Mutations.pick(r, Mutations.ACCEPT));
            case 4 -> q.with("Content-Type", Mutations.pick(r, Mutations.CONTENT_TYPES));
            case 5 -> q.with("Cookie", Mutations.pick(r, Mutations.COOKIES));
            case 6 -> q.with("Authorization", Mutations.pick(r, Mutations.AUTHORIZATION));
            case 7 -> route.destructive() ? q : q.withMethod(Mutations.pick(r, Mutations.METHODS));
            case 8 ->
                route.kind() == Kind.JSON
                        ? q.withBody("application/x-www-form-urlencoded", Mutations.form(r, Map.of("a", "b")))
                        : q.withBody("application/json", Mutations.json(r, "{\"lang\":\"en\"}"));
            case 9 ->
                q.withTarget(q.target().replaceFirst("/", "//").replace("/v1/", r.nextBoolean() ? "/v1/./" : "/V1/"));
            default -> q;
        };
    }

    /** The route's path with its parameters filled in: valid ones, or (when {@code bad}) one spoilt. */
    String fill(Random r, Route route, boolean bad) {
        Matcher m = Pattern.compile("\\{([a-z]+)[^}]*}").matcher(route.template());
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        int spoilt = bad && !names.isEmpty() ? r.nextInt(names.size()) : -1;
        StringBuilder sb = new StringBuilder();
        m.reset();
        int i = 0;
        while (m.find()) {
            String value =
                    i == spoilt ? Mutations.pick(r, Mutations.SEGMENTS) : ctx.valueFor(route.template(), m.group(1));
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
            i++;
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The body of a raw reply, chunked transfer coding undone (large bodies come chunked). */
    static String bodyOf(Reply reply) {
        String text = reply.text();
        int at = text.indexOf("\r\n\r\n");
        if (at < 0) {
            return "";
        }
        String head = text.substring(0, at).toLowerCase(java.util.Locale.ROOT);
        String body = text.substring(at + 4);
        if (!head.contains("transfer-encoding: chunked")) {
            return body;
        }
        byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8); // chunk sizes count bytes
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int i = 0;
        while (i < bytes.length) {
            int eol = i;
            while (eol + 1 < bytes.length && !(bytes[eol] == '\r' && bytes[eol + 1] == '\n')) {
                eol++;
            }
            int size = Integer.parseInt(
                    new String(bytes, i, eol - i, java.nio.charset.StandardCharsets.US_ASCII).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            out.write(bytes, eol + 2, Math.min(size, bytes.length - eol - 2));
            i = eol + 2 + size + 2;
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
