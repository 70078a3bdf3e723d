package no.journeydiag.compare;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import no.journeydiag.config.DiagnosticConfig;
import no.journeydiag.response.service.ResponseService;
import no.journeydiag.scoring.ScoringResult;

/**
 * "How you compare": per questionnaire version, a histogram of each element's and the overall
 * score over every completed response, counted in the transaction that stores the response. Each
 * count is one atomic {@code UPDATE ... SET n = n + 1}, so concurrent submissions lose nothing;
 * a report reads at most 1,001 rows per score however many responses exist. The counts are
 * anonymous and stay when a response is later deleted.
 */
@ApplicationScoped
public class Comparisons {

    public static final String OVERALL = "overall";
    static final String ALL = ""; // the segment of everyone (segments by industry or size come later)

    /** One score against its peers: the taker's percentile and the peers' median and quartiles. */
    public record Peers(double percentile, double median, double q1, double q3) { }

    /** The comparison for one response, or how many more responses it needs. */
    public record Comparison(boolean shown, long responses, long needed, Peers overall, Map<String, Peers> elements) { }

    private final EntityManager em;
    private final DiagnosticConfig config;

    public Comparisons(EntityManager em, DiagnosticConfig config) {
        this.em = em;
        this.config = config;
    }

    void onCompleted(@Observes ResponseService.Completed completed) {
        var e = completed.stored().entity();
        ScoringResult r = completed.stored().result();
        if (r.overall().value() != null) {
            count(e.questionnaire, e.version, OVERALL, r.overall().value());
        }
        for (ScoringResult.ElementScore s : r.elements()) {
            if (s.score() != null) {
                count(e.questionnaire, e.version, s.id(), s.score());
            }
        }
    }

    private void count(String questionnaire, String version, String metric, double score) {
        int bucket = Histogram.bucket(score);
        if (increment(questionnaire, version, metric, bucket) == 0) {
            // First response in this bucket: create the row apart (another instance may race us to it), then count.
            try {
                QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "INSERT INTO score_histogram (questionnaire, version, segment, metric, bucket, n) VALUES (?1, ?2, ?3, ?4, ?5, 0)")
                        .setParameter(1, questionnaire).setParameter(2, version).setParameter(3, ALL).setParameter(4, metric)
                        .setParameter(5, bucket).executeUpdate());
            } catch (RuntimeException e) {
                if (!no.journeydiag.common.UniqueViolation.in(e)) {
                    throw e;
                }
                // the row exists now, created by a concurrent submission: counting below is all that is left
            }
            increment(questionnaire, version, metric, bucket);
        }
    }

    private int increment(String questionnaire, String version, String metric, int bucket) {
        return em.createNativeQuery("UPDATE score_histogram SET n = n + 1 WHERE questionnaire = ?1 AND version = ?2 "
                        + "AND segment = ?3 AND metric = ?4 AND bucket = ?5")
                .setParameter(1, questionnaire).setParameter(2, version).setParameter(3, ALL).setParameter(4, metric)
                .setParameter(5, bucket).executeUpdate();
    }

    /** The histograms of one questionnaire version, by metric. */
    @Transactional
    public Map<String, Histogram> histograms(String questionnaire, String version) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT metric, bucket, n FROM score_histogram WHERE questionnaire = ?1 "
                        + "AND version = ?2 AND segment = ?3 AND n > 0")
                .setParameter(1, questionnaire).setParameter(2, version).setParameter(3, ALL).getResultList();
        Map<String, Histogram> out = new HashMap<>();
        for (Object[] row : rows) {
            out.computeIfAbsent((String) row[0], k -> Histogram.empty()).counts()[((Number) row[1]).intValue()] =
                    ((Number) row[2]).longValue();
        }
        return out;
    }

    /** How {@code result} compares with every completed response of its questionnaire version. */
    @Transactional
    public Comparison compare(String questionnaire, String version, ScoringResult result) {
        Map<String, Histogram> h = histograms(questionnaire, version);
        Histogram overall = h.get(OVERALL);
        long n = overall == null ? 0 : overall.total();
        long min = config.compare().minResponses();
        if (n < min || result.overall().value() == null) {
            return new Comparison(false, n, Math.max(0, min - n), null, Map.of());
        }
        Map<String, Peers> elements = new LinkedHashMap<>();
        for (ScoringResult.ElementScore s : result.elements()) {
            Histogram eh = h.get(s.id());
            if (s.score() != null && eh != null && eh.total() > 0) {
                elements.put(s.id(), peers(eh, s.score()));
            }
        }
        return new Comparison(true, n, 0, peers(overall, result.overall().value()), elements);
    }

    static Peers peers(Histogram h, double score) {
        return new Peers(Math.round(h.percentile(score) * 10) / 10.0, h.quantile(0.5), h.quantile(0.25), h.quantile(0.75));
    }
}
