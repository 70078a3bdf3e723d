package no.journeydiag.workshop.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import no.journeydiag.account.service.Consultant;
import no.journeydiag.account.service.Roles;
import no.journeydiag.common.DomainException.Invalid;
import no.journeydiag.common.FieldError;
import no.journeydiag.questionnaire.service.QuestionnaireRegistry;
import no.journeydiag.workshop.service.Workshop;
import no.journeydiag.workshop.service.WorkshopActions;
import no.journeydiag.workshop.service.Workshops;

/**
 * Recording the actions agreed in the room, from the team report or the presenter view's last
 * slide; back to where the form was (only those places: no open redirect). An action that cannot
 * be recorded shows the form again, as typed, with what to fix in the page's language.
 */
@Path("/consultant/workshops/{id}/actions")
@RolesAllowed(Roles.CONSULTANT)
public class ActionsPage {

    /** The form as typed; {@code invalid} the ids of the inputs to fix. */
    public record Form(String what, String owner, String due, String link, List<String> invalid) {
        public boolean invalid(String input) {
            return invalid.contains(input);
        }
    }

    public record FixView(
            String locale,
            String organisation,
            long workshopId,
            String back,
            String backUrl,
            List<JoinPage.RoleChoice> roles,
            List<JoinPage.RoleChoice> links,
            Form form,
            List<FieldError> errors) {}

    @CheckedTemplate(basePath = "workshop")
    static class Templates {
        static native TemplateInstance actionfix(FixView view);
    }

    private final WorkshopActions actions;
    private final Workshops workshops;
    private final QuestionnaireRegistry registry;
    private final SecurityIdentity identity;

    public ActionsPage(
            WorkshopActions actions, Workshops workshops, QuestionnaireRegistry registry, SecurityIdentity identity) {
        this.actions = actions;
        this.workshops = workshops;
        this.registry = registry;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(
            @PathParam("id") long id,
            @FormParam("what") String what,
            @FormParam("owner") String owner,
            @FormParam("due") String due,
            @FormParam("link") String link,
            @FormParam("back") String back,
            @FormParam("lang") String lang,
            @Context HttpHeaders headers) {
        try {
            actions.add(Consultant.of(identity), id, what, owner, due, link);
        } catch (Invalid e) {
            String loc = WorkshopPages.locale(lang, headers);
            List<FieldError> errors = FormErrors.action(e.errors(), loc);
            Form form = new Form(
                    nz(what),
                    nz(owner),
                    nz(due),
                    nz(link),
                    errors.stream().map(FieldError::field).toList());
            return WorkshopPages.page(400, Templates.actionfix(fix(id, back, loc, form, errors)), loc, null);
        }
        return back(id, back);
    }

    private FixView fix(long id, String back, String loc, Form form, List<FieldError> errors) {
        Workshop w = workshops.get(Consultant.of(identity), id);
        List<JoinPage.RoleChoice> links = registry.find(w.questionnaire())
                .map(c -> ActionViews.linkChoices(
                        c.questionnaire(), loc, c.questionnaire().defaultLocale()))
                .orElse(List.of());
        return new FixView(
                loc,
                w.organisation(),
                id,
                back == null ? "" : back,
                to(id, back),
                w.roles().stream()
                        .map(r -> new JoinPage.RoleChoice(r, RoleLabels.label(r, loc)))
                        .toList(),
                links,
                form,
                errors);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @POST
    @Path("{action}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@PathParam("id") long id, @PathParam("action") long action, @FormParam("back") String back) {
        actions.remove(Consultant.of(identity), id, action);
        return back(id, back);
    }

    private static Response back(long id, String back) {
        return Response.seeOther(URI.create(to(id, back))).build();
    }

    private static String to(long id, String back) {
        return switch (back == null ? "" : back) {
            case "present" -> "/consultant/workshops/" + id + "/present?reveal=1#actions";
            case "report" -> "/consultant/workshops/" + id + "/report#actions";
            default -> "/consultant/workshops/" + id;
        };
    }
}
