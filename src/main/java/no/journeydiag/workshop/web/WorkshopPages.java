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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import no.journeydiag.account.service.Consultant;
import no.journeydiag.account.service.Roles;
import no.journeydiag.common.DomainException.Conflict;
import no.journeydiag.common.DomainException.Invalid;
import no.journeydiag.common.DomainException.Unavailable;
import no.journeydiag.common.FieldError;
import no.journeydiag.common.web.Formats;
import no.journeydiag.common.web.Html;
import no.journeydiag.common.web.LocaleResolver;
import no.journeydiag.common.web.PublicUrls;
import no.journeydiag.config.DiagnosticConfig;
import no.journeydiag.questionnaire.service.QuestionnaireRegistry;
import no.journeydiag.workshop.rest.WorkshopDtos;
import no.journeydiag.workshop.service.ParticipantCounts;
import no.journeydiag.workshop.service.Team;
import no.journeydiag.workshop.service.TeamExport;
import no.journeydiag.workshop.service.TeamReports;
import no.journeydiag.workshop.service.Workshop;
import no.journeydiag.workshop.service.WorkshopActions;
import no.journeydiag.workshop.service.Workshops;

/** The consultant's workshop pages: list, create, run (code, QR, present view), close, publish, delete, report. */
@Path("/")
@RolesAllowed(Roles.CONSULTANT)
public class WorkshopPages {

    /** A role's finished answers on the workshop page, labelled in the page's language. */
    public record RoleCount(String role, long count) {}

    /** {@code exportMerged}: the roles the export counts in "other"; times written the reader's way. */
    public record DetailView(
            String locale,
            Consultant me,
            Workshop w,
            String created,
            String opens,
            String closes,
            String joinUrl,
            String teamUrl,
            QrCode qr,
            ParticipantCounts.RoleCounts counts,
            List<RoleCount> roleCounts,
            ParticipantCounts.LiveCounts live,
            List<String> exportMerged) {}

    @CheckedTemplate(basePath = "workshop")
    static class Templates {
        static native TemplateInstance list(String locale, Consultant me, List<Workshop> workshops);

        static native TemplateInstance detail(DetailView view);

        static native TemplateInstance present(PresenterPage.PresentView view);

        static native TemplateInstance delete(String locale, Consultant me, Workshop w);

        static native TemplateInstance team(TeamView view, Consultant me);
    }

    private final Workshops workshops;
    private final TeamReports teams;
    private final ParticipantCounts participants;
    private final QuestionnaireRegistry registry;
    private final TeamExport export;
    private final SecurityIdentity identity;
    private final DiagnosticConfig config;
    private final WorkshopActions actions;

    public WorkshopPages(
            Workshops workshops,
            TeamReports teams,
            ParticipantCounts participants,
            QuestionnaireRegistry registry,
            TeamExport export,
            SecurityIdentity identity,
            DiagnosticConfig config,
            WorkshopActions actions) {
        this.actions = actions;
        this.workshops = workshops;
        this.teams = teams;
        this.participants = participants;
        this.registry = registry;
        this.export = export;
        this.identity = identity;
        this.config = config;
    }

    private Consultant me() {
        return Consultant.of(identity);
    }

    @GET
    @Path("consultant")
    @Produces(MediaType.TEXT_HTML)
    public Response list(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
        String loc = locale(lang, headers);
        return page(200, Templates.list(loc, me(), workshops.list(me())), loc, lang);
    }

    /** The consultant's language: ?lang= (remembered in the lang cookie), the cookie, then Accept-Language. */
    static String locale(String lang, HttpHeaders headers) {
        return LocaleResolver.resolve(lang, headers, LocaleResolver.UI_LOCALES);
    }

    /** A page in {@code loc}; an explicit, valid ?lang= is remembered for the consultant's other pages. */
    static Response page(int status, TemplateInstance t, String loc, String lang) {
        return Html.remembering(status, t, loc, lang);
    }

    @GET
    @Path("consultant/workshops/{id}")
    @Produces(MediaType.TEXT_HTML)
    public Response detail(
            @PathParam("id") long id,
            @QueryParam("lang") String lang,
            @Context UriInfo uri,
            @Context HttpHeaders headers) {
        String loc = locale(lang, headers);
        Workshop w = workshops.get(me(), id);
        String join = joinUrl(w, uri);
        List<String> merged =
                exportMerged(id).stream().map(r -> RoleLabels.label(r, loc)).toList();
        ParticipantCounts.RoleCounts counts = participants.byRole(me(), id);
        return page(
                200,
                Templates.detail(new DetailView(
                        loc,
                        me(),
                        w,
                        Formats.dateTime(w.createdAt(), loc),
                        Formats.dateTime(w.opensAt(), loc),
                        Formats.dateTime(w.closesAt(), loc),
                        join,
                        base(uri) + "/t/" + w.teamToken(),
                        QrCode.of(join),
                        counts,
                        counts.byRole().entrySet().stream()
                                .map(e -> new RoleCount(RoleLabels.label(e.getKey(), loc), e.getValue()))
                                .toList(),
                        participants.live(me(), id),
                        merged)),
                loc,
                lang);
    }

