package no.journeydiag.lead.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.journeydiag.common.Problem;
import no.journeydiag.lead.service.LeadService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Contact details for a result, for sites that build their own form (the report page has one too). */
@Path("/api/v1/results/{token}/lead")
@Tag(name = "Responses")
@Produces(MediaType.APPLICATION_JSON)
public class LeadResource {

    @Schema(
            description = "Contact details; only the fields the questionnaire's leadCapture lists are accepted",
            example =
                    "{\"email\": \"kari@example.no\", \"name\": \"Kari Nordmann\", \"company\": \"Acme AS\", \"consent\": true}")
    public record LeadRequest(
            @Schema(example = "kari@example.no") String email,
            String name,
            String company,
            String role,
            @Schema(example = "+47 912 34 567") String phone,

            @Schema(
                    description = "Must be true: the person agreed to the questionnaire's consent text "
                            + "(GET /api/v1/questionnaires/{id} shows it with its version)")
            Boolean consent) {}

    private final LeadService leads;

    public LeadResource(LeadService leads) {
        this.leads = leads;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Give contact details with consent",
            description = "Stores or replaces the lead of this result, with "
                    + "the consent text's version and the time, and sends a lead.captured webhook.")
    @APIResponse(
            responseCode = "201",
            description = "Stored",
            content = @Content(schema = @Schema(implementation = LeadService.Lead.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid email or phone, a field not asked for, or no consent; nothing stored",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No result for this token")
    @APIResponse(
            responseCode = "409",
            description =
                    "The questionnaire collects no contact details, or the answers were given in a workshop (they stay anonymous)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response capture(
            @Parameter(
                            description = "The result's secret token, from the submit answer",
                            example = "kT3vQ9m2Xw7bL0pZr5YcN8dHf1sJu6eA4gWxiRtOqVz")
                    @PathParam("token")
                    String token,
            @NotNull LeadRequest body) {
        LeadService.Lead lead = leads.capture(
                token,
                new LeadService.LeadForm(
                        body.email(), body.name(), body.company(), body.role(), body.phone(), body.consent()));
        return Response.status(201).entity(lead).build();
    }
}
