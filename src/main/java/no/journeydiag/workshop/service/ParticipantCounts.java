package no.journeydiag.workshop.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import no.journeydiag.account.service.Consultant;
import no.journeydiag.workshop.persistence.WorkshopEntity;
import no.journeydiag.workshop.persistence.WorkshopResponses;
import no.journeydiag.workshop.team.TeamReport;

/**
 * How many have joined and finished a workshop, read from the database on every call so that any
 * instance answers alike. Never a role with fewer than the threshold: the counts must not tell
 * whose answers just arrived.
 */
@ApplicationScoped
public class ParticipantCounts {

    /**
     * Participants in the present view: who joined (unfinished drafts and finished ones), who are
     * still answering and who finished. Never by role.
     */
    public record LiveCounts(long joined, long answering, long finished) {}

    /** Finished participants by role, for the workshop page: only roles with at least the threshold; the rest as one number. */
    public record RoleCounts(Map<String, Long> byRole, long otherRoles) {}

    private final WorkshopAccess access;
    private final WorkshopResponses responses;
    private final WorkshopViews views;

    ParticipantCounts(WorkshopAccess access, WorkshopResponses responses, WorkshopViews views) {
        this.access = access;
        this.responses = responses;
        this.views = views;
    }

    /** The present view's totals. */
    @Transactional
    public LiveCounts live(Consultant who, long id) {
        WorkshopEntity w = access.owned(who, id);
        long finished = responses.finished(w.id);
        long answering = responses.unfinished(w.id);
        return new LiveCounts(answering + finished, answering, finished);
    }

    /**
     * Finished participants by role, in the workshop's role order; roles with fewer than the
     * threshold are one "other roles" number, so the page never names a role of one or two.
     */
    @Transactional
    public RoleCounts byRole(Consultant who, long id) {
        WorkshopEntity w = access.owned(who, id);
        Map<String, Long> all = new LinkedHashMap<>();
        views.roles(w).forEach(r -> all.put(r, 0L));
        responses
                .finishedByRole(w.id)
                .forEach(r -> all.merge(r.role() == null ? TeamReport.OTHER : r.role(), r.count(), Long::sum));
        Map<String, Long> shown = new LinkedHashMap<>();
        long other = 0;
        for (var e : all.entrySet()) {
            if (e.getValue() >= w.anonymityThreshold) {
                shown.put(e.getKey(), e.getValue());
            } else {
                other += e.getValue();
            }
        }
        return new RoleCounts(shown, other);
    }
}
