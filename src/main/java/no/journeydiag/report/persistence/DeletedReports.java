package no.journeydiag.report.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import no.journeydiag.report.service.DeletedLinks;
import no.journeydiag.response.event.ResponseDeleted;

/**
 * Remembers which report links were deleted, by the SHA-256 of their token, so such a link says
 * the report was deleted instead of "check the whole link was copied".
 */
@ApplicationScoped
public class DeletedReports implements DeletedLinks {

    private final EntityManager em;

    public DeletedReports(EntityManager em) {
        this.em = em;
    }

    /** In the deleting transaction: the hash is stored exactly when the result is gone. */
    void remember(@Observes ResponseDeleted deleted) {
        em.createNativeQuery("INSERT INTO deleted_report (token_hash, deleted_at) VALUES (?1, ?2)")
                .setParameter(1, hash(deleted.token()))
                .setParameter(2, OffsetDateTime.now())
                .executeUpdate();
    }

    @Override
    @Transactional
    public boolean wasDeleted(String token) {
        return token != null
                && !em.createNativeQuery("SELECT 1 FROM deleted_report WHERE token_hash = ?1")
                        .setParameter(1, hash(token))
                        .getResultList()
                        .isEmpty();
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