    /** The roles the export counts in "other", for the note beside the export link; none when there is no report to make. */
    private List<String> exportMerged(long id) {
        try {
            return teams.team(me(), id).report().groups().stream()
                    .filter(g -> g.role().equals(no.journeydiag.workshop.team.TeamReport.OTHER))
                    .flatMap(g -> g.merged().stream())
                    .toList();
        } catch (Conflict | Unavailable e) {
            return List.of(); // e.g. the questionnaire is gone or reports are busy: the page itself still works
        }
    }

    @POST
    @Path("consultant/workshops/{id}/{action: close|reopen|publish|unpublish}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@PathParam("id") long id, @PathParam("action") String action) {
        switch (action) {
            case "close" -> workshops.setClosed(me(), id, true);
            case "reopen" -> workshops.setClosed(me(), id, false);
            case "publish" -> workshops.setPublished(me(), id, true);
            default -> workshops.setPublished(me(), id, false);
        }
        return Response.seeOther(URI.create("/consultant/workshops/" + id)).build();
    }

    @GET
    @Path("consultant/workshops/{id}/delete")
    @Produces(MediaType.TEXT_HTML)
    public Response confirmDelete(
            @PathParam("id") long id, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        String loc = locale(lang, headers);
        return page(200, Templates.delete(loc, me(), workshops.get(me(), id)), loc, lang);
    }

    @POST
    @Path("consultant/workshops/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("id") long id, @FormParam("confirm") String confirm) {
        if (!"yes".equals(confirm)) {
            throw new Invalid(
                    "Tick the box to confirm that the workshop and all its answers should be deleted.",
                    List.of(new FieldError("confirm", "required")));
        }
        workshops.delete(me(), id);
        return Response.seeOther(URI.create("/consultant")).build();
    }

    @GET
    @Path("consultant/workshops/{id}/report")
    @Produces(MediaType.TEXT_HTML)
    public Response report(@PathParam("id") long id, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Team team = teams.team(me(), id);
        TeamView view = withActions(team, reportLocale(team, lang, headers), false);
        return Html.page(200, Templates.team(view, me()), view.locale());
    }

    @GET
    @Path("consultant/workshops/{id}/report.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response reportJson(@PathParam("id") long id, @Context UriInfo uri) {
        Team team = teams.team(me(), id);
        return Response.ok(WorkshopDtos.TeamReportJson.of(
                        team,
                        base(uri),
                        actions.list(me(), id),
                        actions.fromLastTime(team.workshop().previousWorkshopId())))
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("consultant/workshops/{id}/export.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") long id) {
        return Response.ok(export.csv(teams.data(me(), id)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"workshop-" + id + ".csv\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("consultant/workshops/{id}/actions.csv")
    @Produces("text/csv")
    public Response actionsCsv(@PathParam("id") long id) {
        List<WorkshopActions.Action> list = actions.list(me(), id);
        String language = teams.team(me(), id).workshop().language();
        return Response.ok(export.actionsCsv(list, language), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"workshop-" + id + "-actions.csv\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("consultant/workshops/{id}/report.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
        Team team = teams.team(me(), id);
        TeamView view = withActions(team, reportLocale(team, lang, headers), true);
        byte[] pdf = TeamPdf.render(view);
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"team-report-" + id + ".pdf\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    TeamView withActions(Team team, String loc, boolean pdf) {
        return TeamViews.of(
                team,
                loc,
                pdf,
                actions.list(me(), team.workshop().id()),
                actions.fromLastTime(team.workshop().previousWorkshopId()));
    }

    /** ?lang=, else the workshop's language, else the consultant's. */
    private static String reportLocale(Team team, String lang, HttpHeaders headers) {
        if (lang != null && team.questionnaire().locales().contains(lang)) {
            return lang;
        }
        String set = team.workshop().language();
        return set != null ? set : locale(null, headers);
    }

    private String base(UriInfo uri) {
        return PublicUrls.base(config, uri);
    }

    private String joinUrl(Workshop w, UriInfo uri) {
        return base(uri) + "/w/" + w.joinCode();
    }
}
