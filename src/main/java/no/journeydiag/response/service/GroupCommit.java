package no.journeydiag.response.service;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import no.journeydiag.common.DomainException.Unavailable;
import no.journeydiag.common.UniqueViolation;
import org.jboss.logging.Logger;

/**
 * One writer that stores the submissions which arrived while its previous transaction committed,
 * all in one transaction: one durable flush (H2's log write, PostgreSQL's WAL fsync) for many
 * responses, and one write of the histogram counts they share ({@link no.journeydiag.response.event.GroupCommitting}).
 * Each caller is answered only after its batch committed. When a batch fails on a
 * constraint (a repeated Idempotency-Key, say), its items are stored one by one so that only the
 * bad one fails; any other failure (the database gone, the disk full) fails every item of the batch
 * with that same exception, which the error mapper turns into today's 503. The queue is bounded:
 * when it is full a submission is refused at once with a 503 and Retry-After.
 */
@ApplicationScoped
public class GroupCommit {

    private static final Logger LOG = Logger.getLogger(GroupCommit.class);

    /** One submission: what stores it (inside the writer's transaction) and who waits for it. */
    private record Item(Supplier<Stored> store, Runnable reset, CompletableFuture<Stored> done) {}

    private final BlockingQueue<Item> queue;
    private final int maxBatch;
    private final DistributionSummary batchSize;
    private final Timer flushTime;
    private final Thread writer;
    private final boolean on;
    private final jakarta.enterprise.event.Event<no.journeydiag.response.event.GroupCommitting> committing;
    private volatile boolean stopping;

    GroupCommit(
            no.journeydiag.config.DiagnosticConfig config,
            MeterRegistry meters,
            jakarta.enterprise.event.Event<no.journeydiag.response.event.GroupCommitting> committing) {
        this.committing = committing;
        this.on = config.submissions().groupCommit();
        this.queue = new ArrayBlockingQueue<>(config.submissions().queue());
        this.maxBatch = config.submissions().maxBatch();
        this.batchSize = DistributionSummary.builder("diagnostic.submissions.batch.size")
                .description("submissions stored per group commit")
                .register(meters);
        this.flushTime = Timer.builder("diagnostic.submissions.flush")
                .description("time to store and commit one group of submissions")
                .register(meters);
        this.writer = new Thread(this::run, "submission-writer");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /**
     * Stores through the writer and waits until its batch committed. {@code store} runs inside the
     * writer's transaction; {@code reset} undoes what a failed attempt left on the entity (its id).
     */
    Stored submit(Supplier<Stored> store, Runnable reset) {
        if (!on) { // one transaction per submission on the caller's thread, as before (and for comparison in bench/)
            return QuarkusTransaction.requiringNew().call(store::get);
        }
        if (stopping) {
            throw new Unavailable("The service is restarting. Send the answers again in a few seconds.");
        }
        Item item = new Item(store, reset, new CompletableFuture<>());
        if (!queue.offer(item)) {
            throw new Unavailable("Too many answers are being stored right now. Send them again in a few seconds.");
        }
        try {
            return item.done().get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r; // the very exception storing it alone would have thrown: same status, same retry logic
            }
            throw new IllegalStateException(cause);
        } catch (TimeoutException e) {
            if (queue.remove(item)) { // never taken by the writer: a 503 that stored nothing
                throw new Unavailable("Storing the answers is taking too long. Send them again in a few seconds.");
            }
            try {
                return item.done().join(); // in the batch being stored: its outcome is the answer
            } catch (java.util.concurrent.CompletionException c) {
                throw c.getCause() instanceof RuntimeException r ? r : c;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("The service is restarting. Send the answers again in a few seconds.");
        }
    }

    /** Submissions waiting for the writer (not the batch it is storing). */
    int queued() {
        return queue.size();
    }

    private void run() {
        List<Item> batch = new ArrayList<>(maxBatch);
        while (!stopping || !queue.isEmpty()) {
            try {
                Item first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, maxBatch - 1);
                flush(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Throwable t) { // the writer must outlive any one batch
                LOG.errorf(t, "group commit failed");
                batch.forEach(i -> i.done().completeExceptionally(t));
            } finally {
                batch.clear();
            }
        }
    }

    private void flush(List<Item> batch) {
        long start = System.nanoTime();
        List<Stored> stored = new ArrayList<>(batch.size());
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                committing.fire(new no.journeydiag.response.event.GroupCommitting(true));
                for (Item i : batch) {
                    stored.add(i.store().get());
                }
                committing.fire(new no.journeydiag.response.event.GroupCommitting(false));
            });
        } catch (RuntimeException e) {
            if (batch.size() == 1 || !(UniqueViolation.in(e) || lockConflict(e))) {
                batch.forEach(i -> i.done().completeExceptionally(e));
                return;
            }
            alone(batch);
            return;
        } finally {
            flushTime.record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            batchSize.record(batch.size());
        }
        for (int k = 0; k < batch.size(); k++) {
            batch.get(k).done().complete(stored.get(k));
        }
    }

    /**
     * A deadlock or lock wait that gave up. Histogram rows are taken in one order by every transaction, but a
     * batch holds them longer than one submission would and meets rebuilds and deletions; stored again one by
     * one, each item waits only for its own rows.
     */
    static boolean lockConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // 40xxx: serialization failure / deadlock (both databases); HYT00: H2's lock timeout;
                // 55P03: PostgreSQL's lock not available
                if (state.startsWith("40") || state.equals("HYT00") || state.equals("55P03")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** After a constraint or a lock conflict broke a batch: each item in its own transaction, so only the bad one fails. */
    private static void alone(List<Item> batch) {
        for (Item i : batch) {
            i.reset().run();
            try {
                i.done()
                        .complete(QuarkusTransaction.requiringNew()
                                .call(() -> i.store().get()));
            } catch (RuntimeException e) {
                i.done().completeExceptionally(e);
            }
        }
    }

    /** At shutdown the writer stores what is queued (their requests are still waiting), then stops. */
    void stop(@Observes ShutdownEvent ev) throws InterruptedException {
        stopping = true;
        writer.join(TimeUnit.SECONDS.toMillis(30));
    }
}
