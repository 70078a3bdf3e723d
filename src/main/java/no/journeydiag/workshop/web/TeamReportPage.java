package no.journeydiag.workshop.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import no.journeydiag.common.web.Html;
import no.journeydiag.common.web.LocaleResolver;
import no.journeydiag.workshop.service.TeamReports;

/** The team report as participants see it, by its unguessable link, once the consultant publishes it. */
@Path("/t/{token}")
public class TeamReportPage {

    private final TeamReports teams;
    private final no.journeydiag.workshop.service.WorkshopActions actions;

    public TeamReportPage(TeamReports teams, no.journeydiag.workshop.service.WorkshopActions actions) {
        this.teams = teams;
        this.actions = actions;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(
            @PathParam("token") String token, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        var team = teams.published(token);
        TeamView view = TeamViews.of(
                team,
                locale(team, lang, headers),
                false,
                actions.published(token),
                actions.fromLastTime(team.workshop().previousWorkshopId()));
        return Html.builder(200, WorkshopPages.Templates.team(view, null), view.locale())
                .header("Referrer-Policy", "no-referrer")
                .build();
    }

    /** The reader's switch (?lang=, then their cookie), else the workshop's language, else Accept-Language. */
    static String locale(no.journeydiag.workshop.service.Team team, String lang, HttpHeaders headers) {
        List<String> offered = team.questionnaire().locales();
        if (lang != null && offered.contains(lang)) {
            return lang;
        }
        Cookie c = headers.getCookies().get(LocaleResolver.COOKIE);
        if (c != null && offered.contains(c.getValue())) {
            return c.getValue();
        }
        String set = team.workshop().language();
        if (set != null && offered.contains(set)) {
            return set;
        }
        return LocaleResolver.resolve(null, headers, offered);
    }
}
