package no.journeydiag.lead.rest;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import no.journeydiag.account.service.Partner;
import no.journeydiag.account.service.Roles;
import no.journeydiag.common.DomainException.Forbidden;
import no.journeydiag.common.Feed;
import no.journeydiag.common.web.PublicUrls;
import no.journeydiag.config.DiagnosticConfig;
import no.journeydiag.lead.service.LeadService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Leads for partners' servers (a CRM import), with a partner key, only of the questionnaires the key covers. */
@Path("/api/v1/leads")
@Tag(name = "Partner feeds")
@RolesAllowed(Roles.PARTNER)
@SecurityScheme(
        securitySchemeName = "partner",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        description = "A partner key (jdp_…) created by an admin at /admin/partner-keys")
@SecurityRequirement(name = "partner")
@Produces(MediaType.APPLICATION_JSON)
public class LeadFeedResource {

    /** One lead with the result it came with. */
    public record LeadItem(
            long id,
            String questionnaire,
            String email,
            @Schema(nullable = true) String name,
            @Schema(nullable = true) String company,
            @Schema(nullable = true) String role,
            @Schema(nullable = true) String phone,
            String locale,
            String consentVersion,
            OffsetDateTime consentedAt,
            String resultToken,

            @Schema(description = "Absolute when public-base-url is set, else null", nullable = true)
            String reportUrl,

            @Schema(
                    description = "Hidden-field values given with the response (utm_source…); empty when none",
                    example = "{\"utm_source\": \"newsletter\", \"utm_campaign\": \"spring-2026\"}")
            Map<String, String> hidden) {}

    private final SecurityIdentity identity;
    private final DiagnosticConfig config;
    private final LeadService leads;

    public LeadFeedResource(SecurityIdentity identity, DiagnosticConfig config, LeadService leads) {
        this.identity = identity;
        this.config = config;
        this.leads = leads;
    }

    @GET
    @Operation(
            summary = "Leads given with consent, oldest first from since",
            description =
                    "Page with the next link until it is null. Only questionnaires the key covers; never leads given by "
                            + "workshop participants.")
    @APIResponse(
            responseCode = "200",
            description = "One page of items; next is the link to the following page, null at the end")
    @APIResponse(responseCode = "400", description = "since, after or limit malformed")
    @APIResponse(responseCode = "401", description = "No partner key, or an unknown or revoked one")
    @APIResponse(responseCode = "403", description = "The key does not cover the questionnaire asked for")
    public Feed<LeadItem> leads(
            @QueryParam("since") String since,
            @QueryParam("after") String after,
            @QueryParam("limit") String limit,
            @QueryParam("questionnaire") String questionnaire) {
        Partner partner = Partner.of(identity);
        Feed.Window w = Feed.window(since, after, limit);
        if (questionnaire != null && !partner.mayRead(questionnaire)) {
            throw new Forbidden(
                    "Not covered by this key",
                    "This key does not cover questionnaire '" + questionnaire
                            + "'. Ask the admin for a key that does.");
        }
        List<String> covered = questionnaire != null ? List.of(questionnaire) : List.copyOf(partner.questionnaires());
        String base = PublicUrls.configured(config);
        List<LeadItem> items = leads.feed(w, covered).stream()
                .map(l -> new LeadItem(
                        l.id(),
                        l.questionnaire(),
                        l.email(),
                        l.name(),
                        l.company(),
                        l.role(),
                        l.phone(),
                        l.locale(),
                        l.consentVersion(),
                        l.consentedAt(),
                        l.resultToken(),
                        base.isEmpty() || l.resultToken() == null ? null : base + "/r/" + l.resultToken(),
                        l.hidden()))
                .toList();
        return Feed.of(
                items,
                w,
                "/api/v1/leads",
                LeadItem::consentedAt,
                LeadItem::id,
                questionnaire == null
                        ? null
                        : "&questionnaire=" + URLEncoder.encode(questionnaire, StandardCharsets.UTF_8));
    }
}
