package no.journeydiag.report.web;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.journeydiag.common.DomainException.Invalid;
import no.journeydiag.common.DomainException.NotFound;
import no.journeydiag.common.FieldError;
import no.journeydiag.common.web.Html;
import no.journeydiag.lead.service.LeadService;
import no.journeydiag.questionnaire.model.CallToAction;
import no.journeydiag.questionnaire.model.LeadCapture;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.report.service.CtaClicks;
import no.journeydiag.report.service.ReportAssembler;
import no.journeydiag.report.service.ReportView;
import no.journeydiag.response.service.ResponseService;
import no.journeydiag.response.service.Stored;
import no.journeydiag.workshop.service.Workshops;

/**
 * The personal report, rendered from the questionnaire snapshot the response was scored with;
 * with the questionnaire's lead form (before the report or under it) and a way for the link's
 * holder to delete the result. (Over 400 lines: its routes share one read-and-render path, kept together.)
 */
@Path("/r/{token}")
public class ReportPage {

    @CheckedTemplate(basePath = "report")
    static class Templates {
        static native TemplateInstance report(
                ReportView report,
                BarChart chart,
                List<String> locales,
                String shareUrl,
                TeamLink team,
                LeadBox lead,
                String base,
                String completed);

        static native TemplateInstance gate(
                String token, String title, String locale, List<String> locales, LeadBox lead, String base);

        static native TemplateInstance delete(String token, String title, String locale, String base);

        static native TemplateInstance deleted(String locale, String base, String questionnaire);

        static native TemplateInstance gone(String locale, String base);
    }

    /** For a workshop participant: the team report's link once published, else null (pending). */
    public record TeamLink(String url) {}

    /**
     * The lead form as the page needs it: which fields, the consent text, what was typed and what
     * needs fixing, or {@code saved} once a lead is stored (its address is never shown: the report link may be shared). Null when the questionnaire asks for none.
     */
    public record LeadBox(
            String token,
            boolean gate,
            List<String> fields,
            String consent,
            Map<String, String> values,
            Map<String, String> errors,
            boolean saved) {
        public boolean asks(String field) {
            return fields.contains(field);
        }
    }

    /**
     * What an embedded report tells the host page (diagnostic:completed): the result's token and
     * link, the overall score and the element scores. Nothing the person typed.
     */
    public record Completed(String resultToken, String reportUrl, Double overall, List<Element> elements) {
        public record Element(String id, String label, Double score) {}
    }

    private final ResponseService responses;
    private final ReportAssembler assembler;
    private final Workshops workshops;
    private final LeadService leads;
    private final no.journeydiag.common.JsonText json;
    private final no.journeydiag.common.web.Mount mount;
    private final CtaClicks clicks;
    private final no.journeydiag.report.service.DeletedLinks deletedReports;
    private final ReportPageCache cache;
    private final no.journeydiag.common.csrf.CsrfToken csrf;

