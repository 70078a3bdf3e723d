package no.journeydiag.workshop.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import no.journeydiag.common.DomainException.Conflict;
import no.journeydiag.common.DomainException.Unavailable;
import no.journeydiag.config.DiagnosticConfig;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.questionnaire.service.QuestionnaireRegistry;
import no.journeydiag.response.persistence.ResponseEntity;
import no.journeydiag.response.service.ResponseService;
import no.journeydiag.response.service.Stored;
import no.journeydiag.workshop.persistence.WorkshopEntity;
import no.journeydiag.workshop.service.WorkshopService.Release;
import no.journeydiag.workshop.service.WorkshopService.Team;
import no.journeydiag.workshop.service.WorkshopService.TeamData;
import no.journeydiag.workshop.service.WorkshopService.Workshop;
import no.journeydiag.workshop.team.Anonymity;
import no.journeydiag.workshop.team.Releases;
import no.journeydiag.workshop.team.TeamAggregator;
import no.journeydiag.workshop.team.TeamAggregator.Participant;
import no.journeydiag.workshop.team.TeamReport;

/**
 * Team reports, made only from released responses. A closed workshop's pending responses are
 * released when someone opens any view of its team figures, if {@link Releases} finds it safe;
 * the release is one UPDATE under a lock of the workshop row, so concurrent viewers and several
 * instances release once. Callers hold the transaction.
 */
@ApplicationScoped
class TeamReports {

    /** What a team report is made from: the released set of the workshop and of its linked earlier one. Equal keys make equal reports. */
    private record TeamKey(long workshopId, Stamp released, int threshold, Long previousId, Stamp previous,
                           int previousThreshold, String questionnaire) { }

    /** Count, newest id and latest release time of a set of responses: a release moves the time, a deletion the count. */
    record Stamp(long count, long newest, OffsetDateTime releasedAt) {
        static final Stamp NONE = new Stamp(0, 0, null);
    }

    private record Prepared(TeamKey key, Questionnaire questionnaire, TeamReport report) { }

    private final QuestionnaireRegistry registry;
    private final ResponseService responses;
    private final DiagnosticConfig config;
    private final Semaphore permits;
    /** Recently viewed team reports by workshop id, least recently used dropped first (bounded by config). */
    private final Map<Long, Prepared> prepared;
    /** Pending sets found unsafe to release, by workshop: not judged again until something changes. */
    private final Map<Long, List<Stamp>> refused = new ConcurrentHashMap<>();

