package no.journeydiag.workshop.web;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import no.journeydiag.common.ProblemException;
import no.journeydiag.common.RateLimiter;
import no.journeydiag.common.web.Html;
import no.journeydiag.common.web.LocaleResolver;
import no.journeydiag.config.DiagnosticConfig;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.response.service.DraftService;
import no.journeydiag.response.service.ResponseService;
import no.journeydiag.workshop.service.WorkshopService;
import no.journeydiag.workshop.service.WorkshopService.State;
import no.journeydiag.workshop.service.WorkshopService.Workshop;

/**
 * How participants get in: a code typed at /join or the join link /w/{code} (the QR code), then a
 * role, then the normal step-by-step flow. Wrong codes are rate-limited per client address.
 */
@Path("/")
public class JoinPage {

    /** The code form; {@code message} explains a wrong or rate-limited code. */
    public record CodeView(String locale, String code, String message) { }

    /** The role picker; {@code message} says why the workshop cannot be joined now, or which field to fix. */
    public record RoleView(String locale, List<String> locales, String code, String organisation, String title, int minutes,
                           int questions, List<String> roles, int threshold, String state, String resumeUrl, String error) { }

    @CheckedTemplate(basePath = "workshop")
    static class Templates {
        static native TemplateInstance join(CodeView join);

        static native TemplateInstance role(RoleView role);
    }

    private final WorkshopService workshops;
    private final DraftService drafts;
    private final ResponseService responses;
    private final DiagnosticConfig config;
    private final RateLimiter wrongCodes;

    public JoinPage(WorkshopService workshops, DraftService drafts, ResponseService responses, DiagnosticConfig config,
                    RateLimiter wrongCodes) {
        this.workshops = workshops;
        this.drafts = drafts;
        this.responses = responses;
        this.config = config;
        this.wrongCodes = wrongCodes;
    }

    @GET
    @Path("join")
    @Produces(MediaType.TEXT_HTML)
    public Response form(@QueryParam("lang") String lang, HttpHeaders headers) {
        String l = LocaleResolver.resolve(lang, headers, LocaleResolver.UI_LOCALES);
        return Html.page(200, Templates.join(new CodeView(l, "", null)), l);
    }

    @POST
    @Path("join")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response join(@FormParam("code") String code, @FormParam("lang") String lang, HttpHeaders headers,
                         @Context HttpServerRequest request) {
        String l = LocaleResolver.resolve(lang, headers, LocaleResolver.UI_LOCALES);
        Optional<Workshop> w = lookUp(code, request);
        if (w == null) {
            return limited(l, code);
        }
        if (w.isEmpty()) {
            return Html.page(404, Templates.join(new CodeView(l, shown(code), "unknown")), l);
        }
        return Response.seeOther(URI.create("/w/" + w.get().joinCode() + "?lang=" + l)).build();
    }

    @GET
    @Path("w/{code}")
    @Produces(MediaType.TEXT_HTML)
    public Response roles(@PathParam("code") String code, @QueryParam("lang") String lang, HttpHeaders headers,
                          @Context HttpServerRequest request) {
        Optional<Workshop> w = lookUp(code, request);
        String l0 = LocaleResolver.resolve(lang, headers, LocaleResolver.UI_LOCALES);
        if (w == null) {
            return limited(l0, code);
        }
        if (w.isEmpty()) {
            return Html.page(404, Templates.join(new CodeView(l0, shown(code), "unknown")), l0);
        }
        return rolePage(200, w.get(), lang, headers, null);
    }

    @POST
    @Path("w/{code}/start")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response start(@PathParam("code") String code, @FormParam("role") String role, @FormParam("lang") String lang,
                          HttpHeaders headers, @Context HttpServerRequest request) {
        Optional<Workshop> found = lookUp(code, request);
        if (found == null) {
            return limited(LocaleResolver.resolve(lang, headers, LocaleResolver.UI_LOCALES), code);
        }
        Workshop w = found.orElseThrow(() -> ProblemException.notFound("No workshop has this code."));
        if (w.state() != State.OPEN) {
            return rolePage(409, w, lang, headers, null);
        }
        String chosen = role == null ? null : w.roles().stream().filter(r -> r.equals(role)).findFirst().orElse(null);
        if (chosen == null) {
            return rolePage(400, w, lang, headers, "role");
        }
        DraftService.Draft d = drafts.start(w.questionnaire(), lang, w.id(), chosen);
        String token = d.entity().draftToken;
        NewCookie cookie = new NewCookie.Builder(cookieName(w)).value(token).path("/").httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX).maxAge((int) config.drafts().ttl().toSeconds()).build();
        return Response.seeOther(URI.create("/d/" + token + "/1")).cookie(cookie).build();
    }

    private Response rolePage(int status, Workshop w, String lang, HttpHeaders headers, String error) {
        Questionnaire q = responses.questionnaire(w.questionnaire()).questionnaire();
        String l = LocaleResolver.resolve(lang, headers, q.locales());
        String resume = null;
        Cookie c = headers.getCookies().get(cookieName(w));
        if (c != null) {
            try {
                DraftService.Draft d = drafts.find(c.getValue());
                resume = d.entity().responseToken == null ? "/d/" + d.entity().draftToken : "/r/" + d.entity().responseToken;
            } catch (ProblemException e) {
                resume = null; // expired: start afresh
            }
        }
        return Html.page(status, Templates.role(new RoleView(l, q.locales(), w.joinCode(), w.organisation(),
                q.title().in(l, q.defaultLocale()), q.estimatedMinutes(), q.questionIndex().size(), w.roles(),
                w.anonymityThreshold(), w.state().id(), resume, error)), l);
    }

    /**
     * The workshop for a code; null when this client has used up its wrong guesses. A wrong code is
     * counted, atomically, before it is answered, so parallel guesses cannot slip in under the allowance.
     */
    private Optional<Workshop> lookUp(String code, HttpServerRequest request) {
        Optional<Workshop> w = workshops.byCode(code);
        if (w.isEmpty() && !wrongCodes.attempt("join-code", RateLimiter.client(request), config.workshops().joinAttemptsPerMinute(),
                System.currentTimeMillis())) {
            return null;
        }
        return w;
    }

    private static Response limited(String locale, String code) {
        return Html.builder(429, Templates.join(new CodeView(locale, shown(code), "limited")), locale)
                .header("Retry-After", "60").build();
    }

    private static String shown(String code) {
        return code == null ? "" : code.length() > 20 ? code.substring(0, 20) : code;
    }

    private static String cookieName(Workshop w) {
        return "draft-w" + w.id();
    }
}
