package no.journeydiag.questionnaire.service;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** The exact YAML a questionnaire version was first used with; old reports render from it. */
@Entity
@Table(name = "questionnaire_snapshot")
public class SnapshotEntity extends PanacheEntityBase {

    @Id
    @SequenceGenerator(name = "snapshotSeq", sequenceName = "questionnaire_snapshot_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "snapshotSeq")
    public Long id;

    @Column(name = "questionnaire", nullable = false)
    public String questionnaire;

    @Column(nullable = false)
    public String version;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(name = "source_file", nullable = false)
    public String sourceFile;

    @Column(name = "source_yaml", nullable = false, length = 1000000)
    public String sourceYaml;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    public static SnapshotEntity findVersion(String questionnaire, String version) {
        return find("questionnaire = ?1 and version = ?2", questionnaire, version)
                .firstResult();
    }
}
