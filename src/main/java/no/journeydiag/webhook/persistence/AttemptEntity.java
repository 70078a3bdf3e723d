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

/** One attempt to deliver one delivery: the history an admin reads, never reset by a retry. */
@Entity
@Table(name = "webhook_attempt")
public class AttemptEntity extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "webhookAttemptSeq", sequenceName = "webhook_attempt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhookAttemptSeq")
    public Long id;

    @Column(name = "delivery_id", nullable = false)
    public long deliveryId;

    @Column(name = "attempted_at", nullable = false)
    public OffsetDateTime attemptedAt;

    @Column(name = "http_status")
    public Integer httpStatus;

    @Column(length = 500)
    public String error;

    @Column(name = "duration_ms", nullable = false)
    public int durationMs;
}
