package no.journeydiag.workshop.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import no.journeydiag.common.web.Html;
import no.journeydiag.workshop.service.WorkshopService;

/** The team report as participants see it, by its unguessable link, once the consultant publishes it. */
@Path("/t/{token}")
public class TeamReportPage {

    private final WorkshopService workshops;

    public TeamReportPage(WorkshopService workshops) {
        this.workshops = workshops;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("token") String token, @QueryParam("lang") String lang) {
        TeamView view = TeamViews.of(workshops.publishedTeam(token), lang, false);
        return Html.builder(200, WorkshopPages.Templates.team(view, null), view.locale())
                .header("Referrer-Policy", "no-referrer").build();
    }
}
