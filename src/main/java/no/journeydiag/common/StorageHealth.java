package no.journeydiag.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import org.jboss.logging.Logger;

/**
 * Whether the database can store what we acknowledge. A failed write (disk full, a read-only file,
 * a database that closed itself after a write error) is reported as 503 by the error mapper and
 * makes readiness DOWN until a write succeeds again. The readiness probe writes one row, so it
 * sees the same thing a submission would.
 *
 * <p>Embedded H2 opens a read-only file read-only and closes itself after a failed write; it only
 * notices that space or write access is back when the file is opened again, so after a failure the
 * pool's idle connections are closed (the database closes with the last one) and the next request
 * opens it afresh.
 */
@ApplicationScoped
public class StorageHealth {

    private static final Logger LOG = Logger.getLogger(StorageHealth.class);
    /** Readiness may be polled by anyone; at most one probe write this often. */
    private static final Duration PROBE_EVERY = Duration.ofSeconds(1);

    private static final Duration FLUSH_EVERY = Duration.ofSeconds(2);

    /** A probe's outcome; {@code problem} is null when writes succeed. */
    public record Status(boolean writable, String problem, OffsetDateTime since) {}

    private final EntityManager em;
    private final AgroalDataSource dataSource;
    private volatile Status last = new Status(true, null, null);
    private volatile long lastProbeNanos = System.nanoTime() - PROBE_EVERY.toNanos();
    private volatile long lastFlushNanos = System.nanoTime() - FLUSH_EVERY.toNanos();

    public StorageHealth(EntityManager em, AgroalDataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    /** Writes the probe row (at most once a second; in between, the last outcome). */
    public Status probe() {
        long now = System.nanoTime();
        if (now - lastProbeNanos < PROBE_EVERY.toNanos()) {
            return last;
        }
        synchronized (this) {
            if (System.nanoTime() - lastProbeNanos < PROBE_EVERY.toNanos()) {
                return last;
            }
            try {
                QuarkusTransaction.requiringNew()
                        .run(() -> em.createNativeQuery("UPDATE storage_probe SET checked_at = ?1 WHERE id = 1")
                                .setParameter(1, OffsetDateTime.now(ZoneOffset.UTC))
                                .executeUpdate());
                if (!last.writable()) {
                    LOG.infof("The database accepts writes again (failing since %s)", last.since());
                }
                last = new Status(true, null, null);
            } catch (RuntimeException e) {
                failed(e);
            } finally {
                lastProbeNanos = System.nanoTime();
            }
            return last;
        }
    }

    /** A write failed for a reason of ours, not the client's: remember it and let the database be reopened. */
    public void failed(Throwable e) {
        Status before = last;
        String problem = describe(e);
        last = new Status(false, problem, before.writable() ? OffsetDateTime.now(ZoneOffset.UTC) : before.since());
        if (before.writable()) {
            LOG.errorf("The database cannot store data: %s. Requests that write get 503 until it can.", problem);
        }
        long now = System.nanoTime();
        if (now - lastFlushNanos >= FLUSH_EVERY.toNanos()) {
            lastFlushNanos = now;
            try {
                dataSource.flush(AgroalDataSource.FlushMode.GRACEFUL);
            } catch (RuntimeException flushFailed) {
                LOG.debugf("Closing pooled connections after a write failure failed: %s", flushFailed.getMessage());
            }
        }
    }

    /**
     * True when {@code e} says the database could not write or is not there to write to: no space
     * left, a read-only file or transaction, an I/O error, or an H2 database closed after one of
     * these. Errors of the request (constraints, syntax) are not among them.
     */
    public static boolean isStorageFailure(Throwable e) {
        for (Throwable t : causes(e)) {
            if (t.getClass().getName().equals("org.h2.mvstore.MVStoreException")) {
                return true;
            }
            if (t instanceof java.io.IOException io
                    && io.getMessage() != null
                    && io.getMessage().toLowerCase(Locale.ROOT).contains("no space left")) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && storageState(sql)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code e}, its causes and what they suppressed: a failed commit reaches us as a RollbackException
     * whose reason (the driver's exception) is only among the suppressed.
     */
    static java.util.List<Throwable> causes(Throwable e) {
        java.util.List<Throwable> out = new java.util.ArrayList<>();
        java.util.Deque<Throwable> todo = new java.util.ArrayDeque<>();
        todo.add(e);
        while (!todo.isEmpty() && out.size() < 50) {
            Throwable t = todo.poll();
            if (out.stream().anyMatch(x -> x == t)) {
                continue;
            }
            out.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            todo.addAll(java.util.Arrays.asList(t.getSuppressed()));
        }
        return out;
    }

    private static boolean storageState(java.sql.SQLException sql) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        return switch (sql.getErrorCode()) {
            // H2: database closed, read only, no disk space, I/O errors, file corrupted
            case 90098, 90097, 90100, 90028, 90031, 90030 -> state.startsWith("90");
            default ->
                state.startsWith("53") // PostgreSQL: insufficient resources (53100 disk full)
                        || state.equals(
                                "25006") // read-only transaction (a read-only replica or default_transaction_read_only)
                        || state.startsWith("58") // system error, e.g. 58030 I/O error
                        || state.startsWith("57P"); // the server is shutting down or restarting
        };
    }

    private static String describe(Throwable e) {
        String message = null;
        for (Throwable t : causes(e)) {
            if (t.getMessage() != null) {
                message = t.getMessage(); // the deepest says it best: "No space left on device"
            }
        }
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        return message.length() > 300 ? message.substring(0, 300) : message;
    }
}
