package no.journeydiag.compare;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.StampedLock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.type.TypeReference;

import io.quarkus.narayana.jta.QuarkusTransaction;
import no.journeydiag.common.JsonText;
import no.journeydiag.common.DomainException.Unavailable;
import no.journeydiag.config.DiagnosticConfig;
import no.journeydiag.response.service.ResponseService;
import no.journeydiag.scoring.ScoringResult;
import no.journeydiag.response.event.ResponseCompleted;

/**
 * "How you compare": per questionnaire version, a histogram of each element's and the overall
 * score over every completed response, counted in the transaction that stores the response. Each
 * count is one atomic {@code UPDATE ... SET n = n + 1}, so concurrent submissions lose nothing;
 * a report reads at most 1,001 rows per score however many responses exist. The counts are
 * anonymous and stay when a response is later deleted, until an admin rebuilds them from the
 * stored responses ({@link #rebuild()}).
 */
@ApplicationScoped
public class Comparisons {

    public static final String OVERALL = "overall";
    /** The segment of everyone; a segment of peers is "questionId=optionValue" (see compareBy in the YAML). */
    static final String ALL = "";

    /** One score against its peers: the taker's percentile and the peers' median and quartiles. */
    public record Peers(double percentile, double median, double q1, double q3) { }

    /**
     * The comparison for one response, or how many more responses it needs; with everyone, and in
     * {@code segments} with those who gave the same answer to each compareBy question.
     */
    public record Comparison(boolean shown, long responses, long needed, Peers overall, Map<String, Peers> elements,
                             List<Segment> segments) { }

    /** The comparison within one segment: those who answered {@code question} with {@code value}. */
    public record Segment(String question, String value, boolean shown, long responses, long needed, Peers overall,
                          Map<String, Peers> elements) { }

    /** What a rebuild counted. */
    public record Rebuilt(long responses, int histograms) { }

    private static final Logger LOG = Logger.getLogger(Comparisons.class);
    private static final Object COUNTING = new Object();
    private static final int PAGE = 1000;

    private final EntityManager em;
    private final DiagnosticConfig config;
    private final TransactionSynchronizationRegistry transactions;
    private final JsonText json;
    private final boolean postgres;
    private final no.journeydiag.questionnaire.service.QuestionnaireRegistry registry;
    /**
     * Submissions hold it shared from their first count until their transaction ends; a rebuild
     * holds it alone, so it never runs between a response being stored and its counts committing.
     * Not tied to a thread, since a transaction may end on another.
     */
    private final StampedLock rebuilding = new StampedLock();
    private final PeerCache peers;

    public Comparisons(EntityManager em, DiagnosticConfig config, TransactionSynchronizationRegistry transactions, JsonText json,
                       @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
                       no.journeydiag.questionnaire.service.QuestionnaireRegistry registry) {
        this.em = em;
        this.registry = registry;
        this.config = config;
        this.transactions = transactions;
        this.json = json;
        this.postgres = dbKind.startsWith("postgres");
        this.peers = new PeerCache(config.compare().cacheFor(), System::nanoTime);
    }

    void onCompleted(@Observes ResponseCompleted completed) {
        if (completed.stored().test()) {
            return; // a test or demo response must not move anyone's comparison
        }
        holdOffRebuilds();
        ScoringResult r = completed.stored().result();
        List<String> segments = new java.util.ArrayList<>();
        segments.add(ALL);
        segments.addAll(segments(completed.stored().questionnaire(), ResponseService.toJson(completed.stored().answers())));
        // Always in this order (segments, then overall and elements as declared), so that two
        // submissions lock shared rows in the same order and cannot deadlock.
        List<Cell> cells = new java.util.ArrayList<>();
        for (String segment : segments) {
            if (r.overall().value() != null) {
                cells.add(new Cell(segment, OVERALL, Histogram.bucket(r.overall().value())));
            }
            for (ScoringResult.ElementScore s : r.elements()) {
                if (s.score() != null) {
                    cells.add(new Cell(segment, s.id(), Histogram.bucket(s.score())));
                }
            }
        }
        countAll(completed.stored().questionnaireId(), completed.stored().version(), cells);
    }

