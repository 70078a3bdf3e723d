package no.journeydiag.report.rest;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import no.journeydiag.common.DomainException.Invalid;
import no.journeydiag.common.DomainException.Unprocessable;
import no.journeydiag.common.FieldError;
import no.journeydiag.common.JsonText;
import no.journeydiag.common.Problem;
import no.journeydiag.common.Tokens;
import no.journeydiag.common.UniqueViolation;
import no.journeydiag.report.service.ReportAssembler;
import no.journeydiag.report.service.ReportView;
import no.journeydiag.response.service.AnswerReader;
import no.journeydiag.response.service.ResponseService;
import no.journeydiag.response.service.Stored;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/questionnaires/{id}/responses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Responses", description = "Submit answers and read results")
public class ResponseResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final int MAX_KEY_LENGTH = 255;

    private final ResponseService responses;
    private final ReportAssembler reports;
    private final JsonText json;

    public ResponseResource(ResponseService responses, ReportAssembler reports, JsonText json) {
        this.responses = responses;
        this.reports = reports;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Submit answers",
            description = "Validates, scores and stores the answers. Answers to questions"
                    + " that the showIf rules hide for these answers are refused. Bodies over 64 KiB get 413.")
    @APIResponse(
            responseCode = "201",
            description = "Stored; Location points at the result. A retry with the same"
                    + " Idempotency-Key and body gets the same result again, with Idempotency-Replayed: true",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid answers or JSON; errors[] names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No such questionnaire",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "413",
            description = "Body too large",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "422",
            description = "The Idempotency-Key was already used with a different request",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "503",
            description = "The service cannot store data right now; nothing was stored. Retry"
                    + " after Retry-After seconds, with the same Idempotency-Key",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(
            @Parameter(description = "Questionnaire id", example = "quick-check") @PathParam("id") String id,
            @Parameter(
                            in = ParameterIn.HEADER,
                            name = IDEMPOTENCY_KEY,
                            description = "Optional. Any unique"
                                    + " string of 1–255 visible ASCII characters (a UUID, say). A retry with the same key"
                                    + " gets the response the first request made instead of storing a second one.")
                    @HeaderParam(IDEMPOTENCY_KEY)
                    String key,
            @Parameter(
                            in = ParameterIn.HEADER,
                            name = "Prefer",
                            description = "Optional. return=minimal (RFC 7240): 201 with Location and"
                                    + " {\"token\": ...} only, without the result; the full result is the default.")
                    @HeaderParam("Prefer")
                    String prefer,
            SubmitRequest request) {
        boolean minimal = Preferences.returnMinimal(prefer);
        if (key != null) {
            checkKey(key);
        }
        if (request == null) {
            responses.questionnaire(id); // an unknown questionnaire is a 404 whatever the body
            throw new Invalid(
                    "Send a JSON object with \"answers\".",
                    List.of(new FieldError(
                            "body", "a JSON object such as {\"locale\": \"en\", \"answers\": {...}} is required")));
        }
        ResponseService.Idempotency idempotency =
                key == null ? null : new ResponseService.Idempotency(key, hash(request));
        if (idempotency != null) {
            var earlier = responses.byIdempotencyKey(id, key);
            if (earlier.isPresent()) {
                return replay(earlier.get(), idempotency, minimal);
            }
        }
        Stored stored;
        try {
            stored = responses.submit(
                    id,
                    request.locale(),
                    request.answers(),
                    AnswerReader.Hidden.REJECT,
                    null,
                    null,
                    Boolean.TRUE.equals(request.test()),
                    idempotency,
                    request.hidden());
        } catch (RuntimeException e) {
            // Two requests with one key at once: the other stored first, and this one's commit broke the unique key.
            var winner = idempotency != null && UniqueViolation.in(e)
                    ? responses.byIdempotencyKey(id, key)
                    : java.util.Optional.<Stored>empty();
            if (winner.isEmpty()) {
                throw e;
            }
            return replay(winner.get(), idempotency, minimal);
        }
        return created(stored, minimal).build();
    }

    /** The token alone: what a client that asked for a minimal answer gets as the body. */
    public record Created(String token) {}

    private Response.ResponseBuilder created(Stored stored, boolean minimal) {
        String token = stored.token();
        Response.ResponseBuilder r = Response.created(URI.create("/api/v1/results/" + token));
        return minimal
                ? r.entity(new Created(token)).header("Preference-Applied", "return=minimal")
                : r.entity(reports.assemble(stored));
    }

    private Response replay(Stored earlier, ResponseService.Idempotency asked, boolean minimal) {
        if (!asked.requestHash().equals(earlier.requestHash())) {
            throw new Unprocessable(
                    "Idempotency-Key already used",
                    "This Idempotency-Key was used with a different"
                            + " request. Use a new key for new answers; resend the same body to get the first result again.",
                    List.of(new FieldError(IDEMPOTENCY_KEY, "already used with a different request body")));
        }
        return created(earlier, minimal).header("Idempotency-Replayed", "true").build();
    }

    private static void checkKey(String key) {
        boolean visible =
                !key.isEmpty() && key.length() <= MAX_KEY_LENGTH && key.chars().allMatch(c -> c > 0x20 && c < 0x7f);
        if (!visible) {
            throw new Invalid(
                    "The Idempotency-Key header is not usable.",
                    List.of(new FieldError(
                            IDEMPOTENCY_KEY,
                            "use 1–" + MAX_KEY_LENGTH + " visible ASCII characters without spaces, e.g. a UUID")));
        }
    }

    /** SHA-256 of the request with map keys sorted, so the same answers in another order are the same request. */
    private String hash(SubmitRequest request) {
        java.util.Map<String, Object> canonical = new java.util.TreeMap<>();
        canonical.put("locale", request.locale());
        canonical.put("answers", sorted(request.answers()));
        canonical.put("test", Boolean.TRUE.equals(request.test()));
        if (request.hidden() != null) {
            canonical.put("hidden", sorted(request.hidden()));
        }
        return Tokens.hash(json.write(canonical));
    }

    private static Object sorted(Object value) {
        if (value instanceof java.util.Map<?, ?> m) {
            java.util.Map<String, Object> out = new java.util.TreeMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), sorted(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            return l.stream().map(ResponseResource::sorted).toList();
        }
        return value;
    }
}
