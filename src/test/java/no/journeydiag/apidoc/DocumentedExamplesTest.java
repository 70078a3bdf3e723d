package no.journeydiag.apidoc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.account.service.ApiTokens;
import no.journeydiag.account.service.Consultant;
import no.journeydiag.account.service.PartnerKeys;
import no.journeydiag.webhook.service.AddressGuard;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract as a client generator reads it: every operation's documented example (path and
 * query parameter examples, the request body's schema example) is sent to the running API, and
 * the answer must have a documented status and match the schema documented for it. Ids that only
 * exist at run time (a result's secret token, a new workshop's number) come from the answers to
 * the operations before: the document's example for them is a placeholder of the right shape.
 */
@QuarkusTest
class DocumentedExamplesTest {

    /** Every operation in the order a client would use them: what one makes, the next reads. */
    static final List<String> ORDER = List.of(
            "QuestionnaireResource_list",
            "QuestionnaireResource_get",
            "ResponseResource_submit",
            "ResultResource_result",
            "LeadResource_capture",
            "ResultResource_list",
            "LeadFeedResource_leads",
            "HistogramResource_rebuild",
            "createWebhookTarget",
            "listWebhookTargets",
            "getWebhookTarget",
            "updateWebhookTarget",
            "rotateWebhookSecret",
            "testWebhookTarget",
            "listWebhookDeliveries",
            "getWebhookDelivery",
            "retryWebhookDelivery",
            "deleteWebhookTarget",
            "WorkshopResource_create",
            "WorkshopResource_list",
            "WorkshopResource_get",
            "WorkshopResource_update",
            "WorkshopResource_report",
            "WorkshopResource_csv",
            "WorkshopResource_delete",
            "ResultResource_delete");

    /** Where a run-time id comes from: operation → (path parameter key, JSON path in its answer). */
    static final Map<String, List<String>> BINDS = Map.of(
            "ResponseResource_submit", List.of("results.token", "token"),
            "createWebhookTarget", List.of("webhooks.name", "target.name"),
            "listWebhookDeliveries", List.of("webhooks.id", "[0].id"),
            "WorkshopResource_create", List.of("workshops.id", "id"));

    static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Inject
    Accounts accounts;

    @Inject
    ApiTokens apiTokens;

    @Inject
    PartnerKeys partnerKeys;

    static String adminToken;
    static String consultantToken;
    static String partnerKey;

    record Op(String id, String method, String path, Map<String, Object> spec) {}

