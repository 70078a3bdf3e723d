package no.journeydiag.funnel.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.account.service.Consultant;
import no.journeydiag.account.service.Roles;
import no.journeydiag.common.Csv;
import no.journeydiag.common.DomainException;
import no.journeydiag.common.FieldError;
import no.journeydiag.common.web.Formats;
import no.journeydiag.common.web.Html;
import no.journeydiag.common.web.LocaleResolver;
import no.journeydiag.config.DiagnosticConfig;
import no.journeydiag.funnel.service.FunnelReport;
import no.journeydiag.questionnaire.service.QuestionnaireRegistry;
import no.journeydiag.report.service.CtaClicks;

/**
 * The funnel dashboard for admins and consultants: per questionnaire and period, each step's
 * count, embedded and hosted, the drop-off as a server-side SVG chart, by source, the clicks on the
 * report's next step, and as CSV.
 */
@Path("/consultant/funnel")
@RolesAllowed({Roles.CONSULTANT, Roles.ADMIN})
public class FunnelPage {

    /** One row of the steps table, labelled for the page's language. */
    public record Row(String step, String label, long total, long embedded, long hosted, String ofPrevious) {}

    /** Clicks on the report's next step for one offer, labelled for the page's language. */
    public record Click(String offer, String label, long clicks) {}

    /** One score distribution, labelled, with its bars drawn on the server. */
    public record Spread(String metric, String label, List<Long> bands, long total, String svg) {}

    /** The bands' names, as the page and the CSV head them. */
    static final List<String> BANDS =
            List.of("0-10", "10-20", "20-30", "30-40", "40-50", "50-60", "60-70", "70-80", "80-90", "90-100");

    @CheckedTemplate(basePath = "funnel")
    static class Templates {
        static native TemplateInstance funnel(
                String locale,
                Consultant me,
                List<String> questionnaires,
                String questionnaire,
                String from,
                String to,
                List<Row> rows,
                List<FunnelReport.Source> sources,
                String chart,
                List<Spread> spreads,
                List<String> bands,
                int floor,
                List<Click> clicks);
    }

    private final FunnelReport reports;
    private final QuestionnaireRegistry registry;
    private final SecurityIdentity identity;
    private final Accounts accounts;
    private final DiagnosticConfig config;
    private final CtaClicks ctaClicks;

