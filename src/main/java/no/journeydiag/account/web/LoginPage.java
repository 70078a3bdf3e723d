package no.journeydiag.account.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;
import no.journeydiag.account.security.ConsultantAuthMechanism;
import no.journeydiag.account.service.Sessions;
import no.journeydiag.common.RateLimiter;
import no.journeydiag.common.web.Html;
import no.journeydiag.common.web.LocaleResolver;
import no.journeydiag.config.DiagnosticConfig;

/** Consultant sign-in and sign-out. The form is CSRF-protected like every other form. */
@Path("/")
public class LoginPage {

    private static final Pattern SAFE_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9._~!$&'()*+,;=:@/?%#-]*");

    /** What the login page shows: a message, and where to go after signing in. */
    public record LoginView(String locale, String message, String next, String username) {}

    @CheckedTemplate(basePath = "account")
    static class Templates {
        static native TemplateInstance login(LoginView login);
    }

    private final Sessions sessions;
    private final DiagnosticConfig config;
    private final RateLimiter failures;

    public LoginPage(Sessions sessions, DiagnosticConfig config, RateLimiter failures) {
        this.sessions = sessions;
        this.config = config;
        this.failures = failures;
    }

    @GET
    @Path("login")
    @Produces(MediaType.TEXT_HTML)
    public Response form(
            @QueryParam("next") String next,
            @QueryParam("expired") boolean expired,
            @QueryParam("out") boolean out,
            @QueryParam("lang") String lang,
            @Context HttpHeaders headers) {
        String loc = LocaleResolver.resolve(lang, headers, LocaleResolver.UI_LOCALES);
        ConsultantMsg m = msg(loc);
        String message = expired ? m.login_expired() : out ? m.login_out() : null;
        return Html.remembering(200, Templates.login(new LoginView(loc, message, safeNext(next), "")), loc, lang);
    }

    private static ConsultantMsg msg(String locale) {
        return MessageBundles.get(ConsultantMsg.class, Localized.Literal.of(locale));
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response login(
            @FormParam("username") String username,
            @FormParam("password") String password,
            @FormParam("next") String next,
            @Context HttpServerRequest request,
            @Context HttpHeaders headers) {
        String loc = LocaleResolver.resolve(null, headers, LocaleResolver.UI_LOCALES);
        String client = RateLimiter.client(request);
        long now = System.currentTimeMillis();
        String shownName = username == null ? "" : username.strip();
        // Counted before the password is checked, so parallel guesses cannot all slip in under the allowance.
        if (!failures.attempt("login", client, config.auth().loginAttemptsPerMinute(), now)) {
            return Html.builder(
                            429,
                            Templates.login(new LoginView(loc, msg(loc).login_too_many(), safeNext(next), shownName)),
                            loc)
                    .header("Retry-After", "60")
                    .build();
        }
        String token = sessions.signIn(username, password);
        if (token == null) {
            return Html.page(
                    401, Templates.login(new LoginView(loc, msg(loc).login_wrong(), safeNext(next), shownName)), loc);
        }
        failures.forgive("login", client, now); // only failures count against the allowance
        NewCookie cookie = new NewCookie.Builder(ConsultantAuthMechanism.SESSION_COOKIE)
                .value(token)
                .path("/")
                .httpOnly(true)
                .secure(config.auth().secureCookie())
                .sameSite(NewCookie.SameSite.LAX)
                .maxAge((int) config.auth().sessionTimeout().toSeconds())
                .build();
        return Response.seeOther(URI.create(safeNext(next))).cookie(cookie).build();
    }

    @POST
    @Path("logout")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response logout(@CookieParam(ConsultantAuthMechanism.SESSION_COOKIE) String session) {
        sessions.signOut(session);
        NewCookie gone = new NewCookie.Builder(ConsultantAuthMechanism.SESSION_COOKIE)
                .value("")
                .path("/")
                .httpOnly(true)
                .secure(config.auth().secureCookie())
                .sameSite(NewCookie.SameSite.LAX)
                .maxAge(0)
                .build();
        return Response.seeOther(URI.create("/login?out=true")).cookie(gone).build();
    }

    /**
     * Only a path on this site: an open redirect would let a phishing link borrow our login page.
     * Browsers drop tabs and line breaks from a Location ("/\t/evil.com" becomes "//evil.com") and
     * treat a backslash as "/", so only plain URL characters pass, and never two slashes at the start.
     */
    static String safeNext(String next) {
        if (next == null || next.length() > 500 || !SAFE_PATH.matcher(next).matches()) {
            return "/consultant";
        }
        try {
            URI u = new URI(next);
            return u.getScheme() == null && u.getRawAuthority() == null ? next : "/consultant";
        } catch (URISyntaxException e) {
            return "/consultant"; // e.g. a broken %-escape
        }
    }
}