    public ReportPage(
            ResponseService responses,
            ReportAssembler assembler,
            Workshops workshops,
            LeadService leads,
            no.journeydiag.common.JsonText json,
            no.journeydiag.common.web.Mount mount,
            CtaClicks clicks,
            no.journeydiag.report.service.DeletedLinks deletedReports,
            ReportPageCache cache,
            no.journeydiag.common.csrf.CsrfToken csrf) {
        this.cache = cache;
        this.csrf = csrf;
        this.clicks = clicks;
        this.deletedReports = deletedReports;
        this.responses = responses;
        this.assembler = assembler;
        this.workshops = workshops;
        this.leads = leads;
        this.json = json;
        this.mount = mount;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response show(
            @PathParam("token") String token,
            @QueryParam("lang") String lang,
            @Context UriInfo uri,
            @Context jakarta.ws.rs.core.HttpHeaders headers) {
        String base = mount.base();
        try {
            return render(200, token, lang, uri, Map.of(), Map.of(), base, headers);
        } catch (NotFound e) {
            if (!deletedReports.wasDeleted(token)) {
                throw e;
            }
            String locale = headers == null
                    ? (lang != null && no.journeydiag.common.web.LocaleResolver.UI_LOCALES.contains(lang) ? lang : "en")
                    : no.journeydiag.common.web.LocaleResolver.resolve(
                            lang, headers, no.journeydiag.common.web.LocaleResolver.UI_LOCALES);
            return respond(Html.builder(410, Templates.gone(locale, base), locale));
        }
    }

    /** The report for an embedding page, which passes no headers: a deleted link speaks the asked language. */
    public Response show(String token, String lang, UriInfo uri) {
        return show(token, lang, uri, null);
    }

    @POST
    @Path("lead")
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
        String base = mount.base();
        LeadService.LeadForm form = new LeadService.LeadForm(email, name, company, role, phone, "yes".equals(consent));
        String language =
                lang != null && lang.matches("[a-z]{2}") ? lang : null; // the reader's switch, kept across the post
        try {
            LeadService.Lead saved = leads.capture(token, form);
            boolean switched = language != null && !language.equals(saved.locale());
            return Response.seeOther(
                            java.net.URI.create(base + "/r/" + token + (switched ? "?lang=" + language : "") + "#lead"))
                    .build();
        } catch (Invalid e) {
            Map<String, String> values = new HashMap<>();
            putIfPresent(values, "email", form.email());
            putIfPresent(values, "name", form.name());
            putIfPresent(values, "company", form.company());
            putIfPresent(values, "role", form.role());
            putIfPresent(values, "phone", form.phone());
            Map<String, String> errors = new HashMap<>();
            for (FieldError f : e.errors()) {
                errors.putIfAbsent(f.field(), f.message());
            }
            return render(400, token, language, uri, values, errors, base, null);
        }
    }

    /**
     * The call to action's link: counts the click (questionnaire version and offer, nothing about
     * the reader) and sends the reader on. An offer key the questionnaire does not declare (an old
     * or edited link) leads to the offer this result gets now.
     */
    @GET
    @Path("next")
    public Response next(@PathParam("token") String token, @QueryParam("offer") String offer) {
        Stored stored = responses.byToken(token);
        Questionnaire q = stored.questionnaire();
        CallToAction cta = q.callToAction();
        if (cta == null) {
            throw new NotFound("This questionnaire offers no next step.");
        }
        String key = offer;
        CallToAction.Offer chosen = cta.byKey(offer);
        if (chosen == null) {
            ReportView view = assembler.assemble(stored);
            if (view.nextStep() == null) {
                throw new NotFound("This questionnaire offers no next step.");
            }
            key = view.nextStep().key();
            chosen = cta.byKey(key);
        }
        String url = assembler.nextStepUrl(chosen.url());
        if (url == null) {
            throw new NotFound("This questionnaire offers no next step.");
        }
        try {
            clicks.clicked(q.id(), q.version(), key);
        } catch (RuntimeException e) {
            // A click that could not be counted must still take the reader where they asked to go.
            org.jboss.logging.Logger.getLogger(ReportPage.class).warnf("CTA click not counted: %s", e.getMessage());
        }
        return Response.seeOther(java.net.URI.create(url))
                .header("Referrer-Policy", "no-referrer")
                .header("Cache-Control", "no-store")
                .build();
    }

