package no.journeydiag.embed.web;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import no.journeydiag.report.web.ReportPage;
import no.journeydiag.response.web.FlowPage;

/**
 * The respondent flow inside another site's iframe (mounted by /embed.js): the same steps,
 * drafts and report as the site, without its header and footer, without cookies, and framable by
 * the origins in diagnostic.embed.frame-ancestors only. See docs/embedding.md.
 */
@Path("/embed")
public class EmbedPages {

    private final FlowPage flow;
    private final ReportPage report;

    public EmbedPages(FlowPage flow, ReportPage report) {
        this.flow = flow;
        this.report = report;
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response landing(
            @PathParam("id") String id, @QueryParam("lang") String lang, HttpHeaders headers, @Context UriInfo uri) {
        return flow.landing(id, lang, headers, uri);
    }

    @POST
    @Path("{id}/start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response start(@PathParam("id") String id, MultivaluedMap<String, String> form) {
        return flow.start(id, form);
    }

    @GET
    @Path("d/{token}")
    public Response resume(@PathParam("token") String token) {
        return flow.resume(token);
    }

    @GET
    @Path("d/{token}/{step: [0-9]{1,3}}")
    @Produces(MediaType.TEXT_HTML)
    public Response step(
            @PathParam("token") String token,
            @PathParam("step") int step,
            @QueryParam("lang") String lang,
            @QueryParam("check") String check,
            @QueryParam("more") String more,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        return flow.step(token, step, lang, check, more, uri);
    }

    @POST
    @Path("d/{token}/{step: [0-9]{1,3}}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response saveStep(
            @PathParam("token") String token,
            @PathParam("step") int step,
            MultivaluedMap<String, String> form,
            @jakarta.ws.rs.core.Context io.vertx.ext.web.RoutingContext routing,
            @jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        return flow.saveStep(token, step, form, routing, uri);
    }

    @GET
    @Path("d/{token}/review")
    @Produces(MediaType.TEXT_HTML)
    public Response review(@PathParam("token") String token, @QueryParam("lang") String lang) {
        return flow.review(token, lang);
    }

    @POST
    @Path("d/{token}/submit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("token") String token) {
        return flow.submit(token);
    }

    @GET
    @Path("r/{token}")
    @Produces(MediaType.TEXT_HTML)
    public Response report(@PathParam("token") String token, @QueryParam("lang") String lang, @Context UriInfo uri) {
        return report.show(token, lang, uri);
    }

    @POST
    @Path("r/{token}/lead")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response lead(
            @PathParam("token") String token,
            @FormParam("email") String email,
            @FormParam("name") String name,
            @FormParam("company") String company,
            @FormParam("role") String role,
            @FormParam("phone") String phone,
            @FormParam("consent") String consent,
            @FormParam("lang") String lang,
            @Context UriInfo uri) {
        return report.lead(token, email, name, company, role, phone, consent, lang, uri);
    }

    @GET
    @Path("r/{token}/lead")
    public Response leadAgain(@PathParam("token") String token, @QueryParam("lang") String lang) {
        return report.leadAgain(token, lang);
    }

    @GET
    @Path("r/{token}/delete")
    @Produces(MediaType.TEXT_HTML)
    public Response confirmDelete(@PathParam("token") String token) {
        return report.confirmDelete(token);
    }

    @POST
    @Path("r/{token}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response delete(@PathParam("token") String token) {
        return report.delete(token);
    }
}
