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

/** A consultant or admin account; the password is kept only as a bcrypt hash. */
@Entity
@Table(name = "consultant")
public class ConsultantEntity extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "consultantSeq", sequenceName = "consultant_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consultantSeq")
    public Long id;

    @Column(nullable = false, unique = true)
    public String username;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    /** {@link no.journeydiag.account.service.Roles#CONSULTANT} or {@link no.journeydiag.account.service.Roles#ADMIN}. */
    @Column(nullable = false)
    public String role;

    @Column(nullable = false)
    public boolean enabled;

    /** Questionnaire ids, comma-separated, whose public leads this consultant sees; empty: none. */
    @Column(name = "lead_questionnaires", nullable = false)
    public String leadQuestionnaires = "";

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static ConsultantEntity findByUsername(String username) {
        return find("username", username).firstResult();
    }
}
