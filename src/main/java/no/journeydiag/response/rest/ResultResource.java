package no.journeydiag.response.rest;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;

import no.journeydiag.account.service.Partner;
import no.journeydiag.common.Feed;
import no.journeydiag.common.Problem;
import no.journeydiag.report.service.ReportAssembler;
import no.journeydiag.report.service.ReportView;
import no.journeydiag.response.persistence.ResponseEntity;
import no.journeydiag.response.service.ResponseService;
import no.journeydiag.scoring.ScoringResult;

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

    /** A completed response in a partner's feed: the summary; the full result is at GET /api/v1/results/{token}. */
    public record ResultItem(long id, String token, String questionnaire, String version, String locale,
                             OffsetDateTime completedAt, Double overall, String band,
                             List<ScoringResult.ElementScore> elements,
                             List<String> warningSigns, String reportUrl) { }

    @GET
    @RolesAllowed(Partner.ROLE)
    @Transactional
    @SecurityRequirement(name = "partner")
    @Operation(summary = "Completed responses for a partner's server, oldest first from since",
            description = "Needs a partner key (jdp_…). Only questionnaires the key covers, and never workshop participants' "
                    + "answers (the team report is their only view); page with next until it is null.")
    @APIResponse(responseCode = "400", description = "since, after or limit malformed")
    @APIResponse(responseCode = "401", description = "No partner key, or an unknown or revoked one")
    public Feed<ResultItem> list(@QueryParam("since") String since,
                                                      @QueryParam("after") String after,
                                                      @QueryParam("limit") String limit,
                                                      @Context SecurityIdentity identity) {
        var partner = Partner.of(identity);
        var w = Feed.window(since, after, limit);
        String q = "workshopId is null and (createdAt > ?1 or (createdAt = ?1 and id > ?2))";
        List<Object> params = new ArrayList<>(List.of(w.since(), w.after()));
        if (!partner.questionnaires().isEmpty()) {
            q += " and questionnaire in ?3";
            params.add(List.copyOf(partner.questionnaires()));
        }
        List<ResponseEntity> rows = ResponseEntity
                .<ResponseEntity>find(q + " order by createdAt, id", params.toArray())
                .page(0, w.limit()).list();
        List<ResultItem> items = rows.stream().map(e -> {
            var r = responses.stored(e).result();
            return new ResultItem(e.id, e.reportToken, e.questionnaire, e.version, e.locale, e.createdAt, r.overall().value(),
                    r.overall().band(), r.elements(), r.warningSigns().stream().filter(s -> s.triggered()).map(s -> s.id()).toList(),
                    reports.reportUrl(e.reportToken));
        }).toList();
        var last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        return new Feed<>(items, last == null ? null
                : Feed.next("/api/v1/results", rows.size(), w, last.createdAt, last.id, null));
    }

    @DELETE
    @Path("/{token}")
    @Operation(summary = "Delete a result", description = "The holder of the token deletes the response, its report, any lead "
            + "given with it and any undelivered webhook events about it. Cannot be undone.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No result for this token (or already deleted)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("token") String token) {
        responses.delete(token);
        return Response.noContent().build();
    }
}