    public FunnelPage(
            FunnelReport reports,
            QuestionnaireRegistry registry,
            SecurityIdentity identity,
            Accounts accounts,
            DiagnosticConfig config,
            CtaClicks ctaClicks) {
        this.ctaClicks = ctaClicks;
        this.reports = reports;
        this.registry = registry;
        this.identity = identity;
        this.accounts = accounts;
        this.config = config;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(
            @QueryParam("questionnaire") String questionnaire,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("lang") String lang,
            HttpHeaders headers) {
        String l = LocaleResolver.resolve(lang, headers, LocaleResolver.UI_LOCALES);
        FunnelMsg msg = MessageBundles.get(FunnelMsg.class, Localized.Literal.of(l));
        FunnelReport.Report r = report(questionnaire, from, to);
        List<Row> rows = rows(r, msg, l);
        return Html.page(
                200,
                Templates.funnel(
                        l,
                        Consultant.of(identity),
                        ids(),
                        r.questionnaire(),
                        r.from().toString(),
                        r.to().toString(),
                        rows,
                        r.sources(),
                        FunnelChart.svg(rows, msg.chart()),
                        spreads(r.questionnaire(), msg),
                        BANDS,
                        config.compare().minResponses(),
                        clicks(r, msg, l)),
                l);
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response csv(
            @QueryParam("questionnaire") String questionnaire,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        FunnelReport.Report r = report(questionnaire, from, to);
        StringBuilder out = new StringBuilder("questionnaire,from,to,step,total,embedded,hosted\r\n");
        for (FunnelReport.Step s : r.steps()) {
            out.append(Csv.row(List.of(
                    r.questionnaire(),
                    r.from().toString(),
                    r.to().toString(),
                    s.step(),
                    Long.toString(s.total()),
                    Long.toString(s.embedded()),
                    Long.toString(s.hosted()))));
        }
        out.append("\r\nsource,landing,started,finished,lead\r\n");
        for (FunnelReport.Source s : r.sources()) {
            out.append(Csv.row(List.of(
                    s.source(),
                    Long.toString(s.landing()),
                    Long.toString(s.started()),
                    Long.toString(s.finished()),
                    Long.toString(s.lead()))));
        }
        out.append("\r\nnext_step_offer,clicks\r\n");
        for (CtaClicks.OfferClicks c : ctaClicks.byOffer(r.questionnaire(), r.from(), r.to())) {
            out.append(Csv.row(List.of(c.offer(), Long.toString(c.clicks()))));
        }
        out.append("\r\n")
                .append(Csv.row(new ArrayList<>(java.util.stream.Stream.concat(
                                java.util.stream.Stream.of("metric", "responses"), BANDS.stream())
                        .toList())));
        for (FunnelReport.Distribution d :
                reports.distributions(r.questionnaire(), config.compare().minResponses())) {
            List<String> cells = new ArrayList<>(List.of(d.metric(), Long.toString(d.total())));
            d.bands().forEach(n -> cells.add(Long.toString(n)));
            out.append(Csv.row(cells));
        }
        return Response.ok(out.toString(), "text/csv; charset=utf-8")
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"funnel-" + r.questionnaire() + "-" + r.from() + "-" + r.to() + ".csv\"")
                .build();
    }

    /**
     * The questionnaires this reader may see: every one for an admin; for a consultant those whose
     * public leads an admin opened to them (the funnel, like those leads, is public traffic only).
     */
    private List<Spread> spreads(String questionnaire, FunnelMsg msg) {
        return reports.distributions(questionnaire, config.compare().minResponses()).stream()
                .map(d -> {
                    String label = d.metric().equals("overall") ? msg.overall() : d.metric();
                    return new Spread(
                            d.metric(), label, d.bands(), d.total(), FunnelChart.histogram(d.bands(), BANDS, label));
                })
                .toList();
    }

    private List<String> ids() {
        Consultant me = Consultant.of(identity);
        Set<String> allowed = me.admin() ? null : accounts.leadQuestionnaires(me.id());
        return registry.all().stream()
                .map(c -> c.questionnaire().id())
                .filter(id -> allowed == null || allowed.contains(id))
                .toList();
    }

    private FunnelReport.Report report(String questionnaire, String from, String to) {
        List<String> ids = ids();
        boolean named = questionnaire != null && !questionnaire.isBlank();
        if (ids.isEmpty()
                || named
                        && !ids.contains(questionnaire)
                        && registry.find(questionnaire).isPresent()) {
            throw new DomainException.Forbidden(
                    "Not your questionnaire",
                    "Your account may not see this funnel. An admin chooses which questionnaires' leads and"
                            + " funnels you see, under Accounts.");
        }
        String q = named ? questionnaire : ids.get(0);
        List<FieldError> errors = new ArrayList<>();
        if (!ids.contains(q)) {
            errors.add(new FieldError("questionnaire", "Choose one of " + String.join(", ", ids) + "."));
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        LocalDate f = date(from, today.minusDays(29), "from", errors);
        LocalDate t = date(to, today, "to", errors);
        if (errors.isEmpty() && f.isAfter(t)) {
            errors.add(new FieldError("from", "The first day must not be after the last."));
        }
        if (errors.isEmpty() && f.plusYears(2).isBefore(t)) {
            errors.add(new FieldError("to", "Show at most two years at a time."));
        }
        if (!errors.isEmpty()) {
            throw new DomainException.Invalid("The funnel cannot be shown for this choice.", errors);
        }
        return reports.report(q, f, t);
    }

    private static LocalDate date(String s, LocalDate fallback, String field, List<FieldError> errors) {
        if (s == null || s.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "Give a date as YYYY-MM-DD."));
            return fallback;
        }
    }

    /** Each offer's clicks, named as the consultant wrote the call to action: the default, by sign, by band. */
    private List<Click> clicks(FunnelReport.Report r, FunnelMsg msg, String l) {
        var q = registry.find(r.questionnaire()).map(c -> c.questionnaire()).orElse(null);
        return ctaClicks.byOffer(r.questionnaire(), r.from(), r.to()).stream()
                .map(c -> new Click(c.offer(), offerLabel(c.offer(), q, msg, l), c.clicks()))
                .toList();
    }

    /** The offer named as the report named it: the sign's or band's label in the page's language, else its id. */
    static String offerLabel(
            String offer, no.journeydiag.questionnaire.model.Questionnaire q, FunnelMsg msg, String l) {
        if (offer.equals("default")) {
            return msg.offer_default();
        }
        java.util.Map<String, no.journeydiag.questionnaire.model.LocalizedText> labels = new java.util.HashMap<>();
        if (q != null) {
            q.warningSigns().forEach(w -> labels.put("sign:" + w.id(), w.label()));
            q.bands().forEach(band -> labels.put("band:" + band.id(), band.label()));
        }
        String id = offer.substring(offer.indexOf(':') + 1);
        String label = labels.containsKey(offer) ? labels.get(offer).in(l, q.defaultLocale()) : id;
        if (offer.startsWith("sign:")) {
            return msg.offer_sign(label);
        }
        return offer.startsWith("band:") ? msg.offer_band(label) : offer;
    }

    static List<Row> rows(FunnelReport.Report r, FunnelMsg msg, String l) {
        List<Row> rows = new ArrayList<>();
        Long previous = null;
        for (FunnelReport.Step s : r.steps()) {
            String label = switch (s.step()) {
                case "landing" -> msg.step_landing();
                case "started" -> msg.step_started();
                case "review" -> msg.step_review();
                case "finished" -> msg.step_finished();
                case "lead" -> msg.step_lead();
                default -> s.step().startsWith("step-") ? msg.step_n(s.step().substring(5)) : s.step();
            };
            String share = previous == null || previous == 0 ? "" : Formats.percent((double) s.total() / previous, l);
            rows.add(new Row(s.step(), label, s.total(), s.embedded(), s.hosted(), share));
            previous = s.total();
        }
        return rows;
    }
}
