package no.journeydiag.webhook.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import no.journeydiag.account.service.Consultant;
import no.journeydiag.account.service.Roles;
import no.journeydiag.common.web.Formats;
import no.journeydiag.common.web.Html;
import no.journeydiag.config.DiagnosticConfig;
import no.journeydiag.webhook.service.Deliveries;
import no.journeydiag.webhook.service.WebhookSender;

/** Admins see recent webhook deliveries (never their payloads, which may hold a lead) and can retry one. */
@Path("/admin/webhooks")
@RolesAllowed(Roles.ADMIN)
public class WebhooksPage {

    public record Row(
            long id,
            String eventId,
            String type,
            String target,
            String status,
            int attempts,
            String next,
            String lastError,
            Integer lastStatus,
            String created) {}

    public record TargetRow(String name, String url, List<String> questionnaires, List<String> events) {}

    @CheckedTemplate(basePath = "webhook")
    static class Templates {
        static native TemplateInstance deliveries(Consultant me, List<TargetRow> targets, List<Row> rows);
    }

    private final WebhookSender sender;
    private final Deliveries deliveries;
    private final SecurityIdentity identity;
    private final DiagnosticConfig config;

    public WebhooksPage(
            WebhookSender sender, Deliveries deliveries, SecurityIdentity identity, DiagnosticConfig config) {
        this.sender = sender;
        this.deliveries = deliveries;
        this.identity = identity;
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response list() {
        List<Row> rows = deliveries.recent(100).stream()
                .map(d -> new Row(
                        d.id(),
                        d.eventId(),
                        d.type(),
                        d.target(),
                        d.status(),
                        d.attempts(),
                        d.nextAttempt() == null ? "" : Formats.dateTime(d.nextAttempt(), "en"),
                        d.lastError(),
                        d.lastStatus(),
                        Formats.dateTime(d.created(), "en")))
                .toList();
        List<TargetRow> targets = config.webhooks().targets().entrySet().stream()
                .map(t -> new TargetRow(
                        t.getKey(),
                        t.getValue().url(),
                        t.getValue().questionnaires(),
                        t.getValue().events()))
                .toList();
        return Html.page(200, Templates.deliveries(Consultant.of(identity), targets, rows), "en");
    }

    @POST
    @Path("{id}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retry(@PathParam("id") long id) {
        sender.retry(id);
        return Response.seeOther(URI.create("/admin/webhooks")).build();
    }
}
