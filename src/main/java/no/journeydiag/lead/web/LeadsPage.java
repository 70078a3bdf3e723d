package no.journeydiag.lead.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.account.service.Consultant;
import no.journeydiag.account.service.Roles;
import no.journeydiag.common.web.Html;
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
        static native TemplateInstance leads(Consultant me, Map<String, Long> counts, LeadService.Scope scope);
    }

    private final LeadService leads;
    private final Accounts accounts;
    private final SecurityIdentity identity;

    public LeadsPage(LeadService leads, Accounts accounts, SecurityIdentity identity) {
        this.leads = leads;
        this.accounts = accounts;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page() {
        LeadService.Scope scope = scope();
        return Html.page(200, Templates.leads(Consultant.of(identity), leads.counts(scope), scope), "en");
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
