package no.journeydiag.webhook.service;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import no.journeydiag.webhook.persistence.DeliveryEntity;

/** How far the outbox is behind: what operations alert on when a CRM stops taking events. */
@ApplicationScoped
public class OutboxBacklog {

    /** Deliveries still pending, and when the oldest of them was written (null when none is). */
    public record Backlog(long pending, OffsetDateTime oldestCreated) {}

    @Transactional
    public Backlog now() {
        long pending = DeliveryEntity.count("status", DeliveryEntity.PENDING);
        OffsetDateTime oldest = Panache.getEntityManager()
                .createQuery(
                        "SELECT MIN(d.createdAt) FROM DeliveryEntity d WHERE d.status = :status", OffsetDateTime.class)
                .setParameter("status", DeliveryEntity.PENDING)
                .getSingleResult();
        return new Backlog(pending, oldest);
    }
}
