package no.journeydiag.workshop.service;

import com.fasterxml.jackson.core.type.TypeReference;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import no.journeydiag.account.service.Consultant;
import no.journeydiag.common.DomainException.Conflict;
import no.journeydiag.common.JsonText;
import no.journeydiag.config.DiagnosticConfig;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.questionnaire.service.QuestionnaireRegistry;
import no.journeydiag.response.persistence.ResponseEntity;
import no.journeydiag.response.service.ResponseService;
import no.journeydiag.response.service.Stored;
import no.journeydiag.workshop.persistence.WorkshopEntity;
import no.journeydiag.workshop.persistence.WorkshopRepository;
import no.journeydiag.workshop.persistence.WorkshopResponses;
import no.journeydiag.workshop.persistence.WorkshopResponses.Stamp;
import no.journeydiag.workshop.service.Team.Release;
import no.journeydiag.workshop.team.Anonymity;
import no.journeydiag.workshop.team.Releases;
import no.journeydiag.workshop.team.TeamAggregator;
import no.journeydiag.workshop.team.TeamAggregator.Participant;
import no.journeydiag.workshop.team.TeamReport;

/**
 * Team reports, made only from released responses. A closed workshop's pending responses are
 * released when someone opens any view of its team figures, if {@link Releases} finds it safe;
 * the release is one UPDATE under a lock of the workshop row, so concurrent viewers and several
 * instances release once.
 */
@ApplicationScoped
public class TeamReports {

    /** What a team report is made from: the released set of the workshop and of its linked earlier one. Equal keys make equal reports. */
    private record TeamKey(
            long workshopId,
            Stamp released,
            int threshold,
            Long previousId,
            Stamp previous,
            int previousThreshold,
            String questionnaire) {}

    private final QuestionnaireRegistry registry;
    private final ResponseService responses;
    private final DiagnosticConfig config;
    private final WorkshopRepository workshops;
    private final WorkshopResponses rows;
    private final WorkshopAccess access;
    private final WorkshopViews views;
    private final TeamReportCache cache;
    private final JsonText json;
    /** Pending sets found unsafe to release, by workshop: not judged again until something changes. */
    private final Map<Long, List<Stamp>> refused = new ConcurrentHashMap<>();

    TeamReports(
            QuestionnaireRegistry registry,
            ResponseService responses,
            DiagnosticConfig config,
            WorkshopRepository workshops,
            WorkshopResponses rows,
            WorkshopAccess access,
            WorkshopViews views,
            TeamReportCache cache,
            JsonText json) {
        this.registry = registry;
        this.responses = responses;
        this.config = config;
        this.workshops = workshops;
        this.rows = rows;
        this.access = access;
        this.views = views;
        this.cache = cache;
        this.json = json;
    }

    /** The team report of a workshop {@code who} may see. */
    @Transactional
    public Team team(Consultant who, long id) {
        return team(access.owned(who, id));
    }

    /** The published team report behind a participant's link; unpublished and unknown are the same 404. */
    @Transactional
    public Team published(String token) {
        return team(access.published(token));
    }

    /** The team report with the released participants and how they are grouped, read afresh (several MB for a large workshop). */
    @Transactional
    public TeamData data(Consultant who, long id) {
        WorkshopEntity w = access.owned(who, id);
        Questionnaire q = current(w);
        releaseIfSafe(w, q);
        return cache.withPermit(() -> {
            List<List<Participant>> batches = batches(w.id);
            List<Participant> all = batches.stream().flatMap(List::stream).toList();
            TeamReport report = aggregate(w, q, batches);
            Anonymity.Layout layout = report.belowThreshold()
                    ? null
                    : Anonymity.layout(q, all, w.anonymityThreshold, Releases.carry(q, batches, w.anonymityThreshold));
            return new TeamData(new Team(views.view(w), q, report, release(w.id)), layout);
        });
    }

    /** Releases what waits as soon as a workshop is closed (if safe), so that closing alone publishes the team's answers. */
    void closed(WorkshopEntity w) {
        releaseIfSafe(w, current(w));
    }

    void forget(long workshopId) {
        cache.forget(workshopId);
        refused.remove(workshopId);
    }

    /**
     * The team report, made again only when the released set changed (a few small queries tell).
     * Kept per instance; the key makes every instance's copy exact.
     */
    private Team team(WorkshopEntity w) {
        Questionnaire q = current(w);
        releaseIfSafe(w, q);
        Stamp released = rows.stamp(w.id, true);
        TeamKey key = key(w, q, released);
        TeamReportCache.Prepared kept =
                cache.get(w.id, key, () -> new TeamReportCache.Prepared(key, q, aggregate(w, q, batches(w.id))));
        return new Team(
                views.view(w),
                kept.questionnaire(),
                kept.report(),
                new Release(released.count(), rows.stamp(w.id, false).count(), released.releasedAt()));
    }

