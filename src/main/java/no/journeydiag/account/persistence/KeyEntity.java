package no.journeydiag.account.persistence;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * What API tokens and partner keys share: a secret shown once and kept as a hash, a prefix for
 * telling keys apart, a name, and when it was made, last used and revoked.
 */
@MappedSuperclass
public abstract class KeyEntity extends PanacheEntityBase {

    @Column(name = "token_hash", nullable = false, unique = true)
    public String tokenHash;

    /** The first characters of the token, so its owner can tell tokens apart. */
    @Column(nullable = false)
    public String prefix;

    @Column(nullable = false)
    public String name;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "last_used_at")
    public OffsetDateTime lastUsedAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    /** Records a use, at most once a minute so busy keys do not write on every request. */
    public void touch(OffsetDateTime now) {
        if (lastUsedAt == null || lastUsedAt.isBefore(now.minusMinutes(1))) {
            lastUsedAt = now;
        }
    }

    /** The key of {@code type} whose secret hashes to {@code tokenHash}. */
    public static <K extends KeyEntity> Optional<K> findByHash(Class<K> type, String tokenHash) {
        return Panache.getEntityManager(type)
                .createQuery("from " + type.getSimpleName() + " where tokenHash = ?1", type)
                .setParameter(1, tokenHash)
                .getResultStream()
                .findFirst();
    }
}
