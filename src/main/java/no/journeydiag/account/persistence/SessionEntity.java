package no.journeydiag.account.persistence;

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
 * A web login. Kept in the database (not in one instance's memory) so any app instance can serve
 * the consultant, and so logging out really ends the session.
 */
@Entity
@Table(name = "consultant_session")
public class SessionEntity extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "sessionSeq", sequenceName = "consultant_session_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sessionSeq")
    public Long id;

    @Column(name = "token_hash", nullable = false, unique = true)
    public String tokenHash;

    @Column(name = "consultant_id", nullable = false)
    public Long consultantId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;
}
