package no.journeydiag.response.rest;

import java.net.URI;
import java.util.List;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.journeydiag.common.FieldError;
import no.journeydiag.common.Problem;
import no.journeydiag.common.ProblemException;
import no.journeydiag.report.service.ReportAssembler;
import no.journeydiag.report.service.ReportView;
import no.journeydiag.response.service.AnswerReader;
import no.journeydiag.response.service.ResponseService;

@Path("/api/v1/questionnaires/{id}/responses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Responses", description = "Submit answers and read results")
public class ResponseResource {

    private final ResponseService responses;
    private final ReportAssembler reports;

    public ResponseResource(ResponseService responses, ReportAssembler reports) {
        this.responses = responses;
        this.reports = reports;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit answers", description = "Validates, scores and stores the answers. Answers to questions"
            + " that the showIf rules hide for these answers are refused. Bodies over 64 KiB get 413.")
    @APIResponse(responseCode = "201", description = "Stored; Location points at the result",
            content = @Content(schema = @Schema(implementation = ReportView.class)))
    @APIResponse(responseCode = "400", description = "Invalid answers or JSON; errors[] names each field",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such questionnaire",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body too large",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@PathParam("id") String id, SubmitRequest request) {
        if (request == null) {
            responses.questionnaire(id); // an unknown questionnaire is a 404 whatever the body
            throw ProblemException.invalid("Send a JSON object with \"answers\".",
                    List.of(new FieldError("body", "a JSON object such as {\"locale\": \"en\", \"answers\": {...}} is required")));
        }
        ResponseService.Stored stored = responses.submit(id, request.locale(), request.answers(), AnswerReader.Hidden.REJECT,
                null, null, Boolean.TRUE.equals(request.test()));
        String token = stored.entity().reportToken;
        return Response.created(URI.create("/api/v1/results/" + token)).entity(reports.assemble(stored)).build();
    }
}
