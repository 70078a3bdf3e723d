package no.journeydiag.report.web;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import no.journeydiag.questionnaire.model.Band;
import no.journeydiag.report.service.ReportAssembler;
import no.journeydiag.report.service.ReportView;
import no.journeydiag.response.service.ResponseService;
import no.journeydiag.workshop.service.WorkshopService;

/** The personal report, rendered from the questionnaire snapshot the response was scored with. */
@Path("/r/{token}")
public class ReportPage {

    @CheckedTemplate(basePath = "report")
    static class Templates {
        static native TemplateInstance report(ReportView report, BarChart chart, List<String> locales, String shareUrl, TeamLink team);
    }

    /** For a workshop participant: the team report's link once published, else null (pending). */
    public record TeamLink(String url) { }

    private final ResponseService responses;
    private final ReportAssembler assembler;
    private final WorkshopService workshops;

    public ReportPage(ResponseService responses, ReportAssembler assembler, WorkshopService workshops) {
        this.responses = responses;
        this.assembler = assembler;
        this.workshops = workshops;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(@PathParam("token") String token, @QueryParam("lang") String lang,
                         @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        ResponseService.Stored stored = responses.byToken(token);
        // The language the answers were given in, unless the reader switches.
        String locale = lang != null && stored.questionnaire().locales().contains(lang) ? lang : stored.entity().locale;
        ReportView view = assembler.assemble(stored, locale);
        List<Double> bandStarts = stored.questionnaire().bands().stream().map(Band::min).toList();
        return Response.ok(Templates.report(view, BarChart.of(view, bandStarts), stored.questionnaire().locales(),
                        shareUrl(view, uri), stored.entity().workshopId == null ? null
                                : new TeamLink(workshops.publishedTeamUrl(stored.entity().workshopId).orElse(null)))
                        .setLocale(java.util.Locale.forLanguageTag(view.locale())).render())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header("Content-Language", view.locale())
                .header("X-Robots-Tag", "noindex, nofollow")
                .header("Referrer-Policy", "no-referrer") // the token is in the URL
                .header("Cache-Control", "private, no-store")
                .build();
    }

    /** The absolute link to share: from the configured public URL, else from this request. */
    private static String shareUrl(ReportView view, jakarta.ws.rs.core.UriInfo uri) {
        return view.reportUrl().startsWith("http") ? view.reportUrl()
                : uri.getBaseUri().resolve(view.reportUrl().substring(1)).toString();
    }
}
