package no.journeydiag.report.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** {@code /r/{token}.pdf}: a path of its own, since {@code /r/{token}} would take the ".pdf" as part of the token. */
@Path("/r/{file: [A-Za-z0-9_-]{43}\\.pdf}")
public class ReportPdfPage {

    private final ReportPage reports;

    public ReportPdfPage(ReportPage reports) {
        this.reports = reports;
    }

    @GET
    @Produces("application/pdf")
    public Response pdf(
            @PathParam("file") String file,
            @QueryParam("lang") String lang,
            @Context UriInfo uri,
            @Context jakarta.ws.rs.core.HttpHeaders headers) {
        return reports.pdf(file.substring(0, file.length() - 4), lang, uri, headers);
    }
}
