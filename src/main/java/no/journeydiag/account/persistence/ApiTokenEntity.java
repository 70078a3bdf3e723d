package no.journeydiag.account.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A personal API token: shown once when created, stored as a hash, revocable. */
@Entity
@Table(name = "api_token")
public class ApiTokenEntity extends KeyEntity {

    @Id
    @SequenceGenerator(name = "apiTokenSeq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "apiTokenSeq")
    public Long id;

    @Column(name = "consultant_id", nullable = false)
    public Long consultantId;
}