    @BeforeEach
    void credentials() {
        // The webhook example's host is a public name; stand in for DNS so the test needs no network.
        QuarkusMock.installMockForType(
                new AddressGuard.Dns() {
                    @Override
                    public InetAddress[] resolve(String host) throws UnknownHostException {
                        if (host.endsWith(".example.com")) {
                            return new InetAddress[] {
                                InetAddress.getByAddress(host, new byte[] {93, (byte) 184, (byte) 215, 14})
                            };
                        }
                        return super.resolve(host);
                    }
                },
                AddressGuard.Dns.class);
        if (adminToken != null) {
            return;
        }
        var admin = accounts.accounts().stream()
                .filter(a -> a.username().equals("admin"))
                .findFirst()
                .orElseThrow();
        adminToken = apiTokens.create(new Consultant(admin.id(), admin.username(), admin.displayName(), true), "doc");
        accounts.create("otto", "Otto Contract", "otto-password-long", "consultant");
        var otto = accounts.accounts().stream()
                .filter(a -> a.username().equals("otto"))
                .findFirst()
                .orElseThrow();
        consultantToken = apiTokens.create(new Consultant(otto.id(), "otto", "Otto Contract", false), "doc");
        partnerKey = partnerKeys.create("contract", List.of(), Set.of("quick-check", "journey-ownership"));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> document() {
        return given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
    }

    @SuppressWarnings("unchecked")
    static List<Op> operations(Map<String, Object> doc) {
        List<Op> ops = new ArrayList<>();
        var paths = (Map<String, Map<String, Object>>) doc.get("paths");
        paths.forEach((path, item) -> item.forEach((method, spec) -> {
            if (METHODS.contains(method)) {
                Map<String, Object> s = (Map<String, Object>) spec;
                ops.add(new Op((String) s.get("operationId"), method, path, s));
            }
        }));
        return ops;
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationsDocumentedExampleIsAcceptedAndAnsweredAsDocumented() {
        Map<String, Object> doc = document();
        var schemas = (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("schemas");
        SchemaCheck check = new SchemaCheck(schemas);
        Map<String, Op> byId = new LinkedHashMap<>();
        operations(doc).forEach(o -> byId.put(o.id(), o));
        assertThat(ORDER)
                .as("an operation the example run does not know: add it to ORDER")
                .containsExactlyInAnyOrderElementsOf(byId.keySet());
        Map<String, String> ids = new HashMap<>();
        List<String> failures = new ArrayList<>();
        for (String id : ORDER) {
            Op op = byId.get(id);
            List<String> missing = missingExamples(op, schemas);
            if (!missing.isEmpty()) {
                failures.add(id + " has no example for " + missing);
                continue;
            }
            Response r = send(op, schemas, ids, credentialsFor(op));
            String expected = firstSuccess(op);
            if (!String.valueOf(r.statusCode()).equals(expected)) {
                failures.add(
                        id + ": " + r.statusCode() + " where the example should get " + expected + ": " + r.asString());
                continue;
            }
            failures.addAll(bodyErrors(op, r, check));
            List<String> bind = BINDS.get(id);
            if (bind != null) {
                ids.put(bind.get(0), r.jsonPath().getString(bind.get(1)));
            }
        }
        assertThat(failures).isEmpty();
    }

    /**
     * The errors a stranger can cause, sent to every operation that documents them: no credentials
     * (401), someone else's credentials (403), an id that does not exist (404), a body that is not
     * JSON (400). Each answer must be a documented status with the Problem schema.
     */
    @Test
    @SuppressWarnings("unchecked")
    void everyErrorAStrangerCanCauseIsADocumentedStatusWithTheProblemSchema() {
        Map<String, Object> doc = document();
        var schemas = (Map<String, Object>) ((Map<String, Object>) doc.get("components")).get("schemas");
        SchemaCheck check = new SchemaCheck(schemas);
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (Op op : operations(doc)) {
            String scheme = scheme(op);
            Map<String, String> unknown = new HashMap<>();
            for (String key : List.of("results.token", "webhooks.name", "webhooks.id", "workshops.id")) {
                unknown.put(key, key.endsWith(".id") ? "987654321" : "no-such-thing");
            }
            List<Map.Entry<String, Response>> cases = new ArrayList<>();
            if (scheme != null) {
                cases.add(Map.entry("401", send(op, schemas, unknown, given())));
            }
            if ("token".equals(scheme) && !op.path().startsWith("/api/v1/workshops")) {
                cases.add(Map.entry("403", send(op, schemas, unknown, bearer(consultantToken))));
            }
            if ("partner".equals(scheme)) {
                cases.add(Map.entry("403", send(op, schemas, unknown, bearer(consultantToken))));
            }
            if (op.path().contains("{")) {
                Map<String, String> none = new HashMap<>(unknown);
                none.put("questionnaire.id", "no-such-questionnaire");
                cases.add(Map.entry("404", send(op, schemas, none, credentialsFor(op))));
            }
            if (op.spec().containsKey("requestBody")) {
                cases.add(Map.entry(
                        "400",
                        pathed(op, schemas, ids(), credentialsFor(op))
                                .contentType("application/json")
                                .body("{\"answers\": ")
                                .request(op.method(), expand(op, schemas, ids()))));
            }
            for (var c : cases) {
                tried++;
                Response r = c.getValue();
                String status = String.valueOf(r.statusCode());
                var responses = (Map<String, Object>) op.spec().get("responses");
                if (!responses.containsKey(status)) {
                    failures.add(op.id() + ": " + status + " is not documented (tried for " + c.getKey() + ")");
                    continue;
                }
                if (r.statusCode() >= 400) {
                    if (!String.valueOf(r.contentType()).startsWith("application/problem+json")) {
                        failures.add(op.id() + " " + status + ": " + r.contentType() + " instead of problem+json");
                        continue;
                    }
                    failures.addAll(bodyErrors(op, r, check));
                }
            }
        }
        assertThat(tried).isGreaterThan(40);
        assertThat(failures).isEmpty();
    }

    private static Map<String, String> ids() {
        Map<String, String> m = new HashMap<>();
        m.put("results.token", "no-such-thing");
        m.put("webhooks.name", "no-such-thing");
        m.put("webhooks.id", "987654321");
        m.put("workshops.id", "987654321");
        return m;
    }

    @SuppressWarnings("unchecked")
    private static List<String> bodyErrors(Op op, Response r, SchemaCheck check) {
        var responses = (Map<String, Object>) op.spec().get("responses");
        var documented = (Map<String, Object>) responses.get(String.valueOf(r.statusCode()));
        var content = (Map<String, Object>) documented.get("content");
        String type = String.valueOf(r.contentType()).split(";")[0].strip();
        if (content == null) {
            return r.asByteArray().length == 0
                    ? List.of()
                    : List.of(
                            op.id() + " " + r.statusCode() + ": a body (" + type + ") the document does not describe");
        }
        var media = (Map<String, Object>) content.get(type);
        if (media == null) {
            return List.of(op.id() + " " + r.statusCode() + ": " + type + " is not among " + content.keySet());
        }
        var schema = (Map<String, Object>) media.get("schema");
        if (!type.contains("json")) {
            return List.of();
        }
        if (schema == null) {
            return List.of(op.id() + " " + r.statusCode() + ": no schema for " + type);
        }
        Object body = r.jsonPath().get("$");
        return check.errors(body, schema).stream()
                .map(e -> op.id() + " " + r.statusCode() + " " + e)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static String firstSuccess(Op op) {
        var responses = (Map<String, Object>) op.spec().get("responses");
        return responses.keySet().stream()
                .filter(s -> s.startsWith("2"))
                .sorted()
                .findFirst()
                .orElse("(no 2xx documented)");
    }

    @SuppressWarnings("unchecked")
    private static String scheme(Op op) {
        var security = (List<Map<String, Object>>) op.spec().get("security");
        if (security == null || security.isEmpty() || security.get(0).isEmpty()) {
            return null;
        }
        return security.get(0).keySet().iterator().next();
    }

    private static RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static RequestSpecification credentialsFor(Op op) {
        String scheme = scheme(op);
        if (scheme == null) {
            return given();
        }
        if (scheme.equals("partner")) {
            return bearer(partnerKey);
        }
        return bearer(op.path().startsWith("/api/v1/workshops") ? consultantToken : adminToken);
    }

    /** Parameters and request bodies without a documented example. */
    @SuppressWarnings("unchecked")
    private static List<String> missingExamples(Op op, Map<String, Object> schemas) {
        List<String> missing = new ArrayList<>();
        for (Map<String, Object> p : parameters(op)) {
            if ("path".equals(p.get("in")) && example(p) == null) {
                missing.add("path parameter " + p.get("name"));
            }
        }
        if (op.spec().containsKey("requestBody") && bodyExample(op, schemas) == null) {
            missing.add("the request body");
        }
        return missing;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parameters(Op op) {
        return (List<Map<String, Object>>) op.spec().getOrDefault("parameters", List.of());
    }

    @SuppressWarnings("unchecked")
    private static Object example(Map<String, Object> holder) {
        if (holder.containsKey("example")) {
            return holder.get("example");
        }
        if (holder.get("examples") instanceof List<?> l && !l.isEmpty()) {
            return l.get(0);
        }
        if (holder.get("schema") instanceof Map<?, ?> s) {
            return example((Map<String, Object>) s);
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Object bodyExample(Op op, Map<String, Object> schemas) {
        var body = (Map<String, Object>) op.spec().get("requestBody");
        var media = (Map<String, Object>) ((Map<String, Object>) body.get("content")).get("application/json");
        if (media == null) {
            return null;
        }
        Object direct = media.containsKey("example") ? media.get("example") : null;
        if (direct != null) {
            return direct;
        }
        var schema = (Map<String, Object>) media.get("schema");
        if (schema != null && schema.get("$ref") instanceof String ref) {
            schema = (Map<String, Object>) schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
        }
        return schema == null ? null : example(schema);
    }

    /** The path with each parameter filled: a run-time id where one was made, else its example. */
    private static String expand(Op op, Map<String, Object> schemas, Map<String, String> ids) {
        String path = op.path();
        String feature = path.split("/")[3];
        for (Map<String, Object> p : parameters(op)) {
            if (!"path".equals(p.get("in"))) {
                continue;
            }
            String name = (String) p.get("name");
            String value = ids.get(feature + "." + name);
            if (value == null && feature.equals("questionnaires")) {
                value = ids.get("questionnaire.id");
            }
            if (value == null) {
                value = String.valueOf(example(p));
            }
            path = path.replace("{" + name + "}", value);
        }
        return path;
    }

    private static RequestSpecification pathed(
            Op op, Map<String, Object> schemas, Map<String, String> ids, RequestSpecification spec) {
        for (Map<String, Object> p : parameters(op)) {
            Object example = example(p);
            if ("query".equals(p.get("in")) && example != null) {
                spec = spec.queryParam((String) p.get("name"), example);
            }
        }
        return spec.redirects().follow(false);
    }

    private static Response send(
            Op op, Map<String, Object> schemas, Map<String, String> ids, RequestSpecification spec) {
        RequestSpecification s = pathed(op, schemas, ids, spec);
        if (op.spec().containsKey("requestBody")) {
            Object body = bodyExample(op, schemas);
            s = s.contentType("application/json").body(body == null ? Map.of() : body);
        }
        return s.request(op.method(), expand(op, schemas, ids));
    }
}
