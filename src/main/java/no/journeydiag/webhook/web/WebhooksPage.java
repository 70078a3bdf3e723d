package no.journeydiag.webhook.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.journeydiag.account.service.Consultant;
import no.journeydiag.account.service.Roles;
import no.journeydiag.common.DomainException;
import no.journeydiag.common.FieldError;
import no.journeydiag.common.web.Formats;
import no.journeydiag.common.web.Html;
import no.journeydiag.common.web.LocaleResolver;
import no.journeydiag.webhook.service.Deliveries;
import no.journeydiag.webhook.service.WebhookSender;
import no.journeydiag.webhook.service.WebhookTargets;

/**
 * Admins manage webhook targets (add, edit, disable, delete, rotate the secret, test) and read
 * deliveries with their attempt history; never a payload, which may hold a lead.
 */
@Path("/admin/webhooks")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class WebhooksPage {

    /** One delivery row, its times formatted for the page's locale. */
    public record Row(
            long id,
            String eventId,
            String type,
            String target,
            int sequence,
            String status,
            int attempts,
            String next,
            String lastError,
            Integer lastStatus,
            String created) {}

    /** One attempt row. */
    public record AttemptRow(String at, Integer httpStatus, String error, int durationMs) {}

    /** The form's values and what is wrong with them; {@code errors} holds field names. */
    public record Form(
            String name,
            String url,
            Set<String> events,
            String questionnaires,
            boolean enabled,
            List<FieldError> errors) {
        static Form empty() {
            return new Form("", "https://", Set.copyOf(WebhookTargets.EVENTS), "*", true, List.of());
        }

        public boolean wrong(String field) {
            return errors.stream().anyMatch(e -> e.field().equals(field));
        }

        public boolean has(String event) {
            return events.contains(event);
        }
    }

    @CheckedTemplate(basePath = "webhook")
    static class Templates {
        static native TemplateInstance index(
                String locale, Consultant me, List<WebhookTargets.View> targets, Form form, List<Row> rows);

        static native TemplateInstance target(
                String locale,
                Consultant me,
                WebhookTargets.View target,
                String rotatingUntil,
                Form form,
                boolean tested,
                List<Row> rows);

        static native TemplateInstance secret(String locale, Consultant me, String name, String secret);

        static native TemplateInstance delivery(String locale, Consultant me, Row delivery, List<AttemptRow> attempts);
    }

    private final WebhookSender sender;
    private final Deliveries deliveries;
    private final WebhookTargets targets;
    private final SecurityIdentity identity;

    public WebhooksPage(
            WebhookSender sender, Deliveries deliveries, WebhookTargets targets, SecurityIdentity identity) {
        this.sender = sender;
        this.deliveries = deliveries;
        this.targets = targets;
        this.identity = identity;
    }

    @GET
    public Response list(@QueryParam("lang") String lang, HttpHeaders headers) {
        String l = LocaleResolver.resolve(lang, headers, LocaleResolver.UI_LOCALES);
        return index(200, l, Form.empty());
    }

    private Response index(int status, String l, Form form) {
        return Html.page(
                status, Templates.index(l, me(), targets.list(), form, rows(deliveries.recent(100, null), l)), l);
    }

    @POST
    @Path("targets")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(
            @FormParam("name") String name,
            @FormParam("url") String url,
            @FormParam("events") List<String> events,
            @FormParam("questionnaires") String questionnaires,
            @FormParam("lang") String lang,
            HttpHeaders headers) {
        String l = LocaleResolver.resolve(lang, headers, LocaleResolver.UI_LOCALES);
        try {
            WebhookTargets.WithSecret made =
                    targets.create(new WebhookTargets.Input(name, url, events, split(questionnaires), true));
            return Html.page(201, Templates.secret(l, me(), made.target().name(), made.secret()), l);
        } catch (DomainException.Invalid e) {
            return index(
                    400,
                    l,
                    new Form(clip(name), clip(url), Set.copyOf(events), clip(questionnaires), true, e.errors()));
        }
    }

    @GET
    @Path("targets/{name}")
    public Response edit(
            @PathParam("name") String name,
            @QueryParam("tested") boolean tested,
            @QueryParam("lang") String lang,
            HttpHeaders headers) {
        String l = LocaleResolver.resolve(lang, headers, LocaleResolver.UI_LOCALES);
        WebhookTargets.View t = targets.get(name);
        Form form = new Form(
                t.name(),
                t.url(),
                Set.copyOf(t.events()),
                String.join(", ", t.questionnaires()),
                t.enabled(),
                List.of());
        return target(200, l, t, form, tested);
    }

    private Response target(int status, String l, WebhookTargets.View t, Form form, boolean tested) {
        String until = t.rotatingUntil() == null ? null : Formats.dateTime(t.rotatingUntil(), l);
        return Html.page(
                status, Templates.target(l, me(), t, until, form, tested, rows(deliveries.recent(50, t.name()), l)), l);
    }

    @POST
    @Path("targets/{name}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(
            @PathParam("name") String name,
            @FormParam("url") String url,
            @FormParam("events") List<String> events,
            @FormParam("questionnaires") String questionnaires,
            @FormParam("enabled") String enabled,
            @FormParam("lang") String lang,
            HttpHeaders headers) {
        String l = LocaleResolver.resolve(lang, headers, LocaleResolver.UI_LOCALES);
        boolean on = enabled != null;
        try {
            targets.update(
                    name, new WebhookTargets.Input(null, url == null ? "" : url, events, split(questionnaires), on));
        } catch (DomainException.Invalid e) {
            Form form = new Form(name, clip(url), Set.copyOf(events), clip(questionnaires), on, e.errors());
            return target(400, l, targets.get(name), form, false);
        }
        return back("/admin/webhooks/targets/" + path(name), l);
    }

    @POST
    @Path("targets/{name}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("name") String name, @FormParam("lang") String lang, HttpHeaders headers) {
        targets.delete(name);
        return back("/admin/webhooks", LocaleResolver.resolve(lang, headers, LocaleResolver.UI_LOCALES));
    }

    @POST
    @Path("targets/{name}/rotate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rotate(@PathParam("name") String name, @FormParam("lang") String lang, HttpHeaders headers) {
        String l = LocaleResolver.resolve(lang, headers, LocaleResolver.UI_LOCALES);
        WebhookTargets.WithSecret rotated = targets.rotate(name);
        return Html.page(200, Templates.secret(l, me(), name, rotated.secret()), l);
    }

    @POST
    @Path("targets/{name}/test")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response test(@PathParam("name") String name, @FormParam("lang") String lang, HttpHeaders headers) {
        targets.test(name);
        return back(
                "/admin/webhooks/targets/" + path(name) + "?tested=true",
                LocaleResolver.resolve(lang, headers, LocaleResolver.UI_LOCALES));
    }

    @GET
    @Path("deliveries/{id}")
    public Response delivery(@PathParam("id") long id, @QueryParam("lang") String lang, HttpHeaders headers) {
        String l = LocaleResolver.resolve(lang, headers, LocaleResolver.UI_LOCALES);
        Deliveries.Detail d = deliveries.detail(id);
        List<AttemptRow> attempts = d.attempts().stream()
                .map(a -> new AttemptRow(
                        Formats.dateTime(a.at(), l),
                        a.httpStatus(),
                        DeliveryErrors.text(a.error(), msg(l)),
                        a.durationMs()))
                .toList();
        return Html.page(
                200, Templates.delivery(l, me(), rows(List.of(d.delivery()), l).get(0), attempts), l);
    }

    @POST
    @Path("{id}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retry(@PathParam("id") long id, @FormParam("lang") String lang, HttpHeaders headers) {
        sender.retry(id);
        return back(
                "/admin/webhooks/deliveries/" + id, LocaleResolver.resolve(lang, headers, LocaleResolver.UI_LOCALES));
    }

    private Consultant me() {
        return Consultant.of(identity);
    }

    private static Response back(String to, String l) {
        return Response.seeOther(URI.create(to + (to.contains("?") ? "&" : "?") + "lang=" + l))
                .build();
    }

    private static List<Row> rows(List<Deliveries.Delivery> list, String l) {
        return list.stream()
                .map(d -> new Row(
                        d.id(),
                        d.eventId(),
                        d.type(),
                        d.target(),
                        d.sequence(),
                        d.status(),
                        d.attempts(),
                        d.nextAttempt() == null ? "" : Formats.dateTime(d.nextAttempt(), l),
                        DeliveryErrors.text(d.lastError(), msg(l)),
                        d.lastStatus(),
                        Formats.dateTime(d.created(), l)))
                .toList();
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank()
                ? null
                : Arrays.stream(csv.split(","))
                        .map(String::trim)
                        .filter(s -> !s.isEmpty())
                        .collect(Collectors.toList());
    }

    private static String clip(String s) {
        return s == null ? "" : s.length() > 2000 ? s.substring(0, 2000) : s;
    }

    private static String path(String name) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8);
    }

    private static WebhookMsg msg(String l) {
        return io.quarkus.qute.i18n.MessageBundles.get(WebhookMsg.class, io.quarkus.qute.i18n.Localized.Literal.of(l));
    }
}
