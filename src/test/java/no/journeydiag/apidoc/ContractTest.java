package no.journeydiag.apidoc;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The OpenAPI document is the /api/v1 contract only, with an id and a security statement on every operation. */
@QuarkusTest
class ContractTest {

    static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Test
    void theDocumentHoldsOnlyTheApiWithAnIdAndSecurityOnEveryOperation() {
        JsonPath doc = given().accept("application/json")
                .get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Map<String, Object>> paths = doc.getMap("paths");
        assertTrue(paths.size() >= 19, paths.keySet().toString());
        Set<String> ids = new HashSet<>();
        for (var p : paths.entrySet()) {
            assertTrue(p.getKey().startsWith("/api/v1/"), "a page in the contract: " + p.getKey());
            for (var op : p.getValue().entrySet()) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> o = (Map<String, Object>) op.getValue();
                String id = (String) o.get("operationId");
                assertNotNull(id, op.getKey() + " " + p.getKey());
                assertTrue(ids.add(id), "operationId used twice: " + id);
                assertNotNull(o.get("security"), "no security statement on " + op.getKey() + " " + p.getKey());
            }
        }
        assertEquals(List.of("/"), doc.getList("servers.url"));
        assertTrue(doc.getMap("components.securitySchemes").keySet().containsAll(Set.of("token", "partner")));
        assertTrue(doc.<String, Object>getMap("components.schemas").keySet().stream()
                .noneMatch(s -> s.contains("TemplateInstance")));
    }

    @Test
    void aMethodAResourceDoesNotSupportIsAFourOhFive() {
        given().put("/api/v1/questionnaires/quick-check").then().statusCode(405);
        given().contentType("application/json")
                .body("{}")
                .put("/api/v1/results/x")
                .then()
                .statusCode(405);
    }
}
