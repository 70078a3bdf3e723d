package no.journeydiag.workshop.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import no.journeydiag.workshop.service.Team;
import no.journeydiag.workshop.service.Workshop;
import no.journeydiag.workshop.service.WorkshopActions;
import no.journeydiag.workshop.team.TeamReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request and response bodies of the workshop API. */
public final class WorkshopDtos {

    private WorkshopDtos() {}

    @Schema(
            description = "A new workshop. Omitted fields take their defaults.",
            example =
                    "{\"organisation\": \"Acme AS\", \"questionnaire\": \"journey-ownership\", \"anonymityThreshold\": 3}")
    public record CreateWorkshop(
            @Schema(description = "The client organisation", example = "Acme AS") @NotBlank @Size(max = 120)
            String organisation,

            @Schema(description = "Questionnaire id", example = "journey-ownership") @NotBlank
            String questionnaire,

            @Schema(
                    description =
                            "Roles participants choose from; default leadership, marketing, sales, product, customer service, operations, other")
            @Size(max = 15)
            List<String> roles,

            @Schema(description = "Smallest group whose statistics are shown (default 3)") @Min(1) @Max(50)
            Integer anonymityThreshold,

            @Schema(description = "No answers before this time")
            OffsetDateTime opensAt,

            @Schema(description = "No answers from this time")
            OffsetDateTime closesAt,

            @Schema(description = "An earlier workshop of the same client, to show change per element")
            Long previousWorkshopId) {}

    @Schema(description = "Change a workshop's state; omitted fields stay as they are.", example = "{\"closed\": true}")
    public record UpdateWorkshop(
            @Schema(description = "Closed workshops take no new answers")
            Boolean closed,

            @Schema(description = "Whether participants can open the team report")
            Boolean published) {}

    @Schema(description = "A workshop")
    public record WorkshopJson(
            long id,
            String organisation,
            String questionnaire,
            List<String> roles,
            int anonymityThreshold,
            @Schema(nullable = true) OffsetDateTime opensAt,
            @Schema(nullable = true) OffsetDateTime closesAt,

            @Schema(enumeration = {"open", "not-yet-open", "closed"})
            String state,

            boolean published,
            String joinCode,
            String joinUrl,
            String teamReportUrl,
            long participants,
            @Schema(nullable = true) Long previousWorkshopId,
            OffsetDateTime createdAt) {

        public static WorkshopJson of(Workshop w, String base) {
            return new WorkshopJson(
                    w.id(),
                    w.organisation(),
                    w.questionnaire(),
                    w.roles(),
                    w.anonymityThreshold(),
                    w.opensAt(),
                    w.closesAt(),
                    w.state().id(),
                    w.published(),
                    w.joinCode(),
                    base + "/w/" + w.joinCode(),
                    base + "/t/" + w.teamToken(),
                    w.participants(),
                    w.previousWorkshopId(),
                    w.createdAt());
        }
    }

    @Schema(description = "How far the team report has been released: it shows only released answers")
    public record ReleaseJson(
            @Schema(description = "Answers in the report") long released,

            @Schema(
                    description =
                            "Newer answers waiting: they join when the workshop is closed and adding them singles no one out")
            long pending,

            @Schema(description = "When answers last joined the report; null before the first release", nullable = true)
            OffsetDateTime releasedAt) {}

    @Schema(description = "The team report: ids and numbers; labels come from GET /api/v1/questionnaires/{id}")
    public record TeamReportJson(
            WorkshopJson workshop,
            ReleaseJson release,
            TeamReport report,

            @Schema(description = "Actions agreed in the room (owner: a function, due: a date or null)")
            List<WorkshopActions.Action> actions,

            @Schema(description = "The earlier workshop's actions, for the change since last time")
            List<WorkshopActions.Action> actionsFromLastTime) {

        public static TeamReportJson of(Team team, String base) {
            return of(team, base, List.of(), List.of());
        }

        public static TeamReportJson of(
                Team team, String base, List<WorkshopActions.Action> actions, List<WorkshopActions.Action> before) {
            var r = team.release();
            return new TeamReportJson(
                    WorkshopJson.of(team.workshop(), base),
                    new ReleaseJson(r.released(), r.pending(), r.releasedAt()),
                    team.report(),
                    actions,
                    before);
        }
    }
}
