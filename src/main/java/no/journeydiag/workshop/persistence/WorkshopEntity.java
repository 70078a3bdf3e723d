package no.journeydiag.workshop.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A workshop run by one consultant for one client organisation. */
@Entity
@Table(name = "workshop")
public class WorkshopEntity extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "workshopSeq", sequenceName = "workshop_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "workshopSeq")
    public Long id;

    @Column(name = "owner_id", nullable = false)
    public Long ownerId;

    @Column(nullable = false)
    public String organisation;

    @Column(nullable = false)
    public String questionnaire;

    /** The roles participants choose from, as a JSON array of strings. */
    @Column(nullable = false)
    public String roles;

    @Column(name = "anonymity_threshold", nullable = false)
    public int anonymityThreshold;

    @Column(name = "opens_at")
    public OffsetDateTime opensAt;

    @Column(name = "closes_at")
    public OffsetDateTime closesAt;

    /** Closed by the consultant (independent of the closing time). */
    @Column(nullable = false)
    public boolean closed;

    /** Whether participants may see the team report. */
    @Column(nullable = false)
    public boolean published;

    @Column(name = "join_code", nullable = false, unique = true)
    public String joinCode;

    /** Opens the published team report for participants; 256 random bits. */
    @Column(name = "team_token", nullable = false, unique = true)
    public String teamToken;

    @Column(name = "previous_id")
    public Long previousId;

    /** The team report's language (en, nb), or null for the reader's own. */
    public String language;

    /** The earlier workshop this one was compared with has been deleted. */
    @Column(name = "previous_deleted", nullable = false)
    public boolean previousDeleted;

    /** The earlier workshop's team report as last compared (JSON), for when that workshop is deleted. */
    @Column(name = "previous_snapshot", length = 1000000)
    public String previousSnapshot;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