    /** One histogram row of a questionnaire version. */
    private record Cell(String segment, String metric, int bucket) { }

    /** The peer segments an answer set belongs to: one per compareBy question answered with one of its options. */
    static List<String> segments(no.journeydiag.questionnaire.model.Questionnaire q, Map<String, Object> answers) {
        List<String> out = new java.util.ArrayList<>();
        for (String id : q.compareBy()) {
            if (answers.get(id) instanceof String value && q.question(id).option(value) != null) {
                out.add(id + "=" + value);
            }
        }
        return out;
    }

    /** Takes the shared hold once per transaction and gives it back when the transaction ends. */
    private void holdOffRebuilds() {
        if (transactions.getResource(COUNTING) != null) {
            return;
        }
        long held = acquire(() -> rebuilding.tryReadLock(30, TimeUnit.SECONDS),
                "The comparison figures are being rebuilt. Try again in a minute.");
        transactions.putResource(COUNTING, held);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing: the hold lasts until the outcome is final
            }

            @Override
            public void afterCompletion(int status) {
                rebuilding.unlockRead(held);
            }
        });
    }

    /**
     * Recounts every histogram from the stored responses, while submissions wait (on this instance
     * through the hold above; on PostgreSQL, other instances through a table lock that blocks their
     * counting until the rebuild commits). A submission that counted before the rebuild is in the
     * responses it reads; one that counts after it is added on top: none is counted twice or lost.
     */
    public Rebuilt rebuild() {
        long stamp = acquire(() -> rebuilding.tryWriteLock(60, TimeUnit.SECONDS), "Submissions did not pause for the rebuild. Try again.");
        try {
            return QuarkusTransaction.requiringNew().timeout(600).call(this::recount);
        } finally {
            peers.clear();
            rebuilding.unlockWrite(stamp);
        }
    }

    private interface LockAttempt {
        /** A stamp, or 0 when the wait timed out. */
        long stamp() throws InterruptedException;
    }

    /** The lock's stamp; a 503 saying {@code refusal} when it could not be had in time. */
    private static long acquire(LockAttempt attempt, String refusal) {
        long stamp;
        try {
            stamp = attempt.stamp();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stamp = 0;
        }
        if (stamp == 0) {
            throw new Unavailable(refusal);
        }
        return stamp;
    }

    private Rebuilt recount() {
        if (postgres) {
            em.createNativeQuery("LOCK TABLE score_histogram IN SHARE ROW EXCLUSIVE MODE").executeUpdate();
        }
        em.createNativeQuery("DELETE FROM score_histogram").executeUpdate();
        Map<List<String>, Histogram> counts = new TreeMap<>((x, y) -> String.join("\n", x).compareTo(String.join("\n", y)));
        long responses = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            @SuppressWarnings("unchecked")
            List<Object[]> page = em.createNativeQuery("SELECT id, questionnaire, version, result_json, snapshot_id, answers_json FROM response WHERE id > ?1 AND test_only = FALSE "
                    + "ORDER BY id FETCH FIRST " + PAGE + " ROWS ONLY").setParameter(1, after).getResultList();
            for (Object[] row : page) {
                after = ((Number) row[0]).longValue();
                String questionnaire = (String) row[1];
                String version = (String) row[2];
                ScoringResult r = json.read(row[3].toString(), new TypeReference<ScoringResult>() { });
                List<String> segments = new java.util.ArrayList<>();
                segments.add(ALL);
                var q = registry.snapshot(((Number) row[4]).longValue());
                if (!q.compareBy().isEmpty()) {
                    segments.addAll(segments(q, json.read(row[5].toString(), new TypeReference<Map<String, Object>>() { })));
                }
                for (String segment : segments) {
                    if (r.overall().value() != null) {
                        add(counts, questionnaire, version, segment, OVERALL, r.overall().value());
                    }
                    for (ScoringResult.ElementScore s : r.elements()) {
                        if (s.score() != null) {
                            add(counts, questionnaire, version, segment, s.id(), s.score());
                        }
                    }
                }
                responses++;
            }
            em.clear();
            if (page.size() < PAGE) {
                break;
            }
        }
        for (Map.Entry<List<String>, Histogram> c : counts.entrySet()) {
            long[] n = c.getValue().counts();
            for (int bucket = 0; bucket < n.length; bucket++) {
                if (n[bucket] > 0) {
                    em.createNativeQuery("INSERT INTO score_histogram (questionnaire, version, segment, metric, bucket, n) "
                                    + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                            .setParameter(1, c.getKey().get(0)).setParameter(2, c.getKey().get(1)).setParameter(3, c.getKey().get(2))
                            .setParameter(4, c.getKey().get(3)).setParameter(5, bucket).setParameter(6, n[bucket]).executeUpdate();
                }
            }
        }
        LOG.infof("Rebuilt %d score histograms from %d responses", counts.size(), responses);
        return new Rebuilt(responses, counts.size());
    }

    private static void add(Map<List<String>, Histogram> counts, String questionnaire, String version, String segment, String metric,
                            double score) {
        counts.computeIfAbsent(List.of(questionnaire, version, segment, metric), k -> Histogram.empty())
                .counts()[Histogram.bucket(score)]++;
    }

    /**
     * Adds one to each cell's row, in the submission's transaction and on its connection, with
     * two statements prepared once (Hibernate's planning of five native queries was a quarter of a
     * submission). Strictly in the cells' order, so concurrent submissions take row locks in the
     * same order and cannot deadlock: a batch of all the updates first, then the missing rows,
     * took locks out of that order while rows were being created.
     *
     * <p>The first response in a bucket creates its row here too. A separate transaction would
     * need a second connection while this one holds the first: 64 concurrent submissions to new
     * buckets then starved a pool of 20 (8 a second). Another submission may create the row at the
     * same moment. PostgreSQL then skips the insert ({@code ON CONFLICT DO NOTHING}); a failed
     * statement there would abort the whole transaction. H2 refuses only the statement, and the
     * refusal is ignored.
     */
    private void countAll(String questionnaire, String version, List<Cell> cells) {
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (java.sql.PreparedStatement update = connection.prepareStatement("UPDATE score_histogram SET n = n + 1 "
                    + "WHERE questionnaire = ? AND version = ? AND segment = ? AND metric = ? AND bucket = ?");
                 java.sql.PreparedStatement insert = connection.prepareStatement("INSERT INTO score_histogram "
                         + "(questionnaire, version, segment, metric, bucket, n) VALUES (?, ?, ?, ?, ?, 1)"
                         + (postgres ? " ON CONFLICT DO NOTHING" : ""))) {
                for (Cell c : cells) {
                    if (execute(update, questionnaire, version, c) == 0 && !insertCounted(insert, questionnaire, version, c)) {
                        execute(update, questionnaire, version, c); // created meanwhile by another submission
                    }
                }
            }
        });
    }

    private static int execute(java.sql.PreparedStatement statement, String questionnaire, String version, Cell c)
            throws java.sql.SQLException {
        statement.setString(1, questionnaire);
        statement.setString(2, version);
        statement.setString(3, c.segment());
        statement.setString(4, c.metric());
        statement.setInt(5, c.bucket());
        return statement.executeUpdate();
    }

    /** Inserts the row already counting this response; false when another submission created it first. */
    private boolean insertCounted(java.sql.PreparedStatement insert, String questionnaire, String version, Cell c)
            throws java.sql.SQLException {
        try {
            return execute(insert, questionnaire, version, c) == 1; // 0: PostgreSQL found it there (ON CONFLICT)
        } catch (java.sql.SQLException e) {
            if (postgres || !"23505".equals(e.getSQLState())) {
                throw e;
            }
            return false; // H2: a unique violation undoes only this statement
        }
    }

    /**
     * A native query that touches score_histogram only. Said so, Hibernate need not flush the
     * session's pending changes (e.g. a response being stored) before it runs.
     */
    private jakarta.persistence.Query histogramQuery(String sql) {
        return em.createNativeQuery(sql).unwrap(org.hibernate.query.NativeQuery.class).addSynchronizedQuerySpace("score_histogram");
    }

    /** The histograms of one questionnaire version for everyone, by metric (all 1,001 buckets each: for admins and tests). */
    @Transactional
    public Map<String, Histogram> histograms(String questionnaire, String version) {
        Map<String, Histogram> out = new HashMap<>();
        ranks(questionnaire, version, List.of(ALL)).getOrDefault(ALL, Map.of()).forEach((metric, r) -> {
            Histogram h = Histogram.empty();
            for (int i = 0; i < r.buckets().length; i++) {
                h.counts()[r.buckets()[i]] = r.cumulative()[i] - (i == 0 ? 0 : r.cumulative()[i - 1]);
            }
            out.put(metric, h);
        });
        return out;
    }

    /**
     * The non-empty buckets of one questionnaire version in each of {@code segments}, by segment and
     * metric, in one query: a report reads a few rows per score, never 1,001.
     */
    private Map<String, Map<String, Histogram.Ranks>> ranks(String questionnaire, String version, List<String> segments) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = histogramQuery("SELECT segment, metric, bucket, n FROM score_histogram WHERE questionnaire = ?1 "
                        + "AND version = ?2 AND segment IN (?3) AND n > 0 ORDER BY segment, metric, bucket")
                .setParameter(1, questionnaire).setParameter(2, version).setParameter(3, segments).getResultList();
        Map<String, Map<String, Histogram.Ranks>> out = new HashMap<>();
        int from = 0;
        for (int i = 1; i <= rows.size(); i++) {
            boolean groupEnds = i == rows.size() || !rows.get(i)[0].equals(rows.get(from)[0]) || !rows.get(i)[1].equals(rows.get(from)[1]);
            if (groupEnds) {
                int[] buckets = new int[i - from];
                long[] counts = new long[i - from];
                for (int j = from; j < i; j++) {
                    buckets[j - from] = ((Number) rows.get(j)[2]).intValue();
                    counts[j - from] = ((Number) rows.get(j)[3]).longValue();
                }
                out.computeIfAbsent((String) rows.get(from)[0], k -> new HashMap<>())
                        .put((String) rows.get(from)[1], Histogram.Ranks.of(buckets, counts));
                from = i;
            }
        }
        return out;
    }

    /**
     * How a response compares with everyone, and with its segments: those who answered each of the
     * questionnaire's compareBy questions as it did.
     */
    @Transactional
    public Comparison compare(no.journeydiag.questionnaire.model.Questionnaire q, ScoringResult result, Map<String, Object> answers) {
        List<String> own = segments(q, answers);
        List<String> wanted = new java.util.ArrayList<>(own);
        wanted.add(ALL);
        Map<String, Map<String, Histogram.Ranks>> h = peers.get(q.id(), q.version(), wanted, missing -> ranks(q.id(), q.version(), missing));
        Group all = group(h.getOrDefault(ALL, Map.of()), result);
        List<Segment> segments = new java.util.ArrayList<>();
        for (String s : own) {
            Group g = group(h.getOrDefault(s, Map.of()), result);
            int eq = s.indexOf('=');
            segments.add(new Segment(s.substring(0, eq), s.substring(eq + 1), g.shown, g.responses, g.needed, g.overall, g.elements));
        }
        return new Comparison(all.shown, all.responses, all.needed, all.overall, all.elements, List.copyOf(segments));
    }

    private record Group(boolean shown, long responses, long needed, Peers overall, Map<String, Peers> elements) { }

    private Group group(Map<String, Histogram.Ranks> h, ScoringResult result) {
        Histogram.Ranks overall = h.get(OVERALL);
        long n = overall == null ? 0 : overall.total();
        long min = config.compare().minResponses();
        if (n < min || result.overall().value() == null) {
            return new Group(false, n, Math.max(0, min - n), null, Map.of());
        }
        Map<String, Peers> elements = new LinkedHashMap<>();
        for (ScoringResult.ElementScore s : result.elements()) {
            Histogram.Ranks eh = h.get(s.id());
            if (s.score() != null && eh != null && eh.total() > 0) {
                elements.put(s.id(), peers(eh, s.score()));
            }
        }
        return new Group(true, n, 0, peers(overall, result.overall().value()), elements);
    }

    static Peers peers(Histogram.Ranks h, double score) {
        return new Peers(Math.round(h.percentile(score) * 10) / 10.0, h.quantile(0.5), h.quantile(0.25), h.quantile(0.75));
    }
}
