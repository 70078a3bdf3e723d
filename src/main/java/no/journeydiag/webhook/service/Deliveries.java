package no.journeydiag.webhook.service;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import no.journeydiag.common.DomainException;
import no.journeydiag.webhook.persistence.AttemptEntity;
import no.journeydiag.webhook.persistence.DeliveryEntity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What admins may see of the outbox: each delivery's state and attempts, never its payload (which may hold a lead). */
@ApplicationScoped
public class Deliveries {

    /** One delivery; {@code nextAttempt} is null unless it is still pending. */
    public record Delivery(
            long id,
            String eventId,
            String type,
            String target,
            int sequence,
            String status,
            int attempts,
            @Schema(nullable = true) OffsetDateTime nextAttempt,
            @Schema(nullable = true) String lastError,
            @Schema(nullable = true) Integer lastStatus,
            OffsetDateTime created) {}

    /** One attempt: when, the HTTP status if the target answered, what went wrong, how long it took. */
    public record Attempt(
            OffsetDateTime at,
            @Schema(nullable = true) Integer httpStatus,
            @Schema(nullable = true) String error,
            int durationMs) {}

    /** A delivery with every attempt made, oldest first. */
    public record Detail(Delivery delivery, List<Attempt> attempts) {}

    /** The {@code limit} newest deliveries, newest first; of one target when {@code target} is given. */
    @Transactional
    public List<Delivery> recent(int limit, String target) {
        var query = target == null
                ? DeliveryEntity.<DeliveryEntity>findAll(Sort.descending("createdAt", "id"))
                : DeliveryEntity.<DeliveryEntity>find("target", Sort.descending("createdAt", "id"), target);
        return query.page(Page.ofSize(limit)).list().stream()
                .map(Deliveries::of)
                .toList();
    }

    @Transactional
    public List<Delivery> recent(int limit) {
        return recent(limit, null);
    }

    @Transactional
    public Detail detail(long id) {
        DeliveryEntity d = DeliveryEntity.findById(id);
        if (d == null) {
            throw new DomainException.NotFound("There is no webhook delivery " + id + ".");
        }
        List<Attempt> attempts = AttemptEntity.<AttemptEntity>list("deliveryId = ?1 order by id", id).stream()
                .map(a -> new Attempt(a.attemptedAt, a.httpStatus, a.error, a.durationMs))
                .toList();
        return new Detail(of(d), attempts);
    }

    private static Delivery of(DeliveryEntity d) {
        return new Delivery(
                d.id,
                d.eventId,
                d.eventType,
                d.target,
                d.sequence,
                d.status,
                d.attempts,
                DeliveryEntity.PENDING.equals(d.status) ? d.nextAttemptAt : null,
                d.lastError,
                d.lastStatus,
                d.createdAt);
    }
}
