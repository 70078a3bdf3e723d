package no.journeydiag.workshop.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import no.journeydiag.common.DomainException.Unavailable;
import no.journeydiag.config.DiagnosticConfig;
import no.journeydiag.questionnaire.model.Questionnaire;
import no.journeydiag.workshop.team.TeamReport;

/**
 * Team reports kept per instance for reuse, least recently used dropped first, and the permits
 * that bound how many are made at once. Each copy is kept with the key of what it was made from,
 * so a changed released set is never served from here.
 */
@ApplicationScoped
class TeamReportCache {

    /** A team report, the questionnaire it was made with and the key of what it was made from. */
    record Prepared(Object key, Questionnaire questionnaire, TeamReport report) {}

    private final Semaphore permits;
    private final Counter hits;
    private final Counter misses;
    /** Recently viewed team reports by workshop id (bounded by config). */
    private final Map<Long, Prepared> prepared;

    TeamReportCache(DiagnosticConfig config, MeterRegistry meters) {
        this.hits = meters.counter("diagnostic.team.report.cache", "result", "hit");
        this.misses = meters.counter("diagnostic.team.report.cache", "result", "miss");
        this.permits = new Semaphore(config.workshops().concurrentTeamReports(), true);
        int keep = config.workshops().keptTeamReports();
        this.prepared = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Prepared> eldest) {
                return size() > keep;
            }
        });
    }

    /**
     * The workshop's report as made for {@code key}: the kept copy when its key is equal, else
     * one made by {@code make} under a permit and kept. A whole room opening a published report
     * at once gets it made once per instance, not once per participant.
     */
    Prepared get(long workshopId, Object key, Supplier<Prepared> make) {
        Prepared kept = prepared.get(workshopId);
        if (kept != null && kept.key().equals(key)) {
            hits.increment();
            return kept;
        }
        return withPermit(() -> {
            Prepared again = prepared.get(workshopId); // made meanwhile by a request that held a permit first?
            if (again != null && again.key().equals(key)) {
                hits.increment();
                return again;
            }
            misses.increment();
            Prepared made = make.get();
            prepared.put(workshopId, made);
            return made;
        });
    }

    void forget(long workshopId) {
        prepared.remove(workshopId);
    }

    /** Runs work that reads a whole workshop's responses, waiting up to 10 s for a permit; then a 503. */
    <T> T withPermit(Supplier<T> work) {
        // Unbounded, 64 concurrent reports of a 2,000-person workshop ran a 256 MB heap out of memory.
        try {
            if (!permits.tryAcquire(10, TimeUnit.SECONDS)) {
                throw new Unavailable("Many team reports are being prepared right now. Try again in a few seconds.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("The team report was interrupted. Try again.");
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
