package no.journeydiag.webhook.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One event for one webhook target, from the outbox until it is delivered or given up. */
@Entity
@Table(name = "webhook_delivery")
public class DeliveryEntity extends PanacheEntityBase {

    public static final String PENDING = "pending";
    public static final String DELIVERED = "delivered";
    public static final String FAILED = "failed";

    @Id
    @SequenceGenerator(name = "webhookSeq", sequenceName = "webhook_delivery_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhookSeq")
    public Long id;

    /** The same for every attempt and target: receivers de-duplicate on it. */
    @Column(name = "event_id", nullable = false)
    public String eventId;

    @Column(name = "event_type", nullable = false)
    public String eventType;

    @Column(nullable = false)
    public String target;

    @Column(nullable = false, length = 100000)
    public String payload;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public OffsetDateTime nextAttemptAt;

    @Column(name = "give_up_at", nullable = false)
    public OffsetDateTime giveUpAt;

    /** Claimed by one instance's sender until then; others leave the row alone. */
    @Column(name = "locked_until")
    public OffsetDateTime lockedUntil;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "last_status")
    public Integer lastStatus;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "delivered_at")
    public OffsetDateTime deliveredAt;

    /** The result the event is about (null for a test event): events about one result go out in order. */
    @Column(name = "result_token")
    public String resultToken;

    /** 1 for a result's first event, 2 for its next, …; sent as {@code sequence} in the payload. */
    @Column(name = "seq_no", nullable = false)
    public int sequence = 1;

    /** Attempts made before an admin's latest retry: the backoff starts again from there. */
    @Column(name = "attempts_before_retry", nullable = false)
    public int attemptsBeforeRetry;
}