    /**
     * The report as PDF ({@code /r/{token}.pdf}, see {@link ReportPdfPage}): the page's content and
     * chart, its link and date on every page. Behind the lead gate like the page itself.
     */
    Response pdf(String token, String lang, UriInfo uri, jakarta.ws.rs.core.HttpHeaders headers) {
        Prepared p;
        try {
            p = QuarkusTransaction.joiningExisting().call(() -> prepare(token, lang, Map.of(), Map.of()));
        } catch (NotFound e) {
            if (!deletedReports.wasDeleted(token)) {
                throw e;
            }
            // as the page: a deleted report's link says so (410), in the reader's language
            String locale = no.journeydiag.common.web.LocaleResolver.resolve(
                    lang, headers, no.journeydiag.common.web.LocaleResolver.UI_LOCALES);
            return respond(Html.builder(410, Templates.gone(locale, mount.base()), locale));
        }
        if (p.gated()) {
            return Response.seeOther(java.net.URI.create("/r/" + token)).build();
        }
        ReportView view = p.view();
        String share = shareUrl(view, uri);
        String html = page(p.stored().questionnaire(), view, share, p.team(), null, "", null)
                .setLocale(java.util.Locale.forLanguageTag(view.locale()))
                .render();
        String footer = share + " · " + ReportExtensions.pretty(view.completedAt(), view.locale());
        return Response.ok(ReportPdf.render(html, footer), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"report.pdf\"")
                .header("Cache-Control", "no-store")
                .header("X-Robots-Tag", "noindex, nofollow")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }

    /** The address a lead form posts to, opened again (a language switch or a reload after an error): the report. */
    @GET
    @Path("lead")
    public Response leadAgain(@PathParam("token") String token, @QueryParam("lang") String lang) {
        String query = lang != null && lang.matches("[a-z]{2}") ? "?lang=" + lang : "";
        if (!no.journeydiag.common.Tokens.wellFormed(token)) {
            responses.byToken(token); // the report page's own 404 for a token that cannot exist
        }
        return Response.seeOther(java.net.URI.create(mount.base() + "/r/" + token + query + "#lead"))
                .build();
    }

    @GET
    @Path("delete")
    @Produces(MediaType.TEXT_HTML)
    public Response confirmDelete(@PathParam("token") String token) {
        String base = mount.base();
        Stored stored = responses.byToken(token);
        String locale = stored.locale();
        Questionnaire q = stored.questionnaire();
        return Html.builder(200, Templates.delete(token, q.title().in(locale, q.defaultLocale()), locale, base), locale)
                .header("Referrer-Policy", "no-referrer")
                .build();
    }

    @POST
    @Path("delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response delete(@PathParam("token") String token) {
        String base = mount.base();
        Stored stored = responses.byToken(token);
        responses.delete(token);
        cache.forget(token);
        return Html.page(200, Templates.deleted(stored.locale(), base, stored.questionnaireId()), stored.locale());
    }

    /**
     * What a report page shows, read in one transaction: the gate when {@code gated}; else the
     * comparison as of now, with which the report is assembled ({@link #view}) only when no kept page fits.
     */
    private record Prepared(
            Stored stored,
            String locale,
            LeadBox lead,
            boolean gated,
            TeamLink team,
            no.journeydiag.compare.service.Comparisons.Comparison comparison,
            ReportAssembler assembler) {
        ReportView view() {
            return assembler.assemble(stored, locale, comparison);
        }
    }

    private Response render(
            int status,
            String token,
            String lang,
            UriInfo uri,
            Map<String, String> values,
            Map<String, String> errors,
            String base,
            jakarta.ws.rs.core.HttpHeaders headers) {
        // The response, its lead, the peer figures and the workshop in one transaction, which ends
        // before the page is rendered: no connection is held while HTML is written.
        Prepared p = QuarkusTransaction.joiningExisting().call(() -> prepare(token, lang, values, errors));
        Questionnaire q = p.stored().questionnaire();
        if (p.gated()) {
            return respond(Html.builder(
                    status,
                    Templates.gate(
                            p.stored().token(),
                            q.title().in(p.locale(), q.defaultLocale()),
                            p.locale(),
                            q.locales(),
                            p.lead(),
                            base),
                    p.locale()));
        }
        String share = shareUrlOf(p.stored().token(), uri);
        // Pages with what a visitor typed (a lead form with errors) are theirs alone: never kept.
        if (status != 200 || !values.isEmpty() || !errors.isEmpty()) {
            return respond(Html.builder(status, page(p, share, base), p.locale()));
        }
        ReportPageCache.Page kept = cache.get(
                new ReportPageCache.Slot(p.stored().token(), p.locale(), base, share),
                new ReportPageCache.Version(
                        p.lead() != null && p.lead().saved(),
                        p.team() == null ? null : String.valueOf(p.team().url()),
                        p.comparison()),
                () -> {
                    String html = page(p, share, base)
                            .setLocale(java.util.Locale.forLanguageTag(p.locale()))
                            .render();
                    return ReportPageCache.Page.of(null, html, csrf.issued());
                });
        // The visitor's own form token, which sets their cookie when they have none yet.
        String visitorToken = kept.hasToken() ? csrf.getToken() : "";
        String etag = kept.etag(visitorToken);
        Response.ResponseBuilder b = ReportPageCache.matches(headers, etag)
                ? Response.notModified()
                : Response.ok(kept.bytes(visitorToken))
                        .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                        .header("Content-Language", p.locale());
        // Stored by the browser only to revalidate: every view asks us, so a deleted link is gone at once.
        return respond(b.header("ETag", etag).header("Cache-Control", "private, no-cache"));
    }

