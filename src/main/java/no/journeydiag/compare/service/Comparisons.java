package no.journeydiag.compare.service;

import com.fasterxml.jackson.core.type.TypeReference;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.StampedLock;
import no.journeydiag.common.DomainException.Unavailable;
import no.journeydiag.common.JsonText;
import no.journeydiag.compare.persistence.HistogramStore;
import no.journeydiag.config.DiagnosticConfig;
import no.journeydiag.response.event.ResponseCompleted;
import no.journeydiag.response.event.ResponseDeleted;
import no.journeydiag.response.service.ResponseService;
import no.journeydiag.scoring.ScoringResult;
import org.jboss.logging.Logger;

/**
 * "How you compare": per questionnaire version, a histogram of each element's and the overall
 * score over every completed response, counted in the transaction that stores the response. Each
 * count is one atomic {@code UPDATE ... SET n = n + 1}, so concurrent submissions lose nothing;
 * a report reads at most 1,001 rows per score however many responses exist. Deleting a response
 * takes its counts back off in the deleting transaction; an admin can also rebuild every count
 * from the stored responses ({@link #rebuild()}).
 */
@ApplicationScoped
public class Comparisons {

    public static final String OVERALL = "overall";
    /** The segment of everyone; a segment of peers is "questionId=optionValue" (see compareBy in the YAML). */
    static final String ALL = "";

    /** One score against its peers: the taker's percentile and the peers' median and quartiles. */
    public record Peers(double percentile, double median, double q1, double q3) {}

    /**
     * The comparison for one response, or how many more responses it needs; with everyone, and in
     * {@code segments} with those who gave the same answer to each compareBy question.
     */
    public record Comparison(
            boolean shown,
            long responses,
            long needed,
            Peers overall,
            Map<String, Peers> elements,
            List<Segment> segments) {}

    /** The comparison within one segment: those who answered {@code question} with {@code value}. */
    public record Segment(
            String question,
            String value,
            boolean shown,
            long responses,
            long needed,
            Peers overall,
            Map<String, Peers> elements) {}

    /** What a rebuild counted. */
    public record Rebuilt(long responses, int histograms) {}

    private static final Logger LOG = Logger.getLogger(Comparisons.class);
    private static final Object COUNTING = new Object();
    private static final Object FOLDING = new Object();
    private static final int PAGE = 1000;

    private final HistogramStore store;
    private final DiagnosticConfig config;
    private final TransactionSynchronizationRegistry transactions;
    private final JsonText json;
    private final no.journeydiag.questionnaire.service.QuestionnaireRegistry registry;
    /**
     * Submissions hold it shared from their first count until their transaction ends; a rebuild
     * holds it alone, so it never runs between a response being stored and its counts committing.
     * Not tied to a thread, since a transaction may end on another.
     */
    private final StampedLock rebuilding = new StampedLock();

    private final PeerCache peers;

    public Comparisons(
            HistogramStore store,
            DiagnosticConfig config,
            TransactionSynchronizationRegistry transactions,
            JsonText json,
            no.journeydiag.questionnaire.service.QuestionnaireRegistry registry) {
        this.store = store;
        this.registry = registry;
        this.config = config;
        this.transactions = transactions;
        this.json = json;
        this.peers = new PeerCache(config.compare().cacheFor(), System::nanoTime);
    }

    void onCompleted(@Observes ResponseCompleted completed) {
        if (completed.stored().test()) {
            return; // a test or demo response must not move anyone's comparison
        }
        holdOffRebuilds();
        String questionnaire = completed.stored().questionnaireId();
        String version = completed.stored().version();
        FoldedCounts folded = (FoldedCounts) transactions.getResource(FOLDING);
        if (folded != null && folded.open()) {
            folded.add(questionnaire, version, cells(completed.stored()));
        } else {
            store.count(questionnaire, version, cells(completed.stored()));
        }
    }

    /** A group commit's counts are gathered from its opening and written once just before it commits. */
    void onGroup(@Observes no.journeydiag.response.event.GroupCommitting group) {
        if (group.opening()) {
            transactions.putResource(FOLDING, new FoldedCounts());
        } else if (transactions.getResource(FOLDING) instanceof FoldedCounts folded) {
            folded.writeTo(store);
        }
    }

    /** A deleted response leaves the figures too: the delete page says the answers are gone. */
    void onDeleted(@Observes ResponseDeleted deleted) {
        if (deleted.stored().test()) {
            return;
        }
        holdOffRebuilds();
        store.uncount(deleted.stored().questionnaireId(), deleted.stored().version(), cells(deleted.stored()));
    }

