package no.journeydiag.workshop.web;

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
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import no.journeydiag.common.DomainException.NotFound;
import no.journeydiag.common.RateLimiter;
import no.journeydiag.common.web.Html;
import no.journeydiag.common.web.LocaleResolver;
import no.journeydiag.config.DiagnosticConfig;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.response.service.DraftService;
import no.journeydiag.response.service.ResponseService;
import no.journeydiag.workshop.service.JoinCodes;
import no.journeydiag.workshop.service.Workshop;
import no.journeydiag.workshop.service.Workshop.State;

/**
 * How participants get in: a code typed at /join or the join link /w/{code} (the QR code), then a
 * role, then the normal step-by-step flow. A browser answers a workshop once: its draft cookie leads
 * back to its answers or its report. Wrong codes are rate-limited per client address; right ones are
 * not (see docs/workshops.md for why guessing stays infeasible).
 */
@Path("/")
public class JoinPage {

    /** The code form; {@code message} explains a wrong or rate-limited code. */
    public record CodeView(String locale, String code, String message) {}

    /**
     * The role picker; {@code error} names the field to fix. {@code resumeUrl} leads to this browser's
     * unfinished answers, {@code reportUrl} to its report once it has answered.
     */
    /** A role to pick: the stored value and its label in the page's language. */
    public record RoleChoice(String value, String label) {}

    public record RoleView(
            String locale,
            List<String> locales,
            String code,
            String organisation,
            String title,
            int minutes,
            int questions,
            List<RoleChoice> roles,
            int threshold,
            String state,
            String resumeUrl,
            String reportUrl,
            String error) {

        /** For the page title, where no {@code <bdi>} can go: Unicode's own isolates keep an RTL name from reordering the rest. */
        public String isolatedOrganisation() {
            return "\u2068" + organisation + "\u2069";
        }
    }

    /** The scope of wrong codes, and of look-ups made while an address is over that limit. */
    public static final String WRONG_CODES = "join-code";

    public static final String LIMITED_LOOKUPS = "join-limited";

    /**
     * While an address is over the wrong-code limit, each answer still tells a right code from a wrong one,
     * so such look-ups have an allowance of their own: far more than a room of 100 behind one Wi-Fi needs
     * (two or three each), far fewer than a guesser would like. docs/workshops.md has the numbers.
     */
    public static final int LOOKUPS_WHILE_LIMITED_PER_MINUTE = 600;

    @CheckedTemplate(basePath = "workshop")
    static class Templates {
        static native TemplateInstance join(CodeView join);

        static native TemplateInstance role(RoleView role);
    }

    private final JoinCodes codes;
    private final DraftService drafts;
    private final ResponseService responses;
    private final DiagnosticConfig config;
    private final RateLimiter wrongCodes;

