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

/** A partner's key for reading results and leads of some questionnaires; stored hashed, revocable. */
@Entity
@Table(name = "partner_key")
public class PartnerKeyEntity extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "partnerKeySeq", sequenceName = "partner_key_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partnerKeySeq")
    public Long id;

    @Column(nullable = false)
    public String name;

    @Column(name = "token_hash", nullable = false, unique = true)
    public String tokenHash;

    @Column(nullable = false)
    public String prefix;

    /** Comma-separated questionnaire ids, or * for all. */
    @Column(nullable = false)
    public String questionnaires;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "last_used_at")
    public OffsetDateTime lastUsedAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;
}
