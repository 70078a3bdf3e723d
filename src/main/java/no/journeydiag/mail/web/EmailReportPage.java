package no.journeydiag.mail.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import no.journeydiag.common.DomainException.Invalid;
import no.journeydiag.common.DomainException.Unavailable;
import no.journeydiag.common.RateLimiter;
import no.journeydiag.common.web.Html;
import no.journeydiag.common.web.LocaleResolver;
import no.journeydiag.mail.service.ReportMail;

/** The report page's "E-mail the link" form posts here; the answer is a page of its own in the reader's language. */
@Path("/r/{token}/email")
public class EmailReportPage {

    @CheckedTemplate(basePath = "mail")
    static class Templates {
        static native TemplateInstance email(EmailView page);
    }

    /**
     * What the page shows: {@code state} is sent, fix (the form again, with {@code error} and the
     * typed address), limited (with {@code error} client or report) or unavailable.
     */
    public record EmailView(String token, String locale, String state, String address, String error) {}

    private final ReportMail mail;

    public EmailReportPage(ReportMail mail) {
        this.mail = mail;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response send(
            @PathParam("token") String token,
            @FormParam("email") String email,
            @FormParam("lang") String lang,
            @Context HttpServerRequest request) {
        String locale = lang != null && LocaleResolver.UI_LOCALES.contains(lang) ? lang : "en";
        String typed = email == null ? "" : email.length() > 254 ? email.substring(0, 254) : email;
        try {
            ReportMail.Outcome outcome = mail.send(token, email, lang, RateLimiter.client(request));
            return switch (outcome) {
                case SENT -> page(200, new EmailView(token, locale, "sent", typed.strip(), null));
                // which limit it was, so a visitor who sent many reports is not told this one was sent too often
                case CLIENT_LIMITED -> page(429, new EmailView(token, locale, "limited", null, "client"));
                case REPORT_LIMITED -> page(429, new EmailView(token, locale, "limited", null, "report"));
            };
        } catch (Invalid e) {
            String error = email == null || email.isBlank() ? "missing" : "address";
            return page(400, new EmailView(token, locale, "fix", typed, error));
        } catch (Unavailable e) {
            return page(503, new EmailView(token, locale, "unavailable", null, null));
        }
    }

    /** The form's address opened again (a reload after an error): back to the report's form. */
    @GET
    public Response again(@PathParam("token") String token, @QueryParam("lang") String lang) {
        String query = lang != null && LocaleResolver.UI_LOCALES.contains(lang) ? "?lang=" + lang : "";
        if (!no.journeydiag.common.Tokens.wellFormed(token)) {
            return Response.status(404).build();
        }
        return Response.seeOther(URI.create("/r/" + token + query + "#email")).build();
    }

    private static Response page(int status, EmailView view) {
        return Html.builder(status, Templates.email(view), view.locale())
                .header("X-Robots-Tag", null)
                .header("X-Robots-Tag", "noindex, nofollow")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
