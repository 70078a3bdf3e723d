package no.journeydiag.apidoc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract test's schema checker finds each kind of break it claims to, and passes what conforms. */
class SchemaCheckTest {

    static final Map<String, Object> COMPONENTS = Map.of(
            "Problem",
            Map.of(
                    "type", "object",
                    "required", List.of("title", "status"),
                    "properties",
                            Map.of(
                                    "title", Map.of("type", "string"),
                                    "status", Map.of("type", "integer"),
                                    "detail", Map.of("type", List.of("string", "null")),
                                    "kind", Map.of("type", "string", "enum", List.of("a", "b")),
                                    "errors",
                                            Map.of(
                                                    "type",
                                                    "array",
                                                    "items",
                                                    Map.of("$ref", "#/components/schemas/Err")))),
            "Err",
            Map.of(
                    "type",
                    "object",
                    "required",
                    List.of("field"),
                    "properties",
                    Map.of("field", Map.of("type", "string"))));

    final SchemaCheck check = new SchemaCheck(COMPONENTS);
    final Map<String, Object> problem = Map.of("$ref", "#/components/schemas/Problem");

    @Test
    void aConformingDocumentHasNoErrorsAndANullWhereTheTypeListsNullIsFine() {
        Map<String, Object> ok = new HashMap<>();
        ok.put("title", "Invalid");
        ok.put("status", 400);
        ok.put("detail", null);
        ok.put("kind", "a");
        ok.put("errors", List.of(Map.of("field", "email")));
        assertThat(check.errors(ok, problem)).isEmpty();
    }

    @Test
    void eachBreakIsNamedWithItsPath() {
        Map<String, Object> bad = new HashMap<>();
        bad.put("title", null); // not nullable
        bad.put("status", "400"); // a string, not an integer
        bad.put("kind", "c"); // not in the enum
        bad.put("errors", List.of(Map.of("message", "x"))); // the nested required field is missing
        assertThat(check.errors(bad, problem))
                .containsExactlyInAnyOrder(
                        "$.title: null, but the schema does not allow null",
                        "$.status: string where the schema says [integer]",
                        "$.kind: c is not one of [a, b]",
                        "$.errors[0]: the required field field is missing");
    }

    @Test
    void aMissingRequiredFieldAndADanglingReferenceAreErrors() {
        assertThat(check.errors(Map.of("status", 1), problem))
                .containsExactly("$: the required field title is missing");
        assertThat(check.errors(Map.of(), Map.of("$ref", "#/components/schemas/Nope")))
                .containsExactly("$: $ref to a missing schema #/components/schemas/Nope");
    }
}
