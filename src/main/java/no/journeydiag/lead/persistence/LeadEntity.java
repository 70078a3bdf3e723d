package no.journeydiag.lead.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A lead: contact details given with a response, with the exact consent text and version agreed to. */
@Entity
@Table(name = "lead")
public class LeadEntity extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "leadSeq", sequenceName = "lead_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "leadSeq")
    public Long id;

    @Column(name = "response_id", nullable = false, unique = true)
    public Long responseId;

    @Column(nullable = false)
    public String questionnaire;

    @Column(nullable = false)
    public String email;

    public String name;

    public String company;

    @Column(name = "job_role")
    public String role;

    public String phone;

    @Column(nullable = false)
    public String locale;

    @Column(name = "consent_version", nullable = false)
    public String consentVersion;

    /** The consent text as shown, in the person's language. */
    @Column(name = "consent_text", nullable = false, length = 4000)
    public String consentText;

    @Column(name = "consented_at", nullable = false)
    public OffsetDateTime consentedAt;

    /** Whether a lead belongs to this response (at most one does); plain JDBC, as it runs on every report view. */
    public static boolean existsFor(long responseId) {
        return getEntityManager().unwrap(org.hibernate.Session.class).doReturningWork(c -> {
            try (java.sql.PreparedStatement s = c.prepareStatement("SELECT 1 FROM lead WHERE response_id = ?")) {
                s.setLong(1, responseId);
                try (java.sql.ResultSet rs = s.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }
}
