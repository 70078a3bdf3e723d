package no.journeydiag.workshop.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.journeydiag.response.persistence.DraftEntity;
import no.journeydiag.response.persistence.ResponseEntity;

/** The queries on workshops' participants: their drafts, their responses and which of them the team report has released. */
@ApplicationScoped
public class WorkshopResponses {

    /** Count, newest id and latest release time of a set of responses: a release moves the time, a deletion the count. */
    public record Stamp(long count, long newest, OffsetDateTime releasedAt) {
        public static final Stamp NONE = new Stamp(0, 0, null);
    }

    /** How many finished with this role ({@code role} null: none given). */
    public record RoleCount(String role, long count) {}

    /** Finished responses per workshop, for these workshops in one query; a workshop without any is absent. */
    public Map<Long, Long> finishedPer(Collection<Long> workshopIds) {
        Map<Long, Long> finished = new HashMap<>();
        ResponseEntity.getEntityManager()
                .createQuery(
                        "select r.workshopId, count(r) from ResponseEntity r where r.workshopId in ?1 group by r.workshopId",
                        Object[].class)
                .setParameter(1, List.copyOf(workshopIds))
                .getResultList()
                .forEach(r -> finished.put((Long) r[0], (Long) r[1]));
        return finished;
    }

    public long finished(long workshopId) {
        return ResponseEntity.count("workshopId", workshopId);
    }

    /** Drafts started for the workshop and not yet submitted. */
    public long unfinished(long workshopId) {
        return DraftEntity.count("workshopId = ?1 and responseToken is null", workshopId);
    }

    public List<RoleCount> finishedByRole(long workshopId) {
        return ResponseEntity.getEntityManager()
                .createQuery(
                        "select r.participantRole, count(r) from ResponseEntity r where r.workshopId = ?1 group by r.participantRole",
                        Object[].class)
                .setParameter(1, workshopId)
                .getResultList()
                .stream()
                .map(r -> new RoleCount((String) r[0], (Long) r[1]))
                .toList();
    }

    /** Deletes every draft and response of the workshop's participants. */
    public void deleteAll(long workshopId) {
        DraftEntity.delete("workshopId", workshopId);
        ResponseEntity.delete("workshopId", workshopId);
    }

    /** The stamp of a workshop's released (or pending) responses. */
    public Stamp stamp(long workshopId, boolean released) {
        Object[] row = (Object[]) ResponseEntity.getEntityManager()
                .createQuery("select count(r), coalesce(max(r.id), 0), max(r.teamReleasedAt) from ResponseEntity r"
                        + " where r.workshopId = ?1 and r.teamReleasedAt is " + (released ? "not null" : "null"))
                .setParameter(1, workshopId)
                .getSingleResult();
        return new Stamp(
                ((Number) row[0]).longValue(),
                ((Number) row[1]).longValue(),
                row[2] == null ? null : ((OffsetDateTime) row[2]).withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** The responses not yet released to the team report, oldest first. */
    public List<ResponseEntity> pending(long workshopId) {
        return ResponseEntity.list("workshopId = ?1 and teamReleasedAt is null order by id", workshopId);
    }

    /** The released responses in the order they were released. */
    public List<ResponseEntity> released(long workshopId) {
        return ResponseEntity.list(
                "workshopId = ?1 and teamReleasedAt is not null order by teamReleasedAt, id", workshopId);
    }

    /** Releases these responses at {@code at} (those not released already). */
    public void release(List<Long> ids, OffsetDateTime at) {
        for (int i = 0; i < ids.size(); i += 1000) { // bounded IN lists
            ResponseEntity.update(
                    "teamReleasedAt = ?1 where id in ?2 and teamReleasedAt is null",
                    at,
                    ids.subList(i, Math.min(ids.size(), i + 1000)));
        }
    }

    /** Forgets this transaction's copies, so the next read sees what an update wrote. */
    public void detach(List<ResponseEntity> rows) {
        rows.forEach(ResponseEntity.getEntityManager()::detach);
    }
}