    /**
     * Releases the pending responses of a closed workshop when {@link Releases#safe} allows. The
     * workshop row is locked first and everything read again, so whoever waited for the lock sees
     * the release another request (or instance) just made and does not make it twice.
     */
    private void releaseIfSafe(WorkshopEntity w, Questionnaire q) {
        if (Workshops.state(w) != Workshop.State.CLOSED) {
            return;
        }
        Stamp pending = rows.stamp(w.id, false);
        if (pending.count() == 0 || List.of(rows.stamp(w.id, true), pending).equals(refused.get(w.id))) {
            return;
        }
        workshops.lock(w); // a close in this transaction survives the refresh
        if (Workshops.state(w) != Workshop.State.CLOSED) {
            return; // reopened meanwhile
        }
        List<ResponseEntity> waiting = rows.pending(w.id);
        if (waiting.isEmpty()) {
            return;
        }
        cache.withPermit(() -> {
            List<List<Participant>> batches = batches(w.id);
            List<Participant> candidates =
                    waiting.stream().map(this::participant).toList();
            if (Releases.safe(q, batches, candidates, w.anonymityThreshold)) {
                OffsetDateTime at = now();
                Stamp released = rows.stamp(w.id, true);
                if (released.releasedAt() != null && !at.isAfter(released.releasedAt())) {
                    at = released.releasedAt().plus(1, ChronoUnit.MILLIS); // batches are told apart by their time
                }
                rows.release(waiting.stream().map(e -> e.id).toList(), at);
                refused.remove(w.id);
            } else {
                refused.put(w.id, List.of(rows.stamp(w.id, true), rows.stamp(w.id, false)));
            }
            rows.detach(waiting); // read again as released, not from this transaction's stale copies
            return null;
        });
    }

    /** Released, pending and when last released, for the report's explanation. */
    private Release release(long workshopId) {
        Stamp released = rows.stamp(workshopId, true);
        return new Release(released.count(), rows.stamp(workshopId, false).count(), released.releasedAt());
    }

    /**
     * The report, compared with the linked earlier workshop's released figures; those are kept with
     * this workshop each time they are read, and used once the earlier workshop is gone.
     */
    private TeamReport aggregate(WorkshopEntity w, Questionnaire q, List<List<Participant>> batches) {
        TeamReport previous = null;
        WorkshopEntity p =
                w.previousId == null ? null : workshops.find(w.previousId).orElse(null);
        if (p != null) {
            previous = report(q, batches(p.id), p.anonymityThreshold, null);
            keep(w, previous);
        } else if (w.previousSnapshot != null) {
            previous = kept(w.previousSnapshot);
        }
        return report(q, batches, w.anonymityThreshold, previous);
    }

    /** Keeps the earlier workshop's figures with every later workshop compared with it, before it is deleted. */
    void keepForLinked(WorkshopEntity earlier) {
        List<WorkshopEntity> later = workshops.linkedTo(earlier.id);
        if (later.isEmpty()) {
            return;
        }
        // Without its questionnaire there are no figures to keep; the deletion goes ahead all the same.
        registry.find(earlier.questionnaire)
                .map(QuestionnaireRegistry.Current::questionnaire)
                .ifPresent(q -> {
                    TeamReport figures = report(q, batches(earlier.id), earlier.anonymityThreshold, null);
                    later.forEach(w -> keep(w, figures));
                });
    }

    /**
     * The kept figures. The change since last time never reads their "improve first", whose shape
     * changed after figures were first kept, so it is left out before reading.
     */
    private TeamReport kept(String snapshot) {
        Map<String, Object> fields = json.read(snapshot, new TypeReference<LinkedHashMap<String, Object>>() {});
        fields.put("improveFirst", List.of());
        return json.read(json.write(fields), new TypeReference<TeamReport>() {});
    }

    private void keep(WorkshopEntity later, TeamReport earlier) {
        TeamReport bare = earlier.withoutComparison();
        String text = json.write(bare);
        if (!text.equals(later.previousSnapshot)) {
            later.previousSnapshot = text;
        }
    }

    private TeamReport report(Questionnaire q, List<List<Participant>> batches, int threshold, TeamReport previous) {
        List<Participant> all = batches.stream().flatMap(List::stream).toList();
        return TeamAggregator.aggregate(
                q, all, threshold, config.workshops().gapThreshold(), previous, Releases.carry(q, batches, threshold));
    }

    /** The released responses in their release batches, oldest first. */
    private List<List<Participant>> batches(long workshopId) {
        List<List<Participant>> out = new ArrayList<>();
        OffsetDateTime at = null;
        for (ResponseEntity e : rows.released(workshopId)) {
            if (at == null || !at.isEqual(e.teamReleasedAt)) {
                out.add(new ArrayList<>());
                at = e.teamReleasedAt;
            }
            out.get(out.size() - 1).add(participant(e));
        }
        return out;
    }

    private Participant participant(ResponseEntity e) {
        Stored s = responses.stored(e);
        return new Participant(
                e.participantRole == null ? TeamReport.OTHER : e.participantRole, s.answers(), s.result());
    }

    private TeamKey key(WorkshopEntity w, Questionnaire q, Stamp released) {
        WorkshopEntity p =
                w.previousId == null ? null : workshops.find(w.previousId).orElse(null);
        return new TeamKey(
                w.id,
                released,
                w.anonymityThreshold,
                p == null ? null : p.id,
                p == null ? Stamp.NONE : rows.stamp(p.id, true),
                p == null ? 0 : p.anonymityThreshold,
                q.id() + "@" + q.version() + "#" + q.contentHash());
    }

    /** The questionnaire version reports are made with; one removed from the questionnaires directory is a 409, not a 500. */
    private Questionnaire current(WorkshopEntity w) {
        return registry.find(w.questionnaire)
                .map(QuestionnaireRegistry.Current::questionnaire)
                .orElseThrow(() -> new Conflict(
                        "This workshop's questionnaire is not loaded",
                        "The team report needs questionnaire '" + w.questionnaire
                                + "', which this service no longer offers. "
                                + "Put its file back in the questionnaires directory and restart."));
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
