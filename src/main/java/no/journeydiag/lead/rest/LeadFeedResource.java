package no.journeydiag.lead.rest;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import no.journeydiag.common.web.PublicUrls;
import no.journeydiag.account.service.Partner;
import no.journeydiag.common.Feed;
import no.journeydiag.common.ProblemException;
import no.journeydiag.config.DiagnosticConfig;
import no.journeydiag.lead.persistence.LeadEntity;
import no.journeydiag.response.persistence.ResponseEntity;

/** Leads for partners' servers (a CRM import), with a partner key, only of the questionnaires the key covers. */
@Path("/api/v1/leads")
@Tag(name = "Partner feeds")
@RolesAllowed(Partner.ROLE)
@SecurityScheme(securitySchemeName = "partner", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A partner key (jdp_…) created by an admin at /admin/partner-keys")
@SecurityRequirement(name = "partner")
@Produces(MediaType.APPLICATION_JSON)
public class LeadFeedResource {

    /** One lead with the result it came with. */
    public record LeadItem(long id, String questionnaire, String email, String name, String company, String role, String phone,
                           String locale, String consentVersion, OffsetDateTime consentedAt, String resultToken, String reportUrl) { }

    private final SecurityIdentity identity;
    private final DiagnosticConfig config;

    public LeadFeedResource(SecurityIdentity identity, DiagnosticConfig config) {
        this.identity = identity;
        this.config = config;
    }

    @GET
    @Transactional
    @Operation(summary = "Leads given with consent, oldest first from since",
            description = "Page with the next link until it is null. Only questionnaires the key covers; never leads given by "
                    + "workshop participants.")
    @APIResponse(responseCode = "400", description = "since, after or limit malformed")
    @APIResponse(responseCode = "401", description = "No partner key, or an unknown or revoked one")
    @APIResponse(responseCode = "403", description = "The key does not cover the questionnaire asked for")
    public Feed<LeadItem> leads(@QueryParam("since") String since, @QueryParam("after") String after,
                                @QueryParam("limit") String limit, @QueryParam("questionnaire") String questionnaire) {
        Partner partner = Partner.of(identity);
        Feed.Window w = Feed.window(since, after, limit);
        if (questionnaire != null && !partner.mayRead(questionnaire)) {
            throw new ProblemException(403, "Not covered by this key", "This key does not cover questionnaire '"
                    + questionnaire + "'. Ask the admin for a key that does.", List.of());
        }
        // Never workshop participants' leads: the lead ties their name to their report link and answers.
        StringBuilder q = new StringBuilder("responseId in (select r.id from ResponseEntity r where r.workshopId is null)"
                + " and (consentedAt > ?1 or (consentedAt = ?1 and id > ?2))");
        List<Object> params = new java.util.ArrayList<>(List.of(w.since(), w.after()));
        if (questionnaire != null) {
            q.append(" and questionnaire = ?3");
            params.add(questionnaire);
        } else if (!partner.questionnaires().isEmpty()) {
            q.append(" and questionnaire in ?3");
            params.add(List.copyOf(partner.questionnaires()));
        }
        List<LeadEntity> rows = LeadEntity.find(q + " order by consentedAt, id", params.toArray()).page(0, w.limit()).list();
        java.util.Map<Long, String> tokens = new java.util.HashMap<>();
        if (!rows.isEmpty()) {
            ResponseEntity.<ResponseEntity>list("id in ?1", rows.stream().map(l -> l.responseId).toList())
                    .forEach(r -> tokens.put(r.id, r.reportToken));
        }
        String base = PublicUrls.configured(config);
        List<LeadItem> items = rows.stream().map(l -> new LeadItem(l.id, l.questionnaire, l.email, l.name, l.company, l.role, l.phone,
                l.locale, l.consentVersion, l.consentedAt, tokens.get(l.responseId), base + "/r/" + tokens.get(l.responseId))).toList();
        LeadEntity last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        return new Feed<>(items, last == null ? null : Feed.next("/api/v1/leads", rows.size(), w, last.consentedAt, last.id,
                questionnaire == null ? null : "&questionnaire=" + java.net.URLEncoder.encode(questionnaire, java.nio.charset.StandardCharsets.UTF_8)));
    }
}
