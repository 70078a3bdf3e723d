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

/**
 * A webhook target an admin added in the app. The secret is kept as it is because every delivery
 * is signed with it; it is shown to the admin only once. During a rotation the previous secret
 * signs too, until {@code previousUntil}.
 */
@Entity
@Table(name = "webhook_target")
public class TargetEntity extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "webhookTargetSeq", sequenceName = "webhook_target_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhookTargetSeq")
    public Long id;

    @Column(nullable = false, length = 64)
    public String name;

    @Column(nullable = false, length = 2000)
    public String url;

    @Column(nullable = false, length = 200)
    public String secret;

    @Column(name = "previous_secret", length = 200)
    public String previousSecret;

    @Column(name = "previous_until")
    public OffsetDateTime previousUntil;

    /** Comma-separated event types. */
    @Column(nullable = false, length = 200)
    public String events;

    /** Comma-separated questionnaire ids, or *. */
    @Column(nullable = false, length = 2000)
    public String questionnaires;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
