package no.journeydiag.lead.web;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import no.journeydiag.account.persistence.ConsultantEntity;
import no.journeydiag.account.service.Consultant;
import no.journeydiag.common.web.Html;
import no.journeydiag.lead.service.LeadService;

/** Consultants and admins download the leads given with consent, as CSV. */
@Path("/consultant/leads")
@RolesAllowed(ConsultantEntity.CONSULTANT)
public class LeadsPage {

    @CheckedTemplate(basePath = "lead")
    static class Templates {
        static native TemplateInstance leads(Consultant me, Map<String, Long> counts);
    }

    private final LeadService leads;
    private final SecurityIdentity identity;

    public LeadsPage(LeadService leads, SecurityIdentity identity) {
        this.leads = leads;
        this.identity = identity;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page() {
        return Html.page(200, Templates.leads(Consultant.of(identity), leads.counts()), "en");
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response csv(@QueryParam("questionnaire") String questionnaire) {
        return Response.ok(leads.csv(questionnaire), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"leads.csv\"")
                .header("Cache-Control", "no-store").build();
    }
}