    public JoinPage(
            JoinCodes codes,
            DraftService drafts,
            ResponseService responses,
            DiagnosticConfig config,
            RateLimiter wrongCodes) {
        this.codes = codes;
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
    public Response join(
            @FormParam("code") String code,
            @FormParam("lang") String lang,
            HttpHeaders headers,
            @Context HttpServerRequest request) {
        String l = LocaleResolver.resolve(lang, headers, LocaleResolver.UI_LOCALES);
        Optional<Workshop> w = lookUp(code, request);
        if (w == null) {
            return limited(l, code);
        }
        if (w.isEmpty()) {
            return Html.page(404, Templates.join(new CodeView(l, shown(code), "unknown")), l);
        }
        return Response.seeOther(URI.create("/w/" + w.get().joinCode() + "?lang=" + l))
                .build();
    }

    @GET
    @Path("w/{code}")
    @Produces(MediaType.TEXT_HTML)
    public Response roles(
            @PathParam("code") String code,
            @QueryParam("lang") String lang,
            HttpHeaders headers,
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
    public Response start(
            @PathParam("code") String code,
            @FormParam("role") String role,
            @FormParam("lang") String lang,
            HttpHeaders headers,
            @Context HttpServerRequest request) {
        Optional<Workshop> found = lookUp(code, request);
        if (found == null) {
            return limited(LocaleResolver.resolve(lang, headers, LocaleResolver.UI_LOCALES), code);
        }
        Workshop w = found.orElseThrow(() -> new NotFound("No workshop has this code."));
        Optional<DraftService.Draft> earlier = ownDraft(w, headers);
        if (earlier.isPresent()) {
            // A second tab, or a second go after finishing: one response per browser, so back to the first.
            return Response.seeOther(URI.create("/d/" + earlier.get().token())).build();
        }
        if (w.state() != State.OPEN) {
            return rolePage(409, w, lang, headers, null);
        }
        String chosen = role == null
                ? null
                : w.roles().stream().filter(r -> r.equals(role)).findFirst().orElse(null);
        if (chosen == null) {
            return rolePage(400, w, lang, headers, "role");
        }
        DraftService.Draft d = drafts.start(w.questionnaire(), lang, w.id(), chosen);
        String token = d.token();
        NewCookie cookie = new NewCookie.Builder(cookieName(w))
                .value(token)
                .path("/")
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .maxAge((int) config.drafts().ttl().toSeconds())
                .build();
        return Response.seeOther(URI.create("/d/" + token + "/1"))
                .cookie(cookie)
                .build();
    }

    private Response rolePage(int status, Workshop w, String lang, HttpHeaders headers, String error) {
        Questionnaire q = responses.questionnaire(w.questionnaire()).questionnaire();
        String l = LocaleResolver.resolve(lang, headers, q.locales());
        Optional<DraftService.Draft> own = ownDraft(w, headers);
        String resume = own.filter(d -> d.responseToken() == null)
                .map(d -> "/d/" + d.token())
                .orElse(null);
        String report = own.map(d -> d.responseToken()).map(t -> "/r/" + t).orElse(null);
        return Html.page(
                status,
                Templates.role(new RoleView(
                        l,
                        q.locales(),
                        w.joinCode(),
                        w.organisation(),
                        q.title().in(l, q.defaultLocale()),
                        q.estimatedMinutes(),
                        q.questionIndex().size(),
                        w.roles().stream()
                                .map(r -> new RoleChoice(r, RoleLabels.label(r, l)))
                                .toList(),
                        w.anonymityThreshold(),
                        w.state().id(),
                        resume,
                        report,
                        error)),
                l);
    }

    /** This browser's draft for the workshop (finished or not), unless it expired or went with a deleted result. */
    private Optional<DraftService.Draft> ownDraft(Workshop w, HttpHeaders headers) {
        Cookie c = headers.getCookies().get(cookieName(w));
        if (c == null) {
            return Optional.empty();
        }
        try {
            DraftService.Draft d = drafts.find(c.getValue());
            return Long.valueOf(w.id()).equals(d.workshopId()) ? Optional.of(d) : Optional.empty();
        } catch (NotFound e) {
            return Optional.empty(); // expired or deleted: start afresh
        }
    }

    /**
     * The workshop for a code; null when this client may not look codes up now. The code is looked up
     * first, so a right one is never refused by the wrong-code limit (a room behind one venue Wi-Fi makes
     * typos); only wrong ones are counted, atomically, before they are answered.
     */
    private Optional<Workshop> lookUp(String code, HttpServerRequest request) {
        String client = RateLimiter.client(request);
        long now = System.currentTimeMillis();
        int allowance = config.workshops().joinAttemptsPerMinute();
        Optional<Workshop> w = codes.find(code);
        if (w.isEmpty()) {
            if (wrongCodes.attempt(WRONG_CODES, client, allowance, now)) {
                return w;
            }
            wrongCodes.attempt(LIMITED_LOOKUPS, client, LOOKUPS_WHILE_LIMITED_PER_MINUTE, now);
            return null;
        }
        if (wrongCodes.exhausted(WRONG_CODES, client, allowance, now)
                && !wrongCodes.attempt(LIMITED_LOOKUPS, client, LOOKUPS_WHILE_LIMITED_PER_MINUTE, now)) {
            return null;
        }
        return w;
    }

    private static Response limited(String locale, String code) {
        return Html.builder(429, Templates.join(new CodeView(locale, shown(code), "limited")), locale)
                .header("Retry-After", "60")
                .build();
    }

    private static String shown(String code) {
        return code == null ? "" : code.length() > 20 ? code.substring(0, 20) : code;
    }

    private static String cookieName(Workshop w) {
        return "draft-w" + w.id();
    }
}