    TeamReports(QuestionnaireRegistry registry, ResponseService responses, DiagnosticConfig config) {
        this.registry = registry;
        this.responses = responses;
        this.config = config;
        this.permits = new Semaphore(config.workshops().concurrentTeamReports(), true);
        int keep = config.workshops().keptTeamReports();
        this.prepared = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Prepared> eldest) {
                return size() > keep;
            }
        });
    }

    void forget(long workshopId) {
        prepared.remove(workshopId);
        refused.remove(workshopId);
    }

    /**
     * The team report, made again only when the released set changed (a few small queries tell):
     * a published report opened by a whole room at once is prepared once per instance, not once
     * per participant. Kept per instance; the key makes every instance's copy exact.
     */
    Team team(WorkshopEntity w, Supplier<Workshop> view) {
        Questionnaire q = current(w);
        releaseIfSafe(w, q);
        Stamp released = stamp(w.id, true);
        TeamKey key = key(w, q, released);
        Prepared kept = prepared.get(w.id);
        if (kept == null || !kept.key().equals(key)) {
            kept = withPermit(() -> {
                Prepared again = prepared.get(w.id); // made meanwhile by a request that held a permit first?
                if (again != null && again.key().equals(key)) {
                    return again;
                }
                Prepared made = new Prepared(key, q, aggregate(w, q, batches(w.id)));
                prepared.put(w.id, made);
                return made;
            });
        }
        return new Team(view.get(), kept.questionnaire(), kept.report(),
                new Release(released.count(), stamp(w.id, false).count(), released.releasedAt()));
    }

    /** The team report with the released participants and how they are grouped, read afresh (several MB for a large workshop). */
    TeamData data(WorkshopEntity w, Supplier<Workshop> view) {
        Questionnaire q = current(w);
        releaseIfSafe(w, q);
        return withPermit(() -> {
            List<List<Participant>> batches = batches(w.id);
            List<Participant> all = batches.stream().flatMap(List::stream).toList();
            TeamReport report = aggregate(w, q, batches);
            Anonymity.Layout layout = report.belowThreshold() ? null
                    : Anonymity.layout(q, all, w.anonymityThreshold, Releases.carry(q, batches, w.anonymityThreshold));
            return new TeamData(new Team(view.get(), q, report, release(w.id)), layout);
        });
    }

    /** Releases what waits as soon as a workshop is closed (if safe), so that closing alone publishes the team's answers. */
    void closed(WorkshopEntity w) {
        releaseIfSafe(w, current(w));
    }

    /**
     * Releases the pending responses of a closed workshop when {@link Releases#safe} allows. The
     * workshop row is locked first and everything read again, so whoever waited for the lock sees
     * the release another request (or instance) just made and does not make it twice.
     */
    private void releaseIfSafe(WorkshopEntity w, Questionnaire q) {
        if (WorkshopService.state(w) != WorkshopService.State.CLOSED) {
            return;
        }
        Stamp pending = stamp(w.id, false);
        if (pending.count() == 0 || List.of(stamp(w.id, true), pending).equals(refused.get(w.id))) {
            return;
        }
        EntityManager em = ResponseEntity.getEntityManager();
        em.flush(); // a close in this transaction must survive the refresh
        em.refresh(w, LockModeType.PESSIMISTIC_WRITE);
        if (WorkshopService.state(w) != WorkshopService.State.CLOSED) {
            return; // reopened meanwhile
        }
        List<ResponseEntity> waiting = ResponseEntity.list("workshopId = ?1 and teamReleasedAt is null order by id", w.id);
        if (waiting.isEmpty()) {
            return;
        }
        withPermit(() -> {
            List<List<Participant>> batches = batches(w.id);
            List<Participant> candidates = waiting.stream().map(this::participant).toList();
            if (Releases.safe(q, batches, candidates, w.anonymityThreshold)) {
                OffsetDateTime at = now();
                Stamp released = stamp(w.id, true);
                if (released.releasedAt() != null && !at.isAfter(released.releasedAt())) {
                    at = released.releasedAt().plus(1, ChronoUnit.MILLIS); // batches are told apart by their time
                }
                List<Long> ids = waiting.stream().map(e -> e.id).toList();
                for (int i = 0; i < ids.size(); i += 1000) { // bounded IN lists
                    ResponseEntity.update("teamReleasedAt = ?1 where id in ?2 and teamReleasedAt is null", at,
                            ids.subList(i, Math.min(ids.size(), i + 1000)));
                }
                refused.remove(w.id);
            } else {
                refused.put(w.id, List.of(stamp(w.id, true), stamp(w.id, false)));
            }
            waiting.forEach(em::detach); // read again as released, not from this transaction's stale copies
            return null;
        });
    }

    /** Released, pending and when last released, for the report's explanation. */
    private Release release(long workshopId) {
        Stamp released = stamp(workshopId, true);
        return new Release(released.count(), stamp(workshopId, false).count(), released.releasedAt());
    }

    private TeamReport aggregate(WorkshopEntity w, Questionnaire q, List<List<Participant>> batches) {
        TeamReport previous = null;
        if (w.previousId != null) {
            WorkshopEntity p = WorkshopEntity.findById(w.previousId);
            if (p != null) {
                previous = report(q, batches(p.id), p.anonymityThreshold, null);
            }
        }
        return report(q, batches, w.anonymityThreshold, previous);
    }

    private TeamReport report(Questionnaire q, List<List<Participant>> batches, int threshold, TeamReport previous) {
        List<Participant> all = batches.stream().flatMap(List::stream).toList();
        return TeamAggregator.aggregate(q, all, threshold, config.workshops().gapThreshold(), previous,
                Releases.carry(q, batches, threshold));
    }

    /** The released responses in their release batches, oldest first. */
    private List<List<Participant>> batches(long workshopId) {
        List<ResponseEntity> rows = ResponseEntity.list("workshopId = ?1 and teamReleasedAt is not null order by teamReleasedAt, id",
                workshopId);
        List<List<Participant>> out = new ArrayList<>();
        OffsetDateTime at = null;
        for (ResponseEntity e : rows) {
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
        return new Participant(e.participantRole == null ? TeamReport.OTHER : e.participantRole, s.answers(), s.result());
    }

    private TeamKey key(WorkshopEntity w, Questionnaire q, Stamp released) {
        WorkshopEntity p = w.previousId == null ? null : WorkshopEntity.findById(w.previousId);
        return new TeamKey(w.id, released, w.anonymityThreshold, p == null ? null : p.id,
                p == null ? Stamp.NONE : stamp(p.id, true), p == null ? 0 : p.anonymityThreshold,
                q.id() + "@" + q.version() + "#" + q.contentHash());
    }

    /** The stamp of a workshop's released (or pending) responses. */
    private static Stamp stamp(long workshopId, boolean released) {
        Object[] row = (Object[]) ResponseEntity.getEntityManager()
                .createQuery("select count(r), coalesce(max(r.id), 0), max(r.teamReleasedAt) from ResponseEntity r"
                        + " where r.workshopId = ?1 and r.teamReleasedAt is " + (released ? "not null" : "null"))
                .setParameter(1, workshopId).getSingleResult();
        return new Stamp(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                row[2] == null ? null : ((OffsetDateTime) row[2]).withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** The questionnaire version reports are made with; one removed from the questionnaires directory is a 409, not a 500. */
    private Questionnaire current(WorkshopEntity w) {
        return registry.find(w.questionnaire).map(QuestionnaireRegistry.Current::questionnaire)
                .orElseThrow(() -> new Conflict("This workshop's questionnaire is not loaded",
                        "The team report needs questionnaire '" + w.questionnaire + "', which this service no longer offers. "
                                + "Put its file back in the questionnaires directory and restart."));
    }

    private <T> T withPermit(Supplier<T> work) {
        // Unbounded, 64 concurrent reports of a 2,000-person workshop ran a 256 MB heap out of memory.
        try {
            if (!permits.tryAcquire(10, TimeUnit.SECONDS)) {
                throw new Unavailable("Many team reports are being prepared right now. Try again in a few seconds.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("The team report was interrupted. Try again.");
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
