package no.journeydiag.webhook.service;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import no.journeydiag.webhook.persistence.DeliveryEntity;

/** What admins may see of the outbox: each delivery's state, never its payload (which may hold a lead). */
@ApplicationScoped
public class Deliveries {

    /** One delivery; {@code nextAttempt} is null unless it is still pending. */
    public record Delivery(
            long id,
            String eventId,
            String type,
            String target,
            String status,
            int attempts,
            OffsetDateTime nextAttempt,
            String lastError,
            Integer lastStatus,
            OffsetDateTime created) {}

    /** The {@code limit} newest deliveries, newest first. */
    @Transactional
    public List<Delivery> recent(int limit) {
        return DeliveryEntity.<DeliveryEntity>findAll(Sort.descending("createdAt", "id"))
                .page(Page.ofSize(limit))
                .list()
                .stream()
                .map(d -> new Delivery(
                        d.id,
                        d.eventId,
                        d.eventType,
                        d.target,
                        d.status,
                        d.attempts,
                        DeliveryEntity.PENDING.equals(d.status) ? d.nextAttemptAt : null,
                        d.lastError,
                        d.lastStatus,
                        d.createdAt))
                .toList();
    }
}
