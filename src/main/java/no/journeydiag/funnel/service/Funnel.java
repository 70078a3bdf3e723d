package no.journeydiag.funnel.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import no.journeydiag.common.Tokens;
import no.journeydiag.common.UniqueViolation;
import no.journeydiag.common.WhileServing;
import no.journeydiag.config.DiagnosticConfig;
import no.journeydiag.lead.event.LeadCaptured;
import no.journeydiag.response.event.FunnelStep;
import no.journeydiag.response.event.ResponseDeleted;
import org.jboss.logging.Logger;

/**
 * Counts the funnel without personal data: one counter per questionnaire, day, step, source and
 * embed vs hosted, each step at most once per draft. Counting never fails a visitor's request: a
 * counter that cannot be written is logged and skipped.
 */
@ApplicationScoped
public class Funnel {

    private static final Logger LOG = Logger.getLogger(Funnel.class);
    public static final String NO_SOURCE = "(none)";

    private final EntityManager em;
    private final DiagnosticConfig config;

    public Funnel(EntityManager em, DiagnosticConfig config) {
        this.em = em;
        this.config = config;
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
            upsert(questionnaire, day, st, s, embedded);
        } catch (RuntimeException e) {
            LOG.warnf("Funnel counter %s/%s not written: %s", questionnaire, st, e.getMessage());
        }
    }

    /**
     * Update, else insert; when two first hits of a day race, the insert of one breaks the primary
     * key, and it goes round again to update the row the other made. Portable (H2 and PostgreSQL).
     */
    private void upsert(String questionnaire, LocalDate day, String step, String source, boolean embedded) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < 5; attempt++) {
            if (increment(questionnaire, day, step, source, embedded) > 0) {
                return;
            }
            try {
                QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery(
                                        "INSERT INTO funnel_count (questionnaire, count_day, step, source, embedded, n)"
                                                + " VALUES (?1, ?2, ?3, ?4, ?5, 1)")
                                .setParameter(1, questionnaire)
                                .setParameter(2, day)
                                .setParameter(3, step)
                                .setParameter(4, source)
                                .setParameter(5, embedded)
                                .executeUpdate());
                return;
            } catch (RuntimeException e) {
                if (!UniqueViolation.in(e)) {
                    throw e;
                }
                last = e; // another request inserted it first: update that row
            }
        }
        throw last;
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

    /** True the first time this draft reaches this step; a view or save after that is not a new arrival. */
    boolean firstArrival(String draft, String step) {
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery(
                                    "INSERT INTO funnel_reached (draft_hash, step, reached_on) VALUES (?1, ?2, ?3)")
                            .setParameter(1, Tokens.hash(draft))
                            .setParameter(2, step.length() > 32 ? step.substring(0, 32) : step)
                            .setParameter(3, LocalDate.now(ZoneOffset.UTC))
                            .executeUpdate());
            return true;
        } catch (RuntimeException e) {
            if (!UniqueViolation.in(e)) {
                LOG.warnf("Funnel arrival not recorded: %s", e.getMessage());
            }
            return false;
        }
    }

    /** Arrivals older than a draft can live are never asked about again. */
    @Scheduled(every = "24h", delayed = "7m", skipExecutionIf = WhileServing.class)
    void forgetOldArrivals() {
        LocalDate before =
                LocalDate.now(ZoneOffset.UTC).minusDays(config.drafts().ttl().toDays() + 1);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("DELETE FROM funnel_reached WHERE reached_on < ?1")
                        .setParameter(1, before)
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
        if (step.draft() != null && !firstArrival(step.draft(), step.step())) {
            return;
        }
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
