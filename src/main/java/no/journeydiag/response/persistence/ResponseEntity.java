package no.journeydiag.response.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A completed response: the answers, the computed result and the token that opens its report. */
@Entity
@Table(name = "response")
public class ResponseEntity extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "responseSeq", sequenceName = "response_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "responseSeq")
    public Long id;

    @Column(name = "report_token", nullable = false, unique = true)
    public String reportToken;

    @Column(name = "snapshot_id", nullable = false)
    public Long snapshotId;

    @Column(nullable = false)
    public String questionnaire;

    @Column(nullable = false)
    public String version;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(nullable = false)
    public String locale;

    @Column(name = "answers_json", nullable = false, length = 1000000)
    public String answersJson;

    @Column(name = "result_json", nullable = false, length = 1000000)
    public String resultJson;

    /** Set when the answers belong to a workshop participant. */
    @Column(name = "workshop_id")
    public Long workshopId;

    @Column(name = "participant_role")
    public String participantRole;

    /** When a workshop response joined its team report (null: not yet); answers join in batches, see workshop.team.Releases. */
    @Column(name = "team_released_at")
    public OffsetDateTime teamReleasedAt;

    /** A test or demo response: left out of "how you compare". */
    @Column(name = "test_only", nullable = false)
    public boolean testOnly;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The client's Idempotency-Key, unique per questionnaire; null when none was sent. */
    @Column(name = "idempotency_key")
    public String idempotencyKey;

    /** SHA-256 of the request a key was first used with, so a reused key with another body is refused. */
    @Column(name = "request_hash")
    public String requestHash;

    /** Hidden-field values as a JSON object (utm_source…), or null. */
    @Column(length = 50000)
    public String attribution;

    public static ResponseEntity findByToken(String token) {
        return find("reportToken", token).firstResult();
    }

    /**
     * The id of the response behind a report token, or null: one index lookup, no row loaded. Plain
     * JDBC on the session's connection, since it runs on every report view and the same query through
     * HQL cost a fifth of a kept page's CPU.
     */
    public static Long idByToken(String token) {
        return getEntityManager().unwrap(org.hibernate.Session.class).doReturningWork(c -> {
            try (java.sql.PreparedStatement s = c.prepareStatement("SELECT id FROM response WHERE report_token = ?")) {
                s.setString(1, token);
                try (java.sql.ResultSet rs = s.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : null;
                }
            }
        });
    }

    public static ResponseEntity findByIdempotencyKey(String questionnaire, String key) {
        return find("questionnaire = ?1 and idempotencyKey = ?2", questionnaire, key)
                .firstResult();
    }
}
