package no.journeydiag.lead.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.account.service.Consultant;
import no.journeydiag.account.service.Roles;
import no.journeydiag.common.web.Formats;
import no.journeydiag.common.web.Html;
import no.journeydiag.common.web.LocaleResolver;
import no.journeydiag.lead.service.LeadService;

/**
 * Consultants and admins download the leads given with consent, as CSV. An admin sees every lead;
 * a consultant the public leads of the questionnaires an admin allowed for them. Workshop answers
 * never carry a lead.
 */
@Path("/consultant/leads")
@RolesAllowed(Roles.CONSULTANT)
public class LeadsPage {

    @CheckedTemplate(basePath = "lead")
    static class Templates {
        static native TemplateInstance leads(LeadsView view);
    }

    private final LeadService leads;
    private final Accounts accounts;
    private final SecurityIdentity identity;

    public LeadsPage(LeadService leads, Accounts accounts, SecurityIdentity identity) {
        this.leads = leads;
        this.accounts = accounts;
        this.identity = identity;
    }

    /** At most this many rows on the page; the CSV has every lead. */
    static final int SHOWN = 200;

    /** The page: counts by questionnaire and the newest leads, dated in the service's time zone. */
    public record LeadsView(
            String locale,
            Consultant me,
            Map<String, Long> counts,
            LeadService.Scope scope,
            List<LeadService.Listed> leads,
            long total) {

        public String when(OffsetDateTime time) {
            return Formats.dateTime(time, locale);
        }

        public long shown() {
            return leads.size();
        }

        public String number(long n) {
            return NumberFormat.getIntegerInstance(Locale.forLanguageTag(locale))
                    .format(n);
        }
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        String loc = LocaleResolver.resolve(lang, headers, LocaleResolver.UI_LOCALES);
        LeadService.Scope scope = scope();
        Map<String, Long> counts = leads.counts(scope);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        LeadsView view = new LeadsView(loc, Consultant.of(identity), counts, scope, leads.newest(scope, SHOWN), total);
        return Html.remembering(200, Templates.leads(view), loc, lang);
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("questionnaire") String questionnaire) {
        return Response.ok(leads.csv(scope(), questionnaire), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"leads.csv\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    private LeadService.Scope scope() {
        Consultant me = Consultant.of(identity);
        return me.admin() ? LeadService.Scope.ALL : new LeadService.Scope(false, accounts.leadQuestionnaires(me.id()));
    }
}
