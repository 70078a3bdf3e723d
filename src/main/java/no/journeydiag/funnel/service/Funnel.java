package no.journeydiag.funnel.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import no.journeydiag.lead.event.LeadCaptured;
import no.journeydiag.response.event.FunnelStep;
import no.journeydiag.response.event.ResponseDeleted;
import org.jboss.logging.Logger;

/**
 * Counts the funnel without personal data: one counter per questionnaire, day, step, source and
 * embed vs hosted. Counting never fails a visitor's request: a counter that cannot be written is
 * logged and skipped.
 */
@ApplicationScoped
public class Funnel {

    private static final Logger LOG = Logger.getLogger(Funnel.class);
    public static final String NO_SOURCE = "(none)";

    private final EntityManager em;

    public Funnel(EntityManager em) {
        this.em = em;
    }

    /**
     * Adds one to a counter. {@code step} is a short word (landing, started, step-2, finished, lead,
     * or another feature's own such as cta-click); {@code source} the utm_source or null.
     */
    public void count(String questionnaire, String step, String source, boolean embedded) {
        String s = source(source);
        String st = step.length() > 32 ? step.substring(0, 32) : step;
        LocalDate day = LocalDate.now(ZoneOffset.UTC);
        try {
            if (increment(questionnaire, day, st, s, embedded) == 0) {
                try {
                    QuarkusTransaction.requiringNew()
                            .run(() -> em.createNativeQuery(
                                            "INSERT INTO funnel_count (questionnaire, count_day, step, source, embedded, n)"
                                                    + " VALUES (?1, ?2, ?3, ?4, ?5, 1)")
                                    .setParameter(1, questionnaire)
                                    .setParameter(2, day)
                                    .setParameter(3, st)
                                    .setParameter(4, s)
                                    .setParameter(5, embedded)
                                    .executeUpdate());
                } catch (RuntimeException raced) {
                    increment(questionnaire, day, st, s, embedded); // another request inserted it first
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("Funnel counter %s/%s not written: %s", questionnaire, st, e.getMessage());
        }
    }

    private int increment(String questionnaire, LocalDate day, String step, String source, boolean embedded) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(
                                "UPDATE funnel_count SET n = n + 1 WHERE questionnaire = ?1 AND count_day = ?2 AND step = ?3"
                                        + " AND source = ?4 AND embedded = ?5")
                        .setParameter(1, questionnaire)
                        .setParameter(2, day)
                        .setParameter(3, step)
                        .setParameter(4, source)
                        .setParameter(5, embedded)
                        .executeUpdate());
    }

    static String source(String raw) {
        if (raw == null || raw.isBlank()) {
            return NO_SOURCE;
        }
        String s = raw.strip().toLowerCase(Locale.ROOT);
        return s.length() > 100 ? s.substring(0, 100) : s;
    }

    void onStep(@Observes FunnelStep step) {
        count(step.questionnaire(), step.step(), step.source(), step.embedded());
        if (step.resultToken() != null) {
            try {
                QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery(
                                        "INSERT INTO funnel_result (result_token, source, embedded) VALUES (?1, ?2, ?3)")
                                .setParameter(1, step.resultToken())
                                .setParameter(2, source(step.source()))
                                .setParameter(3, step.embedded())
                                .executeUpdate());
            } catch (RuntimeException e) {
                LOG.debugf("funnel_result not written: %s", e.getMessage());
            }
        }
    }

    /** A lead counts in the column its response came from; leads given to API-only responses are not in the funnel. */
    void onLead(@Observes LeadCaptured captured) {
        String token = captured.stored().token();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT source, embedded FROM funnel_result WHERE result_token = ?1")
                .setParameter(1, token)
                .getResultList();
        if (rows.isEmpty()) {
            return;
        }
        // Once per result: a replaced lead is not a second one.
        String key = "lead:" + token;
        if (seen(key)) {
            return;
        }
        count(
                captured.stored().questionnaireId(),
                "lead",
                (String) rows.get(0)[0],
                Boolean.TRUE.equals(rows.get(0)[1]));
    }

    private boolean seen(String key) {
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery(
                                    "INSERT INTO funnel_result (result_token, source, embedded) VALUES (?1, '', false)")
                            .setParameter(1, key)
                            .executeUpdate());
            return false;
        } catch (RuntimeException e) {
            return true; // the marker exists: counted before
        }
    }

    void onDeleted(@Observes ResponseDeleted deleted) {
        em.createNativeQuery("DELETE FROM funnel_result WHERE result_token IN (?1, ?2)")
                .setParameter(1, deleted.token())
                .setParameter(2, "lead:" + deleted.token())
                .executeUpdate();
    }
}
