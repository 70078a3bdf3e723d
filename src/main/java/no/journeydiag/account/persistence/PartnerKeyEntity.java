package no.journeydiag.account.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A partner's key for reading results and leads of some questionnaires; stored hashed, revocable. */
@Entity
@Table(name = "partner_key")
public class PartnerKeyEntity extends KeyEntity {

    @Id
    @SequenceGenerator(name = "partnerKeySeq", sequenceName = "partner_key_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partnerKeySeq")
    public Long id;

    /** Comma-separated questionnaire ids, or * for all. */
    @Column(nullable = false)
    public String questionnaires;
}
