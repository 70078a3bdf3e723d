package no.journeydiag.response.rest;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import no.journeydiag.common.Problem;
import no.journeydiag.report.service.ReportAssembler;
import no.journeydiag.report.service.ReportView;
import no.journeydiag.response.service.ResponseService;

@Path("/api/v1/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Responses", description = "Submit answers and read results")
public class ResultResource {

    private final ResponseService responses;
    private final ReportAssembler reports;

    public ResultResource(ResponseService responses, ReportAssembler reports) {
        this.responses = responses;
        this.reports = reports;
    }

    @GET
    @Path("/{token}")
    @Operation(summary = "Read a result", description = "The token is the secret from the submit response.")
    @APIResponse(responseCode = "200", description = "The result")
    @APIResponse(responseCode = "404", description = "No result for this token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReportView result(@PathParam("token") String token) {
        return reports.assemble(responses.byToken(token));
    }

    @DELETE
    @Path("/{token}")
    @Operation(summary = "Delete a result", description = "The holder of the token deletes the response, its report, any lead "
            + "given with it and any undelivered webhook events about it. Cannot be undone.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No result for this token (or already deleted)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public jakarta.ws.rs.core.Response delete(@PathParam("token") String token) {
        responses.delete(token);
        return jakarta.ws.rs.core.Response.noContent().build();
    }
}
