package no.journeydiag.workshop.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import no.journeydiag.account.service.Consultant;
import no.journeydiag.common.DomainException.Invalid;
import no.journeydiag.common.DomainException.NotFound;
import no.journeydiag.common.FieldError;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.questionnaire.service.QuestionnaireRegistry;
import no.journeydiag.workshop.persistence.ActionEntity;
import no.journeydiag.workshop.persistence.WorkshopEntity;

/** The actions a consultant records in the room, and those of the earlier workshop for the change view. */
@ApplicationScoped
public class WorkshopActions {

    static final int MAX_WHAT = 300;
    static final int MAX_OWNER = 40;
    static final int MAX_ACTIONS = 50;

    /** {@code link}: element:&lt;id&gt; or sign:&lt;id&gt; of the workshop's questionnaire, or null. */
    public record Action(long id, String what, String owner, LocalDate due, String link) {}

    private final WorkshopAccess access;
    private final QuestionnaireRegistry registry;

    WorkshopActions(WorkshopAccess access, QuestionnaireRegistry registry) {
        this.access = access;
        this.registry = registry;
    }

    @Transactional
    public List<Action> list(Consultant who, long workshop) {
        return views(access.owned(who, workshop).id);
    }

    /** The actions shown with a published team report (no consultant signed in). */
    @Transactional
    public List<Action> published(String teamToken) {
        return views(access.published(teamToken).id);
    }

    /** The earlier workshop's actions ("actions from last time"); none without one. */
    @Transactional
    public List<Action> fromLastTime(Long previousWorkshopId) {
        return previousWorkshopId == null ? List.of() : views(previousWorkshopId);
    }

    @Transactional
    public Action add(Consultant who, long workshop, String what, String owner, String due, String link) {
        WorkshopEntity w = access.owned(who, workshop);
        List<FieldError> errors = new ArrayList<>();
        String text = what == null ? "" : what.strip();
        if (text.isEmpty() || text.length() > MAX_WHAT) {
            errors.add(new FieldError("what", "say what is to be done in 1–" + MAX_WHAT + " characters"));
        }
        String by = owner == null ? "" : owner.strip();
        if (by.isEmpty() || by.length() > MAX_OWNER) {
            errors.add(new FieldError("owner", "name the function that owns it in 1–" + MAX_OWNER + " characters"));
        }
        LocalDate date = null;
        if (due != null && !due.isBlank()) {
            try {
                date = LocalDate.parse(due.strip());
            } catch (java.time.format.DateTimeParseException e) {
                errors.add(new FieldError("due", "use a date like 2026-12-31"));
            }
        }
        String l = link == null || link.isBlank() ? null : link.strip();
        if (l != null && !linkable(w, l)) {
            errors.add(new FieldError("link", "choose an element or warning sign from the list"));
        }
        if (ActionEntity.count("workshopId", w.id) >= MAX_ACTIONS) {
            errors.add(new FieldError("what", "a workshop holds at most " + MAX_ACTIONS + " actions"));
        }
        if (!errors.isEmpty()) {
            throw new Invalid("The action could not be recorded; see errors.", errors);
        }
        ActionEntity a = new ActionEntity();
        a.workshopId = w.id;
        a.what = text;
        a.ownerRole = by;
        a.due = date;
        a.link = l;
        a.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        a.persist();
        return view(a);
    }

    @Transactional
    public void remove(Consultant who, long workshop, long action) {
        WorkshopEntity w = access.owned(who, workshop);
        long n = ActionEntity.delete("id = ?1 and workshopId = ?2", action, w.id);
        if (n == 0) {
            throw new NotFound("There is no action " + action + " in this workshop.");
        }
    }

    private boolean linkable(WorkshopEntity w, String link) {
        Questionnaire q =
                registry.find(w.questionnaire).map(c -> c.questionnaire()).orElse(null);
        if (q == null) {
            return false;
        }
        if (link.startsWith("element:")) {
            return q.elements().stream().anyMatch(e -> e.id().equals(link.substring(8)));
        }
        if (link.startsWith("sign:")) {
            return q.warningSigns().stream().anyMatch(s -> s.id().equals(link.substring(5)));
        }
        return false;
    }

    private static List<Action> views(long workshop) {
        return ActionEntity.of(workshop).stream().map(WorkshopActions::view).toList();
    }

    private static Action view(ActionEntity a) {
        return new Action(a.id, a.what, a.ownerRole, a.due, a.link);
    }
}
