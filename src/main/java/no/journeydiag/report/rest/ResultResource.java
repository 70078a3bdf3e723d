package no.journeydiag.report.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import no.journeydiag.account.service.Partner;
import no.journeydiag.account.service.Roles;
import no.journeydiag.common.Feed;
import no.journeydiag.common.Problem;
import no.journeydiag.report.service.ReportAssembler;
import no.journeydiag.report.service.ReportView;
import no.journeydiag.response.service.ResponseService;
import no.journeydiag.scoring.ScoringResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/results")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Responses", description = "Submit answers and read results")
public class ResultResource {

    private final ResponseService responses;
    private final ReportAssembler reports;

    private final no.journeydiag.config.DiagnosticConfig config;

    public ResultResource(
            ResponseService responses, ReportAssembler reports, no.journeydiag.config.DiagnosticConfig config) {
        this.responses = responses;
        this.reports = reports;
        this.config = config;
    }

    @GET
    @Path("/{token}")
    @Operation(summary = "Read a result", description = "The token is the secret from the submit response.")
    @APIResponse(responseCode = "200", description = "The result")
    @APIResponse(
            responseCode = "404",
            description = "No result for this token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReportView result(
            @Parameter(
                            description = "The result's secret token, from the submit answer",
                            example = "kT3vQ9m2Xw7bL0pZr5YcN8dHf1sJu6eA4gWxiRtOqVz")
                    @PathParam("token")
                    String token) {
        return reports.assemble(responses.byToken(token));
    }

    /** A completed response in a partner's feed: the summary; the full result is at GET /api/v1/results/{token}. */
    public record ResultItem(
            long id,
            String token,
            String questionnaire,
            String version,
            String locale,
            OffsetDateTime completedAt,
            @Schema(nullable = true) Double overall,
            @Schema(nullable = true) String band,
            List<FeedElement> elements,
            List<String> warningSigns,

            @Schema(nullable = true, description = "Absolute; null when the service has no public-base-url")
            String reportUrl,

            @Schema(description = "Hidden-field values given with the response (utm_source…); empty when none")
            java.util.Map<String, String> hidden) {}

    /** One element's score in a feed item; score and band are null when too few answers judged it. */
    public record FeedElement(
            String id,
            @Schema(nullable = true) Double score,
            @Schema(nullable = true) String band) {}

    @GET
    @RolesAllowed(Roles.PARTNER)
    @SecurityRequirement(name = "partner")
    @Operation(
            summary = "Completed responses for a partner's server, oldest first from since",
            description =
                    "Needs a partner key (jdp_…). Only questionnaires the key covers, and never workshop participants' "
                            + "answers (the team report is their only view); page with next until it is null.")
    @APIResponse(
            responseCode = "200",
            description = "One page of items; next is the link to the following page, null at the end")
    @APIResponse(responseCode = "400", description = "since, after or limit malformed")
    @APIResponse(responseCode = "401", description = "No partner key, or an unknown or revoked one")
    @APIResponse(responseCode = "403", description = "The key does not cover the questionnaire asked for")
    public Feed<ResultItem> list(
            @QueryParam("since") String since,
            @QueryParam("after") String after,
            @QueryParam("limit") String limit,
            @QueryParam("questionnaire") String questionnaire,
            @Context SecurityIdentity identity) {
        var partner = Partner.of(identity);
        var w = Feed.window(since, after, limit);
        if (questionnaire != null && !partner.mayRead(questionnaire)) {
            throw new no.journeydiag.common.DomainException.Forbidden(
                    "Not covered by this key",
                    "This key does not cover questionnaire '" + questionnaire
                            + "'. Ask the admin for a key that does.");
        }
        java.util.Set<String> covered =
                questionnaire != null ? java.util.Set.of(questionnaire) : partner.questionnaires();
        String base = no.journeydiag.common.web.PublicUrls.configured(config);
        List<ResultItem> items = responses.completedAfter(w, covered).stream()
                .map(s -> {
                    var r = s.result();
                    return new ResultItem(
                            s.id(),
                            s.token(),
                            s.questionnaireId(),
                            s.version(),
                            s.locale(),
                            s.createdAt(),
                            r.overall().value(),
                            r.overall().band(),
                            r.elements().stream()
                                    .map(e -> new FeedElement(e.id(), e.score(), e.band()))
                                    .toList(),
                            r.warningSigns().stream()
                                    .filter(ScoringResult.SignResult::triggered)
                                    .map(ScoringResult.SignResult::id)
                                    .toList(),
                            base.isEmpty() ? null : base + "/r/" + s.token(),
                            s.attribution());
                })
                .toList();
        return Feed.of(
                items,
                w,
                "/api/v1/results",
                ResultItem::completedAt,
                ResultItem::id,
                questionnaire == null
                        ? null
                        : "&questionnaire="
                                + java.net.URLEncoder.encode(questionnaire, java.nio.charset.StandardCharsets.UTF_8));
    }

    @DELETE
    @Path("/{token}")
    @Operation(
            summary = "Delete a result",
            description = "The holder of the token deletes the response, its report, any lead "
                    + "given with it and any undelivered webhook events about it. Cannot be undone.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "404",
            description = "No result for this token (or already deleted)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(
            @Parameter(
                            description = "The result's secret token, from the submit answer",
                            example = "kT3vQ9m2Xw7bL0pZr5YcN8dHf1sJu6eA4gWxiRtOqVz")
                    @PathParam("token")
                    String token) {
        responses.delete(token);
        return Response.noContent().build();
    }
}
