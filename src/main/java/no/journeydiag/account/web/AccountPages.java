package no.journeydiag.account.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import no.journeydiag.account.service.Account;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.account.service.ApiTokens;
import no.journeydiag.account.service.Consultant;
import no.journeydiag.account.service.PartnerKeys;
import no.journeydiag.account.service.Roles;
import no.journeydiag.common.DomainException.Invalid;
import no.journeydiag.common.FieldError;
import no.journeydiag.common.web.Html;
import no.journeydiag.questionnaire.service.QuestionnaireRegistry;

/** A consultant's API tokens; the admins' accounts and partner keys. */
@Path("/")
public class AccountPages {

    public record TokensView(
            Consultant me, List<ApiTokens.TokenInfo> tokens, String created, List<FieldError> errors) {}

    /** {@code questionnaires}: the ids an admin can allow a consultant's public leads of. */
    public record AccountsView(
            Consultant me, List<Account> accounts, List<String> questionnaires, List<FieldError> errors) {}

    public record PartnersView(
            Consultant me,
            List<PartnerKeys.KeyInfo> keys,
            List<String> questionnaires,
            String created,
            List<FieldError> errors) {}

    @CheckedTemplate(basePath = "account")
    static class Templates {
        static native TemplateInstance tokens(TokensView view);

        static native TemplateInstance accounts(AccountsView view);

        static native TemplateInstance partners(PartnersView view);
    }

    private final Accounts accounts;
    private final ApiTokens tokens;
    private final PartnerKeys partnerKeys;
    private final SecurityIdentity identity;
    private final QuestionnaireRegistry registry;

    public AccountPages(
            Accounts accounts,
            ApiTokens tokens,
            PartnerKeys partnerKeys,
            SecurityIdentity identity,
            QuestionnaireRegistry registry) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.partnerKeys = partnerKeys;
        this.identity = identity;
        this.registry = registry;
    }

    @GET
    @Path("admin/partner-keys")
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.TEXT_HTML)
    public Response partnerKeys() {
        return Html.page(200, Templates.partners(partnersView(null, List.of())), "en");
    }

    @POST
    @Path("admin/partner-keys")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response createPartnerKey(
            @FormParam("name") String name, @FormParam("questionnaire") List<String> questionnaires) {
        try {
            String key = partnerKeys.create(
                    name,
                    questionnaires == null ? List.of() : questionnaires,
                    java.util.Set.copyOf(questionnaireIds()));
            return Html.page(201, Templates.partners(partnersView(key, List.of())), "en"); // shown once
        } catch (Invalid e) {
            return Html.page(400, Templates.partners(partnersView(null, e.errors())), "en");
        }
    }

    @POST
    @Path("admin/partner-keys/{id}/revoke")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revokePartnerKey(@PathParam("id") long id) {
        partnerKeys.revoke(id);
        return Response.seeOther(URI.create("/admin/partner-keys")).build();
    }

    private PartnersView partnersView(String created, List<FieldError> errors) {
        return new PartnersView(Consultant.of(identity), partnerKeys.list(), questionnaireIds(), created, errors);
    }

    private List<String> questionnaireIds() {
        return registry.all().stream().map(c -> c.questionnaire().id()).toList();
    }

    @GET
    @Path("consultant/tokens")
    @RolesAllowed(Roles.CONSULTANT)
    @Produces(MediaType.TEXT_HTML)
    public Response tokens() {
        Consultant me = Consultant.of(identity);
        return Html.page(200, Templates.tokens(new TokensView(me, tokens.list(me), null, List.of())), "en");
    }

    @POST
    @Path("consultant/tokens")
    @RolesAllowed(Roles.CONSULTANT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response createToken(@FormParam("name") String name) {
        Consultant me = Consultant.of(identity);
        try {
            String token = tokens.create(me, name);
            // Shown once, in this response only; the page is not cached.
            return Html.page(201, Templates.tokens(new TokensView(me, tokens.list(me), token, List.of())), "en");
        } catch (Invalid e) {
            return Html.page(400, Templates.tokens(new TokensView(me, tokens.list(me), null, e.errors())), "en");
        }
    }

    @POST
    @Path("consultant/tokens/{id}/revoke")
    @RolesAllowed(Roles.CONSULTANT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(Consultant.of(identity), id);
        return Response.seeOther(URI.create("/consultant/tokens")).build();
    }

    @GET
    @Path("admin/accounts")
    @RolesAllowed(Roles.ADMIN)
    @Produces(MediaType.TEXT_HTML)
    public Response accounts() {
        return Html.page(200, Templates.accounts(accountsView(List.of())), "en");
    }

    @POST
    @Path("admin/accounts")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(
            @FormParam("username") String username,
            @FormParam("displayName") String displayName,
            @FormParam("password") String password,
            @FormParam("role") String role) {
        try {
            accounts.create(username, displayName, password, role == null ? Roles.CONSULTANT : role);
            return Response.seeOther(URI.create("/admin/accounts")).build();
        } catch (Invalid e) {
            return Html.page(400, Templates.accounts(accountsView(e.errors())), "en");
        }
    }

    private AccountsView accountsView(List<FieldError> errors) {
        return new AccountsView(Consultant.of(identity), accounts.accounts(), questionnaireIds(), errors);
    }

    /** Which questionnaires' public leads a consultant sees at /consultant/leads (their own workshops' always). */
    @POST
    @Path("admin/accounts/{id}/leads")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response leadAccess(@PathParam("id") long id, @FormParam("questionnaire") List<String> questionnaires) {
        try {
            accounts.setLeadQuestionnaires(
                    id, questionnaires == null ? List.of() : questionnaires, java.util.Set.copyOf(questionnaireIds()));
            return Response.seeOther(URI.create("/admin/accounts")).build();
        } catch (Invalid e) {
            return Html.page(400, Templates.accounts(accountsView(e.errors())), "en");
        }
    }

    @POST
    @Path("admin/accounts/{id}/{action: enable|disable}")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enable(@PathParam("id") long id, @PathParam("action") String action) {
        accounts.setEnabled(Consultant.of(identity), id, action.equals("enable"));
        return Response.seeOther(URI.create("/admin/accounts")).build();
    }
}