    /** The report page of {@code p}, ready to render. */
    private TemplateInstance page(Prepared p, String share, String base) {
        ReportView view = p.view();
        String completed = base.isEmpty()
                ? null
                : json.write(new Completed(
                        view.token(),
                        share,
                        view.overall().score(),
                        view.elements().stream()
                                .map(e -> new Completed.Element(e.id(), e.label(), e.score()))
                                .toList()));
        return page(p.stored().questionnaire(), view, share, p.team(), p.lead(), base, completed);
    }

    /** The report page's template with its chart, ready to render (also what bench/run-render.sh measures). */
    static TemplateInstance page(
            Questionnaire q,
            ReportView view,
            String share,
            TeamLink team,
            LeadBox lead,
            String base,
            String completed) {
        return Templates.report(view, BarChart.of(view, q.bands()), q.locales(), share, team, lead, base, completed);
    }

    private Prepared prepare(String token, String lang, Map<String, String> values, Map<String, String> errors) {
        Stored stored = responses.viewByToken(token);
        // The language the answers were given in, unless the reader switches.
        String locale = lang != null && stored.questionnaire().locales().contains(lang) ? lang : stored.locale();
        Questionnaire q = stored.questionnaire();
        LeadCapture rule = q.leadCapture();
        LeadBox lead = null;
        if (rule.on() && stored.workshopId() == null) { // workshop answers stay anonymous: no lead form, no gate
            boolean saved = leads.given(stored.id());
            lead = new LeadBox(
                    stored.token(),
                    rule.mode() == LeadCapture.Mode.BEFORE_REPORT,
                    rule.fields(),
                    rule.consent().in(locale, q.defaultLocale()),
                    values,
                    errors,
                    saved);
            if (lead.gate() && !saved) {
                return new Prepared(stored, locale, lead, true, null, null, assembler);
            }
        }
        TeamLink team = stored.workshopId() == null
                ? null
                : new TeamLink(workshops.publishedTeamUrl(stored.workshopId()).orElse(null));
        return new Prepared(stored, locale, lead, false, team, assembler.comparison(stored), assembler);
    }

    private static Response respond(Response.ResponseBuilder page) {
        return page.header("X-Robots-Tag", null)
                .header("X-Robots-Tag", "noindex, nofollow")
                .header("Referrer-Policy", "no-referrer") // the token is in the URL
                .build();
    }

    private static void putIfPresent(Map<String, String> values, String key, String value) {
        if (value != null) {
            values.put(key, value.length() > 300 ? value.substring(0, 300) : value);
        }
    }

    /** The absolute link to share: from the configured public URL, else from this request. */
    private static String shareUrl(ReportView view, UriInfo uri) {
        return absolute(view.reportUrl(), uri);
    }

    private String shareUrlOf(String token, UriInfo uri) {
        return absolute(assembler.reportUrl(token), uri);
    }

    private static String absolute(String reportUrl, UriInfo uri) {
        return reportUrl.startsWith("http")
                ? reportUrl
                : uri.getBaseUri().resolve(reportUrl.substring(1)).toString();
    }
}
