package no.journeydiag.workshop.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** An action agreed in a workshop: typed by its consultant, never by a participant. */
@Entity
@Table(name = "workshop_action")
public class ActionEntity extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "actionSeq", sequenceName = "workshop_action_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "actionSeq")
    public Long id;

    @Column(name = "workshop_id", nullable = false)
    public Long workshopId;

    @Column(nullable = false)
    public String what;

    @Column(name = "owner_role", nullable = false)
    public String ownerRole;

    public LocalDate due;

    /** element:&lt;id&gt; or sign:&lt;id&gt;, or null. */
    public String link;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** A workshop's actions in the order they were agreed. */
    public static List<ActionEntity> of(long workshopId) {
        return list("workshopId = ?1 order by createdAt, id", workshopId);
    }
}
