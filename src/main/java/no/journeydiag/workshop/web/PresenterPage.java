package no.journeydiag.workshop.web;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import no.journeydiag.account.service.Consultant;
import no.journeydiag.account.service.Roles;
import no.journeydiag.common.DomainException.Conflict;
import no.journeydiag.common.DomainException.Unavailable;
import no.journeydiag.common.web.PublicUrls;
import no.journeydiag.config.DiagnosticConfig;
import no.journeydiag.workshop.service.ParticipantCounts;
import no.journeydiag.workshop.service.TeamReports;
import no.journeydiag.workshop.service.Workshop;
import no.journeydiag.workshop.service.WorkshopActions;
import no.journeydiag.workshop.service.Workshops;

/** The presenter view for the room: the join slide with live totals, then the team report as slides. */
@Path("/")
@RolesAllowed(Roles.CONSULTANT)
public class PresenterPage {

    private final Workshops workshops;
    private final TeamReports teams;
    private final ParticipantCounts participants;
    private final SecurityIdentity identity;
    private final DiagnosticConfig config;
    private final WorkshopActions actions;

    public PresenterPage(
            Workshops workshops,
            TeamReports teams,
            ParticipantCounts participants,
            SecurityIdentity identity,
            DiagnosticConfig config,
            WorkshopActions actions) {
        this.actions = actions;
        this.workshops = workshops;
        this.teams = teams;
        this.participants = participants;
        this.identity = identity;
        this.config = config;
    }

    private Consultant me() {
        return Consultant.of(identity);
    }

    /**
     * The presenter view: the join slide, then (once {@code reveal}ed and a report exists) the team
     * report as slides; {@code team} is null when there is no report to show.
     */
    public record PresentView(
            Workshop w,
            String locale,
            String joinUrl,
            String joinPage,
            QrCode qr,
            ParticipantCounts.LiveCounts counts,
            boolean reveal,
            TeamView team) {}

    @GET
    @Path("consultant/workshops/{id}/present")
    @Produces(MediaType.TEXT_HTML)
    public Response present(
            @PathParam("id") long id,
            @QueryParam("lang") String lang,
            @QueryParam("reveal") String reveal,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        Workshop w = workshops.get(me(), id);
        String loc = WorkshopPages.locale(lang, headers);
        String join = base(uri) + "/w/" + w.joinCode();
        boolean shown = "1".equals(reveal);
        TeamView team = null;
        if (shown) {
            try {
                var t = teams.team(me(), id);
                team = TeamViews.of(
                        t,
                        loc,
                        false,
                        actions.list(me(), id),
                        actions.fromLastTime(t.workshop().previousWorkshopId()));
            } catch (Conflict | Unavailable e) {
                team = null; // the join slide still works; the results slide says there are none
            }
        }
        return WorkshopPages.page(
                200,
                WorkshopPages.Templates.present(new PresentView(
                        w, loc, join, base(uri) + "/join", QrCode.of(join), participants.live(me(), id), shown, team)),
                loc,
                lang);
    }

    /**
     * Polled by the present view: read from the database on every call, so any instance answers
     * alike. Totals only: a count by role would tell the room when the one person of a role finished.
     */
    @GET
    @Path("consultant/workshops/{id}/counts")
    @Produces(MediaType.APPLICATION_JSON)
    public Response counts(@PathParam("id") long id) {
        ParticipantCounts.LiveCounts counts = participants.live(me(), id);
        return Response.ok(Map.of(
                        "joined", counts.joined(), "answering", counts.answering(), "finished", counts.finished()))
                .header("Cache-Control", "no-store")
                .build();
    }

    private String base(UriInfo uri) {
        return PublicUrls.base(config, uri);
    }
}