    /** The histogram rows a response counts in. */
    private static List<HistogramStore.Cell> cells(no.journeydiag.response.service.Stored stored) {
        ScoringResult r = stored.result();
        List<String> segments = new java.util.ArrayList<>();
        segments.add(ALL);
        segments.addAll(segments(stored.questionnaire(), ResponseService.toJson(stored.answers())));
        // The store takes the rows in its own fixed order (HistogramStore.ORDER), whatever this one.
        List<HistogramStore.Cell> cells = new java.util.ArrayList<>();
        for (String segment : segments) {
            if (r.overall().value() != null) {
                cells.add(new HistogramStore.Cell(
                        segment, OVERALL, Histogram.bucket(r.overall().value())));
            }
            for (ScoringResult.ElementScore s : r.elements()) {
                if (s.score() != null) {
                    cells.add(new HistogramStore.Cell(segment, s.id(), Histogram.bucket(s.score())));
                }
            }
        }
        return cells;
    }

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
        long held = acquire(
                () -> rebuilding.tryReadLock(30, TimeUnit.SECONDS),
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
        long stamp = acquire(
                () -> rebuilding.tryWriteLock(60, TimeUnit.SECONDS),
                "Submissions did not pause for the rebuild. Try again.");
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
        store.clearForRebuild();
        Map<List<String>, Histogram> counts =
                new TreeMap<>((x, y) -> String.join("\n", x).compareTo(String.join("\n", y)));
        long responses = 0;
        long after = Long.MIN_VALUE;
        List<HistogramStore.Scored> page;
        do {
            page = store.responsesAfter(after, PAGE);
            for (HistogramStore.Scored row : page) {
                after = row.id();
                ScoringResult r = json.read(row.resultJson(), new TypeReference<ScoringResult>() {});
                List<String> segments = new java.util.ArrayList<>();
                segments.add(ALL);
                var q = registry.snapshot(row.snapshotId());
                if (!q.compareBy().isEmpty()) {
                    segments.addAll(
                            segments(q, json.read(row.answersJson(), new TypeReference<Map<String, Object>>() {})));
                }
                for (String segment : segments) {
                    if (r.overall().value() != null) {
                        add(
                                counts,
                                row.questionnaire(),
                                row.version(),
                                segment,
                                OVERALL,
                                r.overall().value());
                    }
                    for (ScoringResult.ElementScore s : r.elements()) {
                        if (s.score() != null) {
                            add(counts, row.questionnaire(), row.version(), segment, s.id(), s.score());
                        }
                    }
                }
                responses++;
            }
        } while (page.size() == PAGE);
        for (Map.Entry<List<String>, Histogram> c : counts.entrySet()) {
            long[] n = c.getValue().counts();
            for (int bucket = 0; bucket < n.length; bucket++) {
                if (n[bucket] > 0) {
                    store.insert(
                            c.getKey().get(0),
                            c.getKey().get(1),
                            c.getKey().get(2),
                            c.getKey().get(3),
                            bucket,
                            n[bucket]);
                }
            }
        }
        LOG.infof("Rebuilt %d score histograms from %d responses", counts.size(), responses);
        return new Rebuilt(responses, counts.size());
    }

    private static void add(
            Map<List<String>, Histogram> counts,
            String questionnaire,
            String version,
            String segment,
            String metric,
            double score) {
        counts.computeIfAbsent(List.of(questionnaire, version, segment, metric), k -> Histogram.empty())
                .counts()[Histogram.bucket(score)]++;
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
    private Map<String, Map<String, Histogram.Ranks>> ranks(
            String questionnaire, String version, List<String> segments) {
        List<HistogramStore.Row> rows = store.rows(questionnaire, version, segments);
        Map<String, Map<String, Histogram.Ranks>> out = new HashMap<>();
        int from = 0;
        for (int i = 1; i <= rows.size(); i++) {
            HistogramStore.Row first = rows.get(from);
            if (i == rows.size()
                    || !rows.get(i).segment().equals(first.segment())
                    || !rows.get(i).metric().equals(first.metric())) {
                int[] buckets = new int[i - from];
                long[] counts = new long[i - from];
                for (int j = from; j < i; j++) {
                    buckets[j - from] = rows.get(j).bucket();
                    counts[j - from] = rows.get(j).n();
                }
                out.computeIfAbsent(first.segment(), k -> new HashMap<>())
                        .put(first.metric(), Histogram.Ranks.of(buckets, counts));
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
    public Comparison compare(
            no.journeydiag.questionnaire.model.Questionnaire q, ScoringResult result, Map<String, Object> answers) {
        List<String> own = segments(q, answers);
        List<String> wanted = new java.util.ArrayList<>(own);
        wanted.add(ALL);
        Map<String, Map<String, Histogram.Ranks>> h =
                peers.get(q.id(), q.version(), wanted, missing -> ranks(q.id(), q.version(), missing));
        Group all = group(h.getOrDefault(ALL, Map.of()), result);
        List<Segment> segments = new java.util.ArrayList<>();
        for (String s : own) {
            Group g = group(h.getOrDefault(s, Map.of()), result);
            int eq = s.indexOf('=');
            segments.add(new Segment(
                    s.substring(0, eq), s.substring(eq + 1), g.shown, g.responses, g.needed, g.overall, g.elements));
        }
        return new Comparison(all.shown, all.responses, all.needed, all.overall, all.elements, List.copyOf(segments));
    }

    private record Group(boolean shown, long responses, long needed, Peers overall, Map<String, Peers> elements) {}

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
        return new Peers(
                Math.round(h.percentile(score) * 10) / 10.0, h.quantile(0.5), h.quantile(0.25), h.quantile(0.75));
    }
}
