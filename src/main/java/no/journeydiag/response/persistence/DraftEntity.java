package no.journeydiag.response.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Answers saved step by step; {@code responseToken} is set once, when the draft is submitted. */
@Entity
@Table(name = "draft")
public class DraftEntity extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "draftSeq", sequenceName = "draft_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "draftSeq")
    public Long id;

    @Column(name = "draft_token", nullable = false, unique = true)
    public String draftToken;

    @Column(nullable = false)
    public String questionnaire;

    @Column(name = "snapshot_id", nullable = false)
    public Long snapshotId;

    @Column(nullable = false)
    public String locale;

    @Column(name = "answers_json", nullable = false, length = 1000000)
    public String answersJson;

    @Column(name = "response_token")
    public String responseToken;

    /** Set when the answers belong to a workshop participant. */
    @Column(name = "workshop_id")
    public Long workshopId;

    @Column(name = "participant_role")
    public String participantRole;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;

    /** Hidden-field values from the landing page, stored with the response at submit; JSON, or null. */
    @Column(length = 50000)
    public String attribution;

    public static DraftEntity findByToken(String token) {
        return find("draftToken", token).firstResult();
    }

    /** The draft, locked until the transaction ends, so that two submits cannot both create a response. */
    public static DraftEntity lockByToken(String token) {
        DraftEntity d = findByToken(token);
        return d == null ? null : findById(d.id, LockModeType.PESSIMISTIC_WRITE);
    }
}
