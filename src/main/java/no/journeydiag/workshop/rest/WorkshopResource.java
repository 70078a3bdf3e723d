package no.journeydiag.workshop.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import no.journeydiag.account.service.Consultant;
import no.journeydiag.account.service.Roles;
import no.journeydiag.common.web.PublicUrls;
import no.journeydiag.config.DiagnosticConfig;
import no.journeydiag.workshop.rest.WorkshopDtos.CreateWorkshop;
import no.journeydiag.workshop.rest.WorkshopDtos.TeamReportJson;
import no.journeydiag.workshop.rest.WorkshopDtos.UpdateWorkshop;
import no.journeydiag.workshop.rest.WorkshopDtos.WorkshopJson;
import no.journeydiag.workshop.service.TeamExport;
import no.journeydiag.workshop.service.TeamReports;
import no.journeydiag.workshop.service.Workshops;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Workshops over the API, with a personal token. Another consultant's workshop id is a 404. */
@Path("/api/v1/workshops")
@Tag(name = "Workshops")
@RolesAllowed(Roles.CONSULTANT)
@SecurityScheme(
        securitySchemeName = "token",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "A personal API token (jd_…) created at /consultant/tokens")
@SecurityRequirement(name = "token")
@APIResponse(responseCode = "401", description = "No token, or an unknown or revoked one")
@Produces(MediaType.APPLICATION_JSON)
public class WorkshopResource {

    private final Workshops workshops;
    private final TeamReports teams;
    private final TeamExport export;
    private final SecurityIdentity identity;
    private final DiagnosticConfig config;

    public WorkshopResource(
            Workshops workshops,
            TeamReports teams,
            TeamExport export,
            SecurityIdentity identity,
            DiagnosticConfig config) {
        this.workshops = workshops;
        this.teams = teams;
        this.export = export;
        this.identity = identity;
        this.config = config;
    }

    @GET
    @Operation(summary = "Your workshops (all workshops for an admin), newest first")
    @APIResponse(responseCode = "200", description = "The workshops")
    public List<WorkshopJson> list(@Context UriInfo uri) {
        return workshops.list(me()).stream()
                .map(w -> WorkshopJson.of(w, base(uri)))
                .toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a workshop")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location is the workshop",
            content = @Content(schema = @Schema(implementation = WorkshopJson.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, listed in errors")
    public Response create(@Valid @NotNull CreateWorkshop body, @Context UriInfo uri) {
        var w = workshops.create(
                me(),
                new Workshops.Settings(
                        body.organisation(),
                        body.questionnaire(),
                        body.roles(),
                        body.anonymityThreshold(),
                        body.opensAt(),
                        body.closesAt(),
                        body.previousWorkshopId()),
                List.of());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(Long.toString(w.id())).build())
                .entity(WorkshopJson.of(w, base(uri)))
                .build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One workshop")
    @APIResponse(responseCode = "200", description = "The workshop")
    @APIResponse(responseCode = "404", description = "No such workshop among yours")
    public WorkshopJson get(
            @Parameter(description = "The workshop's id", example = "1") @PathParam("id") long id,
            @Context UriInfo uri) {
        return WorkshopJson.of(workshops.get(me(), id), base(uri));
    }

    @PATCH
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Close or reopen a workshop, publish or unpublish its team report")
    @APIResponse(responseCode = "200", description = "The workshop as it is now")
    @APIResponse(responseCode = "404", description = "No such workshop among yours")
    public WorkshopJson update(
            @Parameter(description = "The workshop's id", example = "1") @PathParam("id") long id,
            @Valid @NotNull UpdateWorkshop body,
            @Context UriInfo uri) {
        Consultant me = me();
        var w = workshops.get(me, id);
        if (body.closed() != null) {
            w = workshops.setClosed(me, id, body.closed());
        }
        if (body.published() != null) {
            w = workshops.setPublished(me, id, body.published());
        }
        return WorkshopJson.of(w, base(uri));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete a workshop with all its participants' answers")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such workshop among yours")
    public Response delete(@Parameter(description = "The workshop's id", example = "1") @PathParam("id") long id) {
        workshops.delete(me(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/report")
    @Operation(
            summary =
                    "The team report, from released answers only (anonymity folding applied; below the threshold only the count)",
            description =
                    "Answers join the report in batches when the workshop is closed, and only when adding them singles no one out.")
    @APIResponse(responseCode = "200", description = "The team report")
    @APIResponse(responseCode = "404", description = "No such workshop among yours")
    public TeamReportJson report(
            @Parameter(description = "The workshop's id", example = "1") @PathParam("id") long id,
            @Context UriInfo uri) {
        return TeamReportJson.of(teams.team(me(), id), base(uri));
    }

    @GET
    @Path("{id}/export.csv")
    @Produces("text/csv")
    @Operation(
            summary =
                    "One anonymous row per released answer: role group (merged_roles names what \"other\" counts), scores, "
                            + "answers without free text (formulas neutralised)")
    @APIResponse(
            responseCode = "200",
            description = "The CSV file",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such workshop among yours")
    public Response csv(@Parameter(description = "The workshop's id", example = "1") @PathParam("id") long id) {
        Consultant me = me();
        return Response.ok(export.csv(teams.data(me, id)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"workshop-" + id + ".csv\"")
                .build();
    }

    private Consultant me() {
        return Consultant.of(identity);
    }

    private String base(UriInfo uri) {
        return PublicUrls.base(config, uri);
    }
}
