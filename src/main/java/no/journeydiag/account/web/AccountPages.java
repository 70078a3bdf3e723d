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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import no.journeydiag.account.service.Account;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.account.service.ApiTokens;
import no.journeydiag.account.service.Consultant;
import no.journeydiag.account.service.PartnerKeys;
import no.journeydiag.account.service.PasswordPolicy;
import no.journeydiag.account.service.Roles;
import no.journeydiag.common.DomainException.Invalid;
import no.journeydiag.common.FieldError;
import no.journeydiag.common.web.Formats;
import no.journeydiag.common.web.Html;
import no.journeydiag.common.web.LocaleResolver;
import no.journeydiag.questionnaire.service.QuestionnaireRegistry;

/** A consultant's API tokens; the admins' accounts and partner keys. */
@Path("/")
public class AccountPages {

    public record TokensView(
            String locale, Consultant me, List<ApiTokens.TokenInfo> tokens, String created, List<FieldError> errors) {

        /** A day in the service's time zone, the reader's way. */
        public String date(OffsetDateTime time) {
            return Formats.date(time, locale);
        }
    }

    /** {@code questionnaires}: the ids an admin can allow a consultant's public leads of. */
    public record AccountsView(
            String locale,
            Consultant me,
            List<Account> accounts,
            List<String> questionnaires,
            List<FieldError> errors) {

        public int minPassword() {
            return PasswordPolicy.MIN_LENGTH;
        }
    }

    public record PartnersView(
            String locale,
            Consultant me,
            List<PartnerKeys.KeyInfo> keys,
            List<String> questionnaires,
            String created,
            List<FieldError> errors) {

        public String date(OffsetDateTime time) {
            return Formats.date(time, locale);
        }
    }

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
    public Response partnerKeys(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        String loc = locale(lang, headers);
        return Html.remembering(200, Templates.partners(partnersView(loc, null, List.of())), loc, lang);
    }

    @POST
    @Path("admin/partner-keys")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response createPartnerKey(
            @FormParam("name") String name,
            @FormParam("questionnaire") List<String> questionnaires,
            @Context HttpHeaders headers) {
        String loc = locale(null, headers);
        try {
            String key = partnerKeys.create(
                    name,
                    questionnaires == null ? List.of() : questionnaires,
                    java.util.Set.copyOf(questionnaireIds()));
            return Html.page(201, Templates.partners(partnersView(loc, key, List.of())), loc); // shown once
        } catch (Invalid e) {
            List<FieldError> errors = AccountErrors.localise(e.errors(), loc, true);
            return Html.page(400, Templates.partners(partnersView(loc, null, errors)), loc);
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

    private PartnersView partnersView(String loc, String created, List<FieldError> errors) {
        return new PartnersView(loc, Consultant.of(identity), partnerKeys.list(), questionnaireIds(), created, errors);
    }

    /** The consultant's language: ?lang=, the lang cookie, then Accept-Language. */
    private static String locale(String lang, HttpHeaders headers) {
        return LocaleResolver.resolve(lang, headers, LocaleResolver.UI_LOCALES);
    }

    private List<String> questionnaireIds() {
        return registry.all().stream().map(c -> c.questionnaire().id()).toList();
    }

    @GET
    @Path("consultant/tokens")
    @RolesAllowed(Roles.CONSULTANT)
    @Produces(MediaType.TEXT_HTML)
    public Response tokens(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Consultant me = Consultant.of(identity);
        String loc = locale(lang, headers);
        return Html.remembering(
                200, Templates.tokens(new TokensView(loc, me, tokens.list(me), null, List.of())), loc, lang);
    }

    @POST
    @Path("consultant/tokens")
    @RolesAllowed(Roles.CONSULTANT)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response createToken(@FormParam("name") String name, @Context HttpHeaders headers) {
        Consultant me = Consultant.of(identity);
        String loc = locale(null, headers);
        try {
            String token = tokens.create(me, name);
            // Shown once, in this response only; the page is not cached.
            return Html.page(201, Templates.tokens(new TokensView(loc, me, tokens.list(me), token, List.of())), loc);
        } catch (Invalid e) {
            List<FieldError> errors = AccountErrors.localise(e.errors(), loc, false);
            return Html.page(400, Templates.tokens(new TokensView(loc, me, tokens.list(me), null, errors)), loc);
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
    public Response accounts(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        String loc = locale(lang, headers);
        return Html.remembering(200, Templates.accounts(accountsView(loc, List.of())), loc, lang);
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
            @FormParam("role") String role,
            @Context HttpHeaders headers) {
        String loc = locale(null, headers);
        try {
            accounts.create(username, displayName, password, role == null ? Roles.CONSULTANT : role);
            return Response.seeOther(URI.create("/admin/accounts")).build();
        } catch (Invalid e) {
            return accountsError(loc, e);
        }
    }

    private Response accountsError(String loc, Invalid e) {
        List<FieldError> errors = AccountErrors.localise(e.errors(), loc, false);
        return Html.page(400, Templates.accounts(accountsView(loc, errors)), loc);
    }

    private AccountsView accountsView(String loc, List<FieldError> errors) {
        return new AccountsView(loc, Consultant.of(identity), accounts.accounts(), questionnaireIds(), errors);
    }

    /** Which questionnaires' public leads a consultant sees at /consultant/leads (workshop answers carry none). */
    @POST
    @Path("admin/accounts/{id}/leads")
    @RolesAllowed(Roles.ADMIN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response leadAccess(
            @PathParam("id") long id,
            @FormParam("questionnaire") List<String> questionnaires,
            @Context HttpHeaders headers) {
        try {
            accounts.setLeadQuestionnaires(
                    id, questionnaires == null ? List.of() : questionnaires, java.util.Set.copyOf(questionnaireIds()));
            return Response.seeOther(URI.create("/admin/accounts")).build();
        } catch (Invalid e) {
            return accountsError(locale(null, headers), e);
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
