package no.journeydiag.account.persistence;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A personal API token: shown once when created, stored as a hash, revocable. */
@Entity
@Table(name = "api_token")
public class ApiTokenEntity extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "apiTokenSeq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "apiTokenSeq")
    public Long id;

    @Column(name = "token_hash", nullable = false, unique = true)
    public String tokenHash;

    /** The first characters of the token, so its owner can tell tokens apart. */
    @Column(nullable = false)
    public String prefix;

    @Column(nullable = false)
    public String name;

    @Column(name = "consultant_id", nullable = false)
    public Long consultantId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "last_used_at")
    public OffsetDateTime lastUsedAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;
}
