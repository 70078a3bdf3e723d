package no.journeydiag.apidoc;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Finishes the API contract. An operation that names no security scheme is public, and says so
 * with an empty requirement ({@code security: [{}]}), so a client generator and {@code redocly lint}
 * need not guess. Statuses every operation of a kind can get, whatever its resource says, are
 * added here once: 400/413/415 where a JSON body is read, 401 where a credential is needed, 503
 * when storage is down. Every 4xx and 5xx answer is application/problem+json with the Problem
 * schema (common/ErrorMapper makes them all). Pages never reach the document
 * (mp.openapi.scan.exclude.packages).
 */
public class ContractFilter implements OASFilter {

    static final String PROBLEM = "application/problem+json";
    static final String PROBLEM_REF = "#/components/schemas/Problem";

    /**
     * Fields of the report and team-report records that are null by design (no score, no peers
     * yet, no earlier workshop), marked here so those features' records carry no contract details.
     */
    static final Map<String, List<String>> NULLABLE = Map.of(
            "Overall", List.of("score", "band", "scoreNote"),
            "ElementView", List.of("score", "band", "scoreNote", "peers"),
            "StageView", List.of("score", "scoreNote"),
            "PriorityView", List.of("element", "score", "band"),
            "ComparisonView", List.of("overall"),
            "SegmentView", List.of("overall"),
            "TeamReport", List.of("overallMean", "since"));

    @Override
    public Operation filterOperation(Operation operation) {
        boolean open = operation.getSecurity() == null
                || operation.getSecurity().isEmpty()
                || operation.getSecurity().stream()
                        .allMatch(r -> r.getSchemes() == null || r.getSchemes().isEmpty());
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement()));
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        if (operation.getRequestBody() != null) {
            add(responses, "400", "The body is not valid JSON, or a field is invalid; errors[] names each field");
            add(responses, "413", "The body is larger than the API accepts (64 KiB by default)");
            add(responses, "415", "The body is not sent as application/json");
        }
        if (!open) {
            add(responses, "401", "No credential, or an unknown or revoked one");
        }
        add(
                responses,
                "503",
                "Storage cannot be reached right now; nothing was changed. Retry after Retry-After seconds");
        for (Map.Entry<String, APIResponse> e : responses.getAPIResponses().entrySet()) {
            if (e.getKey().startsWith("4") || e.getKey().startsWith("5")) {
                problem(e.getValue());
            }
        }
        return operation;
    }

    /** Problem documents always carry type, title and status; a field error both its parts. */
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        NULLABLE.forEach((name, fields) -> {
            Schema schema = schemas.get(name);
            if (schema != null && schema.getProperties() != null) {
                fields.forEach(f -> nullable(schema, f));
            }
        });
        Schema problem = openAPI.getComponents().getSchemas().get("Problem");
        if (problem != null) {
            problem.setRequired(List.of("type", "title", "status"));
        }
        Schema field = openAPI.getComponents().getSchemas().get("FieldError");
        if (field != null) {
            field.setRequired(List.of("field", "message"));
        }
    }

    /** OpenAPI 3.1: a null is a type of its own; a reference becomes "this or null". */
    private static void nullable(Schema owner, String field) {
        Schema p = owner.getProperties().get(field);
        if (p == null) {
            return;
        }
        if (p.getRef() != null) {
            Schema either = OASFactory.createSchema()
                    .description(p.getDescription())
                    .anyOf(List.of(
                            OASFactory.createSchema().ref(p.getRef()),
                            OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
            owner.addProperty(field, either);
        } else if (p.getType() != null && !p.getType().contains(Schema.SchemaType.NULL)) {
            p.addType(Schema.SchemaType.NULL);
        }
    }

    private static void add(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static void problem(APIResponse response) {
        if (response.getContent() == null
                || response.getContent().getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent()
                    .addMediaType(
                            PROBLEM,
                            OASFactory.createMediaType()
                                    .schema(OASFactory.createSchema().ref(PROBLEM_REF))));
        }
    }
}
