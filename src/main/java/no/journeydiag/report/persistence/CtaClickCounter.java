package no.journeydiag.report.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneOffset;
import no.journeydiag.report.service.CtaClicks;

/** Counts call-to-action clicks in the cta_click table, one row per questionnaire version, offer and UTC day. */
@ApplicationScoped
public class CtaClickCounter implements CtaClicks {

    private final EntityManager em;

    public CtaClickCounter(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void clicked(String questionnaire, String version, String offer) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int updated = em.createNativeQuery("UPDATE cta_click SET clicks = clicks + 1 WHERE questionnaire = ?1"
                        + " AND version = ?2 AND offer = ?3 AND click_date = ?4")
                .setParameter(1, questionnaire)
                .setParameter(2, version)
                .setParameter(3, offer)
                .setParameter(4, today)
                .executeUpdate();
        if (updated == 0) {
            // A lost race on the first click of a day fails the insert; a click is not worth a retry loop.
            em.createNativeQuery("INSERT INTO cta_click (questionnaire, version, offer, click_date, clicks)"
                            + " VALUES (?1, ?2, ?3, ?4, 1)")
                    .setParameter(1, questionnaire)
                    .setParameter(2, version)
                    .setParameter(3, offer)
                    .setParameter(4, today)
                    .executeUpdate();
        }
    }

    @Override
    @Transactional
    public long count(String questionnaire, String version, String offer) {
        Object n = em.createNativeQuery("SELECT COALESCE(SUM(clicks), 0) FROM cta_click WHERE questionnaire = ?1"
                        + " AND version = ?2 AND offer = ?3")
                .setParameter(1, questionnaire)
                .setParameter(2, version)
                .setParameter(3, offer)
                .getSingleResult();
        return ((Number) n).longValue();
    }

    @Override
    @Transactional
    public java.util.List<OfferClicks> byOffer(String questionnaire, LocalDate from, LocalDate to) {
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = em.createNativeQuery("SELECT offer, SUM(clicks) AS n FROM cta_click"
                        + " WHERE questionnaire = ?1 AND click_date BETWEEN ?2 AND ?3"
                        + " GROUP BY offer ORDER BY n DESC, offer")
                .setParameter(1, questionnaire)
                .setParameter(2, from)
                .setParameter(3, to)
                .getResultList();
        return rows.stream()
                .map(r -> new OfferClicks((String) r[0], ((Number) r[1]).longValue()))
                .toList();
    }
}
