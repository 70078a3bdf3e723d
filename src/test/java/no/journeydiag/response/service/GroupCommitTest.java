package no.journeydiag.response.service;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import no.journeydiag.compare.service.Comparisons;
import no.journeydiag.compare.service.Histogram;
import no.journeydiag.response.Answers;
import no.journeydiag.response.persistence.ResponseEntity;
import org.junit.jupiter.api.Test;

/**
 * Concurrent submissions share one writer and one commit per batch: each is stored and counted
 * exactly once, a bad item fails alone, and a storage failure fails the whole batch alike.
 */
@QuarkusTest
class GroupCommitTest {

    @Inject
    GroupCommit group;

    @Inject
    Comparisons comparisons;

    @Inject
    MeterRegistry meters;

    @Transactional
    long rows(String key) {
        return key == null
                ? ResponseEntity.count("questionnaire", "quick-check")
                : ResponseEntity.count("questionnaire = ?1 and idempotencyKey = ?2", "quick-check", key);
    }

    long counted() {
        return comparisons
                .histograms("quick-check", "2.2")
                .getOrDefault(Comparisons.OVERALL, Histogram.empty())
                .total();
    }

    double storedMetric() {
        return meters.find("diagnostic.responses.stored").tag("questionnaire", "quick-check").counters().stream()
                .mapToDouble(Counter::count)
                .sum();
    }

    static String post(String key) {
        var req = given().contentType("application/json").body(Map.of("answers", Answers.quickCheckCritical()));
        if (key != null) {
            req = req.header("Idempotency-Key", key);
        }
        return req.post("/api/v1/questionnaires/quick-check/responses")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
    }

    static List<String> inParallel(List<String> keys) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(keys.size());
        try {
            List<Future<String>> futures = new ArrayList<>();
            for (String k : keys) {
                futures.add(pool.submit(() -> post(k)));
            }
            List<String> tokens = new ArrayList<>();
            for (Future<String> f : futures) {
                tokens.add(f.get(120, TimeUnit.SECONDS));
            }
            return tokens;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sixtyFourParallelSubmissionsAreEachStoredCountedAndAnnouncedOnce() throws Exception {
        long rowsBefore = rows(null);
        long countedBefore = counted();
        double metricBefore = storedMetric();
        List<String> tokens = inParallel(java.util.Collections.nCopies(64, (String) null));

        assertThat(new HashSet<>(tokens)).hasSize(64);
        assertThat(rows(null) - rowsBefore).isEqualTo(64);
        assertThat(counted() - countedBefore)
                .as("one overall histogram count each")
                .isEqualTo(64);
        // ServiceMetrics counts AFTER_SUCCESS: once per stored response, not per batch.
        await().atMost(10, TimeUnit.SECONDS).until(() -> storedMetric() - metricBefore == 64);
        given().get("/api/v1/results/" + tokens.get(63)).then().statusCode(200);
    }

    @Test
    void aKeyRepeatedWithinABatchStoresOneResponseAndTheOthersAreStoredBesideIt() throws Exception {
        String key = "group-" + System.nanoTime();
        long rowsBefore = rows(null);
        long countedBefore = counted();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            keys.add(i % 2 == 0 ? key : null); // 8 retries of one request among 8 new ones
        }
        List<String> tokens = inParallel(keys);

        Set<String> keyed = new HashSet<>();
        for (int i = 0; i < 16; i += 2) {
            keyed.add(tokens.get(i));
        }
        assertThat(keyed).as("every retry got the one stored result").hasSize(1);
        assertThat(rows(key)).isEqualTo(1);
        assertThat(rows(null) - rowsBefore).as("8 without a key + 1 with it").isEqualTo(9);
        assertThat(counted() - countedBefore).isEqualTo(9);
    }

    /** Holds the writer in a batch of its own until released, so the next items queue up as one batch. */
    List<Future<Object>> batchOf(List<Supplier<Stored>> items) throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(items.size() + 1);
        pool.submit(() -> group.submit(
                () -> {
                    entered.countDown();
                    try {
                        release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return null;
                },
                () -> {}));
        assertThat(entered.await(30, TimeUnit.SECONDS))
                .as("the writer holds the first batch")
                .isTrue();
        List<Future<Object>> out = new ArrayList<>();
        for (Supplier<Stored> s : items) {
            out.add(pool.submit(() -> (Object) group.submit(s, () -> {})));
        }
        await().atMost(10, TimeUnit.SECONDS).until(() -> group.queued() == items.size());
        release.countDown();
        pool.shutdown();
        return out;
    }

    static Stored fine() {
        return new Stored(null, null, Map.of(), null);
    }

    @Test
    void aConstraintBrokenByOneItemFailsThatItemAlone() throws Exception {
        RuntimeException duplicate = new RuntimeException(new SQLException("duplicate key", "23505"));
        List<Future<Object>> f = batchOf(List.of(
                GroupCommitTest::fine,
                () -> {
                    throw duplicate;
                },
                GroupCommitTest::fine));
        assertThat(f.get(0).get(30, TimeUnit.SECONDS)).isInstanceOf(Stored.class);
        assertThatThrownBy(() -> f.get(1).get(30, TimeUnit.SECONDS)).hasStackTraceContaining("duplicate key");
        assertThat(f.get(2).get(30, TimeUnit.SECONDS)).isInstanceOf(Stored.class);
    }

    @Test
    void aStorageFailureMidBatchFailsEveryItemOfItWithTheSameError() throws Exception {
        RuntimeException diskFull = new RuntimeException(new SQLException("No space left on device", "HY000"));
        List<Future<Object>> f = batchOf(List.of(
                GroupCommitTest::fine,
                () -> {
                    throw diskFull;
                },
                GroupCommitTest::fine));
        for (Future<Object> each : f) {
            // The first item was stored in the batch's transaction, which rolled back: it must not be acknowledged.
            assertThatThrownBy(() -> each.get(30, TimeUnit.SECONDS)).hasStackTraceContaining("No space left");
        }
    }

    @Test
    void aDeadlockInABatchStoresItsItemsAgainOneByOne() throws Exception {
        // The second item meets a deadlock only while it is part of the batch, as when a draft's submit
        // took the same histogram rows in another order; alone it goes through.
        java.util.concurrent.atomic.AtomicInteger tries = new java.util.concurrent.atomic.AtomicInteger();
        List<Future<Object>> f = batchOf(List.of(GroupCommitTest::fine, () -> {
            if (tries.incrementAndGet() == 1) {
                throw new RuntimeException(new SQLException("Deadlock detected", "40001"));
            }
            return fine();
        }));
        assertThat(f.get(0).get(30, TimeUnit.SECONDS)).isInstanceOf(Stored.class);
        assertThat(f.get(1).get(30, TimeUnit.SECONDS)).isInstanceOf(Stored.class);
        assertThat(tries).as("once in the batch, once alone").hasValue(2);
    }
}
