package no.journeydiag.workshop.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.journeydiag.account.service.Consultant;
import no.journeydiag.account.service.Roles;
import no.journeydiag.common.DomainException.Invalid;
import no.journeydiag.common.FieldError;
import no.journeydiag.common.web.Html;
import no.journeydiag.questionnaire.service.QuestionnaireRegistry;
import no.journeydiag.workshop.service.Workshop;
import no.journeydiag.workshop.service.Workshops;

/** Creating a workshop: the form, and the form again with what to fix when the settings are refused. */
@Path("/")
@RolesAllowed(Roles.CONSULTANT)
public class NewWorkshopPage {

    public record Choice(String id, String title) {}

    /** The create form, refilled after an error; {@code zone} is the time zone times are entered in. */
    public record NewView(
            String locale,
            String zone,
            String language,
            Consultant me,
            List<Choice> questionnaires,
            List<Workshop> earlier,
            String organisation,
            String questionnaire,
            String roles,
            int threshold,
            String opensAt,
            String closesAt,
            Long previous,
            List<FieldError> errors) {}

    @CheckedTemplate(basePath = "workshop")
    static class Templates {
        static native TemplateInstance create(NewView view);
    }

    private final Workshops workshops;
    private final QuestionnaireRegistry registry;
    private final SecurityIdentity identity;

    public NewWorkshopPage(Workshops workshops, QuestionnaireRegistry registry, SecurityIdentity identity) {
        this.workshops = workshops;
        this.registry = registry;
        this.identity = identity;
    }

    private Consultant me() {
        return Consultant.of(identity);
    }

    private static String locale(String lang, HttpHeaders headers) {
        return WorkshopPages.locale(lang, headers);
    }

    private static Response page(int status, TemplateInstance t, String loc, String lang) {
        return WorkshopPages.page(status, t, loc, lang);
    }

    @GET
    @Path("consultant/workshops/new")
    @Produces(MediaType.TEXT_HTML)
    public Response newForm(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        String loc = locale(lang, headers);
        return page(
                200,
                Templates.create(newView(
                        loc,
                        loc,
                        "",
                        "journey-ownership",
                        String.join("\n", Workshops.DEFAULT_ROLES),
                        Workshops.DEFAULT_THRESHOLD,
                        "",
                        "",
                        null,
                        List.of())),
                loc,
                lang);
    }

    @POST
    @Path("consultant/workshops")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response create(
            @FormParam("organisation") String organisation,
            @FormParam("questionnaire") String questionnaire,
            @FormParam("roles") String roles,
            @FormParam("anonymityThreshold") String threshold,
            @FormParam("opensAt") String opensAt,
            @FormParam("closesAt") String closesAt,
            @FormParam("previous") String previous,
            @FormParam("language") String language,
            @Context HttpHeaders headers) {
        String loc = locale(null, headers);
        List<FieldError> errors = new ArrayList<>();
        Integer t = integer(threshold, "anonymityThreshold", errors);
        OffsetDateTime opens = time(opensAt, "opensAt", errors);
        OffsetDateTime closes = time(closesAt, "closesAt", errors);
        Long prev = workshopId(previous, "previousWorkshopId", errors);
        List<String> roleList =
                roles == null ? null : Arrays.stream(roles.split("[\\r\\n,]+")).toList();
        try {
            Workshop w = workshops.create(
                    me(),
                    new Workshops.Settings(organisation, questionnaire, roleList, t, opens, closes, prev, language),
                    errors);
            return Response.seeOther(URI.create("/consultant/workshops/" + w.id()))
                    .build();
        } catch (Invalid e) {
            return Html.page(
                    400,
                    Templates.create(newView(
                            loc,
                            language,
                            organisation,
                            questionnaire,
                            roles,
                            t == null ? 3 : t,
                            opensAt,
                            closesAt,
                            prev,
                            FormErrors.localise(e.errors(), loc))),
                    loc);
        }
    }

    private NewView newView(
            String loc,
            String language,
            String org,
            String q,
            String roles,
            int threshold,
            String opens,
            String closes,
            Long previous,
            List<FieldError> errors) {
        List<Choice> qs = registry.all().stream()
                .map(c -> new Choice(
                        c.questionnaire().id(),
                        c.questionnaire().title().in(loc, c.questionnaire().defaultLocale())))
                .toList();
        return new NewView(
                loc,
                no.journeydiag.common.web.Formats.zone().getId(),
                language == null ? loc : language,
                me(),
                qs,
                workshops.list(me()),
                org == null ? "" : org,
                q,
                roles == null ? "" : roles,
                threshold,
                opens == null ? "" : opens,
                closes == null ? "" : closes,
                previous,
                errors);
    }

    private static Integer integer(String s, String field, List<FieldError> errors) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(field, "enter a whole number"));
            return null;
        }
    }

    /** The earlier workshop picked from the form's list; anything but a positive whole number is a field error. */
    private static Long workshopId(String s, String field, List<FieldError> errors) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(s.trim());
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(field, "choose an earlier workshop from the list"));
        return null;
    }

    /** datetime-local inputs carry no zone; they are read in diagnostic.time-zone, which the form names. */
    private static OffsetDateTime time(String s, String field, List<FieldError> errors) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(s.trim())
                    .atZone(no.journeydiag.common.web.Formats.zone())
                    .toOffsetDateTime();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "use a date and time like 2026-11-23T09:00"));
            return null;
        }
    }
}
