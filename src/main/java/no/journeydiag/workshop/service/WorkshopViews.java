package no.journeydiag.workshop.service;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import no.journeydiag.common.JsonText;
import no.journeydiag.questionnaire.service.QuestionnaireRegistry;
import no.journeydiag.workshop.persistence.WorkshopEntity;
import no.journeydiag.workshop.persistence.WorkshopRepository;
import no.journeydiag.workshop.persistence.WorkshopResponses;

/** Workshop rows as the {@link Workshop} views every page and the API show. Callers hold the transaction. */
@ApplicationScoped
class WorkshopViews {

    private final QuestionnaireRegistry registry;
    private final WorkshopRepository workshops;
    private final WorkshopResponses responses;
    private final JsonText json;

    WorkshopViews(
            QuestionnaireRegistry registry, WorkshopRepository workshops, WorkshopResponses responses, JsonText json) {
        this.registry = registry;
        this.workshops = workshops;
        this.responses = responses;
        this.json = json;
    }

    Workshop view(WorkshopEntity w) {
        return views(List.of(w)).get(0);
    }

    /** Views of several workshops with two queries in all (participant counts, owner names), not two per workshop. */
    List<Workshop> views(List<WorkshopEntity> all) {
        if (all.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> participants =
                responses.finishedPer(all.stream().map(w -> w.id).toList());
        Map<Long, String> owners =
                workshops.ownerNames(all.stream().map(w -> w.ownerId).distinct().toList());
        Map<Long, Long> later = workshops.laterOf(all.stream().map(w -> w.id).toList());
        return all.stream()
                .map(w -> new Workshop(
                        w.id,
                        w.organisation,
                        w.questionnaire,
                        title(w.questionnaire),
                        roles(w),
                        w.anonymityThreshold,
                        w.opensAt,
                        w.closesAt,
                        w.closed,
                        w.published,
                        w.joinCode,
                        JoinCodes.display(w.joinCode),
                        w.teamToken,
                        Workshops.state(w),
                        participants.getOrDefault(w.id, 0L),
                        w.previousId,
                        owners.getOrDefault(w.ownerId, ""),
                        w.createdAt,
                        w.language,
                        w.previousDeleted,
                        later.getOrDefault(w.id, 0L)))
                .toList();
    }

    /** The roles participants choose from, in the consultant's order. */
    List<String> roles(WorkshopEntity w) {
        return json.read(w.roles, new TypeReference<List<String>>() {});
    }

    private String title(String questionnaire) {
        return registry.find(questionnaire)
                .map(c -> c.questionnaire().title().in("en", c.questionnaire().defaultLocale()))
                .orElse(questionnaire);
    }
}
