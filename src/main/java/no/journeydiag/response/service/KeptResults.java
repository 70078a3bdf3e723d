package no.journeydiag.response.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.LinkedHashMap;
import java.util.Map;
import no.journeydiag.response.event.ResponseDeleted;

/**
 * Results already read and parsed, by response id, the least recently viewed dropped first. A
 * stored response is never changed, so a kept one is never stale; whether it still exists is
 * asked of the database on every view ({@link ResponseService#viewByToken}).
 */
@ApplicationScoped
class KeptResults {

    static final java.time.Duration MAX_AGE = java.time.Duration.ofMinutes(10);

    private record Kept(Stored stored, long at) {}

    private final int capacity;
    private final LinkedHashMap<Long, Kept> results;

    @jakarta.inject.Inject
    KeptResults(no.journeydiag.config.DiagnosticConfig config) {
        this(config.reports().keptResults());
    }

    KeptResults(int capacity) {
        this.capacity = capacity;
        this.results = new LinkedHashMap<>(Math.min(capacity, 1024) * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Kept> eldest) {
                return size() > KeptResults.this.capacity;
            }
        };
    }

    synchronized Stored get(long id) {
        Kept k = results.get(id);
        if (k == null) {
            return null;
        }
        if (System.nanoTime() - k.at() > MAX_AGE.toNanos()) {
            results.remove(id);
            return null;
        }
        return k.stored();
    }

    synchronized void put(Stored stored) {
        if (capacity > 0) {
            results.put(stored.id(), new Kept(stored, System.nanoTime()));
        }
    }

    /** Not needed for correctness (a deleted id is never looked up again), but frees the memory at once. */
    void onDeleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ResponseDeleted deleted) {
        synchronized (this) {
            results.remove(deleted.stored().id());
        }
    }
}
