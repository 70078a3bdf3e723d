package no.journeydiag.workshop.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.journeydiag.common.web.Html;
import no.journeydiag.workshop.service.TeamReports;

/** The team report as participants see it, by its unguessable link, once the consultant publishes it. */
@Path("/t/{token}")
public class TeamReportPage {

    private final TeamReports teams;

    public TeamReportPage(TeamReports teams) {
        this.teams = teams;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("token") String token, @QueryParam("lang") String lang) {
        TeamView view = TeamViews.of(teams.published(token), lang, false);
        return Html.builder(200, WorkshopPages.Templates.team(view, null), view.locale())
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
