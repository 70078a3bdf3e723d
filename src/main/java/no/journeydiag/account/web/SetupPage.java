package no.journeydiag.account.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
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
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import no.journeydiag.account.security.ConsultantAuthMechanism;
import no.journeydiag.account.service.FirstAdminSetup;
import no.journeydiag.common.DomainException.Invalid;
import no.journeydiag.common.DomainException.NotFound;
import no.journeydiag.common.FieldError;
import no.journeydiag.common.web.Html;
import no.journeydiag.common.web.LocaleResolver;
import no.journeydiag.config.DiagnosticConfig;

/** /setup/{token}: the one-time link printed at the first start creates the first admin. */
@Path("/setup/{token}")
public class SetupPage {

    /** The form, refilled after an error; {@code usable} is false for a spent or unknown link. */
    public record SetupView(
            String locale, String token, boolean usable, String username, String displayName, List<FieldError> errors) {

        private static final Map<String, String[]> LABELS = Map.of(
                "username", new String[] {"Username", "Brukernavn"},
                "displayName", new String[] {"Your name", "Navnet ditt"},
                "password", new String[] {"Password", "Passord"},
                "confirmation", new String[] {"Password again", "Gjenta passordet"});

        private static final Map<String, String> NORWEGIAN = Map.of(
                "username", "bruk 3–64 små bokstaver, sifre, «.», «_», «-» eller «@»",
                "displayName", "skriv et navn på 1–120 tegn",
                "password", "passordet er for svakt: bruk minst 12 tegn som ikke er et kjent passord",
                "confirmation", "de to passordene er ulike");

        public String label(String field) {
            String[] l = LABELS.get(field);
            return l == null ? field : l[locale.equals("nb") ? 1 : 0];
        }

        public String message(FieldError e) {
            return locale.equals("nb") ? NORWEGIAN.getOrDefault(e.field(), e.message()) : e.message();
        }
    }

    @CheckedTemplate(basePath = "account")
    static class Templates {
        static native TemplateInstance setup(SetupView view);
    }

    private final FirstAdminSetup setup;
    private final DiagnosticConfig config;

    public SetupPage(FirstAdminSetup setup, DiagnosticConfig config) {
        this.setup = setup;
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response form(@PathParam("token") String token, @QueryParam("lang") String lang, HttpHeaders headers) {
        String l = LocaleResolver.resolve(lang, headers, LocaleResolver.UI_LOCALES);
        boolean usable = setup.usable(token);
        return page(usable ? 200 : 404, new SetupView(l, token, usable, "admin", "", List.of()));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(
            @PathParam("token") String token,
            @FormParam("username") String username,
            @FormParam("displayName") String displayName,
            @FormParam("password") String password,
            @FormParam("confirmation") String confirmation,
            @FormParam("lang") String lang,
            HttpHeaders headers) {
        String l = LocaleResolver.resolve(lang, headers, LocaleResolver.UI_LOCALES);
        String session;
        try {
            session = setup.createAdmin(token, username, displayName, password, confirmation);
        } catch (NotFound e) {
            return page(404, new SetupView(l, token, false, "", "", List.of()));
        } catch (Invalid e) {
            return page(400, new SetupView(l, token, true, clip(username), clip(displayName), e.errors()));
        }
        NewCookie cookie = new NewCookie.Builder(ConsultantAuthMechanism.SESSION_COOKIE)
                .value(session)
                .path("/")
                .httpOnly(true)
                .secure(config.auth().secureCookie())
                .sameSite(NewCookie.SameSite.LAX)
                .maxAge((int) config.auth().sessionTimeout().toSeconds())
                .build();
        return Response.seeOther(URI.create("/consultant")).cookie(cookie).build();
    }

    private static Response page(int status, SetupView view) {
        // The token is in the URL: keep it out of Referer headers and search engines.
        return Html.builder(status, Templates.setup(view), view.locale())
                .header("Referrer-Policy", "no-referrer")
                .build();
    }

    private static String clip(String s) {
        return s == null ? "" : s.length() > 120 ? s.substring(0, 120) : s;
    }
}
