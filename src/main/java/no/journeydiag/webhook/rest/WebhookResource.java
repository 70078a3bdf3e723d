package no.journeydiag.webhook.rest;

import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import no.journeydiag.account.service.Roles;
import no.journeydiag.common.DomainException;
import no.journeydiag.common.FieldError;
import no.journeydiag.common.Problem;
import no.journeydiag.webhook.service.Deliveries;
import no.journeydiag.webhook.service.WebhookSender;
import no.journeydiag.webhook.service.WebhookTargets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Admins manage webhook targets and read deliveries with their attempts, over the API as on /admin/webhooks. */
@Path("/api/v1/webhooks")
@Tag(name = "Webhooks")
@RolesAllowed(Roles.ADMIN)
@SecurityRequirement(name = "token")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@APIResponse(
        responseCode = "401",
        description = "No token, or an unknown or revoked one",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(
        responseCode = "403",
        description = "The token is not an admin's",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class WebhookResource {

    /** The id of the event queued. */
    public record Queued(String eventId) {}

    private final WebhookTargets targets;
    private final Deliveries deliveries;
    private final WebhookSender sender;

    public WebhookResource(WebhookTargets targets, Deliveries deliveries, WebhookSender sender) {
        this.targets = targets;
        this.deliveries = deliveries;
        this.sender = sender;
    }

    @GET
    @Path("/targets")
    @Operation(operationId = "listWebhookTargets", summary = "Every webhook target, from configuration and the app")
    @APIResponse(responseCode = "200", description = "The targets, never their secrets")
    public List<WebhookTargets.View> list() {
        return targets.list();
    }

    @POST
    @Path("/targets")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "createWebhookTarget",
            summary = "Add a target",
            description = "The answer holds the new whsec_ secret; it is shown this once.")
    @APIResponse(
            responseCode = "201",
            description = "Added, with its secret",
            content = @Content(schema = @Schema(implementation = WebhookTargets.WithSecret.class)))
    @APIResponse(
            responseCode = "400",
            description = "A field is wrong (name taken, URL not https or internal, unknown event or questionnaire)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull WebhookTargets.Input body) {
        return Response.status(201).entity(targets.create(body)).build();
    }

    @GET
    @Path("/targets/{name}")
    @Operation(operationId = "getWebhookTarget", summary = "One target")
    @APIResponse(responseCode = "200", description = "The target")
    @APIResponse(
            responseCode = "404",
            description = "No target of that name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WebhookTargets.View get(
            @Parameter(description = "The target's name", example = "crm") @PathParam("name") String name) {
        return targets.get(name);
    }

    @PATCH
    @Path("/targets/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "updateWebhookTarget",
            summary = "Change a target's URL, events, questionnaires or enabled flag",
            description = "Fields left out stay as they are; enabled false stops deliveries to it.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(
            responseCode = "400",
            description = "A field is wrong",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "404",
            description = "No target of that name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The target is set in the configuration file",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WebhookTargets.View update(
            @Parameter(description = "The target's name", example = "crm") @PathParam("name") String name,
            @NotNull WebhookTargets.Input body) {
        return targets.update(name, body);
    }

    @DELETE
    @Path("/targets/{name}")
    @Operation(operationId = "deleteWebhookTarget", summary = "Delete a target; its pending deliveries fail")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "404",
            description = "No target of that name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The target is set in the configuration file",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(
            @Parameter(description = "The target's name", example = "crm") @PathParam("name") String name) {
        targets.delete(name);
        return Response.noContent().build();
    }

    @POST
    @Path("/targets/{name}/rotate")
    @Operation(
            operationId = "rotateWebhookSecret",
            summary = "Give a target a new secret",
            description = "The old secret keeps signing as a second signature for diagnostic.webhooks.rotation-overlap"
                    + " (24 h by default), so the receiver can switch without losing an event.")
    @APIResponse(responseCode = "200", description = "The new secret, shown this once")
    @APIResponse(
            responseCode = "404",
            description = "No target of that name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The target is set in the configuration file",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WebhookTargets.WithSecret rotate(
            @Parameter(description = "The target's name", example = "crm") @PathParam("name") String name) {
        return targets.rotate(name);
    }

    @POST
    @Path("/targets/{name}/test")
    @Operation(operationId = "testWebhookTarget", summary = "Queue a webhook.test event for the target")
    @APIResponse(
            responseCode = "202",
            description = "Queued; see its delivery under /api/v1/webhooks/deliveries",
            content = @Content(schema = @Schema(implementation = Queued.class)))
    @APIResponse(
            responseCode = "404",
            description = "No target of that name",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "409",
            description = "The target is disabled",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response test(
            @Parameter(description = "The target's name", example = "crm") @PathParam("name") String name) {
        return Response.accepted(new Queued(targets.test(name))).build();
    }

    @GET
    @Path("/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The newest deliveries, newest first")
    @APIResponse(responseCode = "200", description = "Deliveries, never their payloads")
    @APIResponse(
            responseCode = "400",
            description = "limit is not between 1 and 500",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<Deliveries.Delivery> deliveries(
            @QueryParam("target") String target, @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1 || limit > 500) {
            throw new DomainException.Invalid(
                    "limit must be between 1 and 500.", List.of(new FieldError("limit", "Give 1 to 500.")));
        }
        return deliveries.recent(limit, target);
    }

    @GET
    @Path("/deliveries/{id}")
    @Operation(operationId = "getWebhookDelivery", summary = "One delivery with every attempt made")
    @APIResponse(responseCode = "200", description = "The delivery and its attempts, oldest first")
    @APIResponse(
            responseCode = "404",
            description = "No such delivery",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Deliveries.Detail delivery(
            @Parameter(description = "The delivery's id", example = "1") @PathParam("id") long id) {
        return deliveries.detail(id);
    }

    @POST
    @Path("/deliveries/{id}/retry")
    @Operation(
            operationId = "retryWebhookDelivery",
            summary = "Try an undelivered event again now",
            description = "Its attempts so far are kept; a fresh retry window starts.")
    @APIResponse(responseCode = "202", description = "Queued")
    @APIResponse(
            responseCode = "404",
            description = "No undelivered delivery with that id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response retry(@Parameter(description = "The delivery's id", example = "1") @PathParam("id") long id) {
        sender.retry(id);
        return Response.accepted().build();
    }
}
