package no.journeydiag.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.account.service.ApiTokens;
import no.journeydiag.account.service.Consultant;
import no.journeydiag.account.service.PartnerKeys;
import no.journeydiag.fuzz.FuzzTest.Kind;
import no.journeydiag.fuzz.FuzzTest.Route;
import no.journeydiag.fuzz.RawHttp.Reply;
import no.journeydiag.fuzz.RawHttp.Request;
import no.journeydiag.response.Answers;

/** The things a fuzzed request can name: a signed-in consultant, tokens, a workshop, a draft, a result. */
final class Setup {

    static final String ANSWERS;

    static {
        try {
            ANSWERS = new com.fasterxml.jackson.databind.ObjectMapper()
                    .writeValueAsString(new java.util.TreeMap<>(Answers.quickCheckCritical()));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The valid body of each JSON operation, by method and OpenAPI path; others get {}. */
    static final Map<String, String> JSON_BODIES = Map.of(
            "POST /api/v1/questionnaires/{id}/responses",
            "{\"locale\":\"en\",\"answers\":" + ANSWERS + ",\"test\":true}",
            "POST /api/v1/results/{token}/lead",
            "{\"email\":\"fuzz@example.com\",\"name\":\"Fuzz\",\"consent\":true}",
            "POST /api/v1/workshops",
            "{\"organisation\":\"Fuzz AS\",\"questionnaire\":\"quick-check\",\"roles\":[\"a\",\"b\"],"
                    + "\"anonymityThreshold\":3,\"opensAt\":\"2026-01-01T09:00:00Z\",\"closesAt\":\"2099-01-01T09:00:00Z\"}",
            "PATCH /api/v1/workshops/{id}",
            "{\"closed\":false,\"published\":false}");

    String csrfCookie;
    String csrfToken;
    String session;
    String apiToken;
    String partnerKey;
    long workshop;
    String joinCode;
    String teamToken;
    String draft;
    String result;
    private boolean created;

    void create(URL base, Accounts accounts, ApiTokens apiTokens, PartnerKeys partnerKeys) throws Exception {
        if (created) {
            return;
        }
        ObjectMapper json = new ObjectMapper();
        String host = base.getHost();
        int port = base.getPort();
        Reply join = RawHttp.send(host, port, new Request("GET", "/join", List.of(), null));
        csrfCookie = cookie(join, "csrf-token");
        csrfToken = find(join.text(), "name=\"csrf-token\" value=\"([^\"]+)\"");
        Reply login = RawHttp.send(host, port, form("/login", "username=admin&password=test-admin-password"));
        assertEquals(303, login.status(), login.text());
        session = cookie(login, "jd_session");

        var admin = accounts.accounts().stream()
                .filter(a -> a.username().equals("admin"))
                .findFirst()
                .orElseThrow();
        apiToken = apiTokens.create(new Consultant(admin.id(), admin.username(), admin.displayName(), true), "fuzz");
        partnerKey = partnerKeys.create("fuzz", List.of(), Set.of());

        Reply w = RawHttp.send(
                host,
                port,
                new Request(
                        "POST",
                        "/api/v1/workshops",
                        List.of(new String[][] {
                            {"Authorization", "Bearer " + apiToken}, {"Content-Type", "application/json"}
                        }),
                        "{\"organisation\":\"Fuzz AS\",\"questionnaire\":\"quick-check\",\"anonymityThreshold\":1}"
                                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(201, w.status(), w.text());
        JsonNode made = json.readTree(FuzzTest.bodyOf(w));
        workshop = made.get("id").asLong();
        joinCode = made.get("joinCode").asText();
        teamToken = made.get("teamReportUrl").asText().replaceAll(".*/t/", "");

        Reply started = RawHttp.send(host, port, form("/a/quick-check/start", "lang=en"));
        draft = find(started.text(), "Location: [^\\r]*/d/([A-Za-z0-9_-]{43})/1");
        Reply submitted = RawHttp.send(
                host,
                port,
                new Request(
                        "POST",
                        "/api/v1/questionnaires/quick-check/responses",
                        List.of(new String[][] {{"Content-Type", "application/json"}}),
                        JSON_BODIES
                                .get("POST /api/v1/questionnaires/{id}/responses")
                                .getBytes(StandardCharsets.UTF_8)));
        assertEquals(201, submitted.status(), submitted.text());
        result = json.readTree(FuzzTest.bodyOf(submitted)).get("token").asText();
        created = true;
    }

    private Request form(String path, String body) {
        return new Request(
                "POST",
                path,
                List.of(new String[][] {
                    {"Cookie", "csrf-token=" + csrfCookie},
                    {"Content-Type", "application/x-www-form-urlencoded"},
                    {"X-Forwarded-For", "10.204.0.1"}
                }),
                ("csrf-token=" + csrfToken + "&" + body).getBytes(StandardCharsets.UTF_8));
    }

    private static String cookie(Reply r, String name) {
        return find(r.text(), "(?i)Set-Cookie: " + Pattern.quote(name) + "=([^;\\r]+)");
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError("no " + regex + " in " + RawHttp.shorten(text, 2000));
        }
        return m.group(1);
    }

    /** A valid value for a path parameter, by where it sits. */
    String valueFor(String template, String name) {
        return switch (name) {
            case "token" -> template.contains("/d/") ? draft : template.startsWith("/t/") ? teamToken : result;
            case "code" -> joinCode;
            case "step" -> "1";
            case "action" -> template.contains("accounts") ? "enable" : "close";
            case "id" ->
                template.startsWith("/api/v1/questionnaires")
                                || template.startsWith("/a/")
                                || template.startsWith("/embed/")
                        ? "quick-check"
                        : template.contains("workshops") ? Long.toString(workshop) : "999999";
            default -> "1";
        };
    }

    /** The pages and forms, with the fields their forms send. Destructive ones are only ever sent with a spoilt id. */
    static List<Route> pagesAndForms() {
        List<Route> routes = new ArrayList<>();
        for (String p : List.of(
                "/",
                "/a/{id}",
                "/a/{id}/all",
                "/d/{token}",
                "/d/{token}/{step}",
                "/d/{token}/review",
                "/r/{token}",
                "/r/{token}/delete",
                "/embed.js",
                "/embed/{id}",
                "/embed/d/{token}",
                "/embed/d/{token}/{step}",
                "/embed/d/{token}/review",
                "/embed/r/{token}",
                "/embed/r/{token}/delete",
                "/join",
                "/w/{code}",
                "/t/{token}",
                "/login",
                "/consultant",
                "/consultant/workshops/new",
                "/consultant/workshops/{id}",
                "/consultant/workshops/{id}/present",
                "/consultant/workshops/{id}/counts",
                "/consultant/workshops/{id}/report",
                "/consultant/workshops/{id}/report.pdf",
                "/consultant/workshops/{id}/report.json",
                "/consultant/workshops/{id}/export.csv",
                "/consultant/workshops/{id}/delete",
                "/consultant/tokens",
                "/admin/accounts",
                "/admin/webhooks",
                "/admin/partner-keys",
                "/consultant/leads",
                "/consultant/leads/export.csv")) {
            routes.add(new Route("GET", p, Kind.PAGE, false, Map.of(), null));
        }
        Map<String, String> answers = new LinkedHashMap<>();
        answers.putAll(Answers.quickCheckCriticalForm());
        Map<String, String> lead =
                Map.of("email", "fuzz@example.com", "name", "Fuzz", "company", "F AS", "consent", "yes");
        form(
                routes,
                "/login",
                false,
                Map.of("username", "admin", "password", "test-admin-password", "next", "/consultant/tokens"));
        form(routes, "/logout", false, Map.of());
        form(routes, "/join", false, Map.of("code", "{code}", "lang", "en"));
        form(routes, "/w/{code}/start", false, Map.of("role", "other", "lang", "en"));
        form(routes, "/a/{id}/start", false, Map.of("lang", "en"));
        form(routes, "/a/{id}/all", false, with(answers, "lang", "en"));
        form(routes, "/d/{token}/{step}", false, answers);
        form(routes, "/d/{token}/submit", false, Map.of());
        form(routes, "/r/{token}/lead", false, lead);
        form(routes, "/r/{token}/delete", true, Map.of());
        form(
                routes,
                "/consultant/workshops",
                false,
                Map.of(
                        "organisation",
                        "Fuzz AS",
                        "questionnaire",
                        "quick-check",
                        "roles",
                        "a\nb",
                        "anonymityThreshold",
                        "3",
                        "opensAt",
                        "2026-01-01T09:00",
                        "closesAt",
                        "",
                        "previous",
                        ""));
        form(routes, "/consultant/workshops/{id}/{action}", false, Map.of());
        form(routes, "/consultant/workshops/{id}/delete", true, Map.of("confirm", "yes"));
        form(routes, "/consultant/tokens", false, Map.of("name", "fuzz"));
        form(routes, "/consultant/tokens/{id}/revoke", true, Map.of());
        form(
                routes,
                "/admin/accounts",
                false,
                Map.of(
                        "username",
                        "fuzzer",
                        "displayName",
                        "Fuzzer",
                        "password",
                        "a long fuzz password",
                        "role",
                        "consultant"));
        form(routes, "/admin/accounts/{id}/{action}", true, Map.of());
        form(routes, "/admin/partner-keys", false, Map.of("name", "fuzz partner", "questionnaire", "quick-check"));
        form(routes, "/admin/partner-keys/{id}/revoke", true, Map.of());
        form(routes, "/admin/webhooks/{id}/retry", false, Map.of());
        form(routes, "/embed/{id}/start", false, Map.of("lang", "en"));
        form(routes, "/embed/d/{token}/{step}", false, answers);
        form(routes, "/embed/d/{token}/submit", false, Map.of());
        form(routes, "/embed/r/{token}/lead", false, lead);
        form(routes, "/embed/r/{token}/delete", true, Map.of());
        return routes;
    }

    private static void form(List<Route> routes, String path, boolean destructive, Map<String, String> fields) {
        routes.add(new Route("POST", path, Kind.FORM, destructive, fields, null));
    }

    private static Map<String, String> with(Map<String, String> fields, String key, String value) {
        Map<String, String> m = new LinkedHashMap<>(fields);
        m.put(key, value);
        return m;
    }
}
