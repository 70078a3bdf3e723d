package no.journeydiag.workshop.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.journeydiag.account.persistence.ConsultantEntity;

/** The queries on workshops. Callers hold the transaction. */
@ApplicationScoped
public class WorkshopRepository {

    public Optional<WorkshopEntity> find(long id) {
        return Optional.ofNullable(WorkshopEntity.findById(id));
    }

    public Optional<WorkshopEntity> byJoinCode(String code) {
        return WorkshopEntity.<WorkshopEntity>find("joinCode", code).firstResultOptional();
    }

    public Optional<WorkshopEntity> byTeamToken(String token) {
        return WorkshopEntity.<WorkshopEntity>find("teamToken", token).firstResultOptional();
    }

    public boolean joinCodeTaken(String code) {
        return WorkshopEntity.count("joinCode", code) > 0;
    }

    /** Every workshop, newest first. */
    public List<WorkshopEntity> all() {
        return WorkshopEntity.list("order by createdAt desc, id desc");
    }

    /** One owner's workshops, newest first. */
    public List<WorkshopEntity> ownedBy(long ownerId) {
        return WorkshopEntity.list("ownerId = ?1 order by createdAt desc, id desc", ownerId);
    }

    public List<Long> idsOwnedBy(long ownerId) {
        return WorkshopEntity.getEntityManager()
                .createQuery("select w.id from WorkshopEntity w where w.ownerId = ?1", Long.class)
                .setParameter(1, ownerId)
                .getResultList();
    }

    /** How many workshops name each of these as their earlier one, in one query (absent: none). */
    public Map<Long, Long> laterOf(Collection<Long> ids) {
        Map<Long, Long> later = new HashMap<>();
        WorkshopEntity.<WorkshopEntity>list("previousId in ?1", List.copyOf(ids))
                .forEach(w -> later.merge(w.previousId, 1L, Long::sum));
        return later;
    }

    /** Unlinks the workshops that named {@code previousId} as their earlier one. */
    /** The workshops compared with this one. */
    public List<WorkshopEntity> linkedTo(long previousId) {
        return WorkshopEntity.list("previousId", previousId);
    }

    public void unlinkFrom(long previousId) {
        WorkshopEntity.update("previousId = null, previousDeleted = true where previousId = ?1", previousId);
    }

    /** The display names of these owners, by id, in one query. */
    public Map<Long, String> ownerNames(Collection<Long> ownerIds) {
        Map<Long, String> names = new HashMap<>();
        ConsultantEntity.<ConsultantEntity>list("id in ?1", List.copyOf(ownerIds))
                .forEach(c -> names.put(c.id, c.displayName));
        return names;
    }

    /**
     * Locks the workshop's row until the transaction ends and reads it again, so whoever waited
     * for the lock sees what the holder changed. Pending changes are written first, so a change
     * made in this transaction survives the refresh.
     */
    public void lock(WorkshopEntity w) {
        EntityManager em = WorkshopEntity.getEntityManager();
        em.flush();
        em.refresh(w, LockModeType.PESSIMISTIC_WRITE);
    }
}
