package no.journeydiag.ops;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;
import no.journeydiag.common.WhileServing;
import no.journeydiag.lead.event.LeadCaptured;
import no.journeydiag.response.event.ResponseCompleted;
import no.journeydiag.response.event.ResponseDeleted;
import no.journeydiag.webhook.service.OutboxBacklog;
import org.jboss.logging.Logger;

/**
 * The service's own figures at /q/metrics, beside what Quarkus measures (HTTP by route template,
 * the connection pool, the JVM). Counted after commit, so a rolled-back write is never counted.
 */
@ApplicationScoped
public class ServiceMetrics {

    private static final Logger LOG = Logger.getLogger(ServiceMetrics.class);

    private final MeterRegistry meters;
    private final OutboxBacklog outbox;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingSeconds = new AtomicLong();

    public ServiceMetrics(MeterRegistry meters, OutboxBacklog outbox) {
        this.meters = meters;
        this.outbox = outbox;
        Gauge.builder("diagnostic.webhook.outbox.pending", pending, AtomicLong::get)
                .description("Webhook deliveries not yet delivered or given up")
                .register(meters);
        Gauge.builder("diagnostic.webhook.outbox.oldest.pending", oldestPendingSeconds, AtomicLong::get)
                .description("Age of the oldest pending webhook delivery")
                .baseUnit("seconds")
                .register(meters);
    }

    void completed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ResponseCompleted e) {
        meters.counter(
                        "diagnostic.responses.stored",
                        "questionnaire",
                        e.stored().questionnaireId(),
                        "kind",
                        e.stored().workshopId() == null ? "public" : "workshop")
                .increment();
    }

    void deleted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ResponseDeleted e) {
        meters.counter("diagnostic.responses.deleted").increment();
    }

    void lead(@Observes(during = TransactionPhase.AFTER_SUCCESS) LeadCaptured e) {
        meters.counter("diagnostic.leads.captured", "questionnaire", e.stored().questionnaireId())
                .increment();
    }

    /** Reads the outbox's depth now and then rather than on every scrape: a scrape never waits on the database. */
    @Scheduled(
            every = "15s",
            delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = WhileServing.class)
    void refresh() {
        try {
            OutboxBacklog.Backlog b = outbox.now();
            pending.set(b.pending());
            oldestPendingSeconds.set(
                    b.oldestCreated() == null
                            ? 0
                            : Math.max(
                                    0,
                                    Duration.between(b.oldestCreated(), OffsetDateTime.now())
                                            .toSeconds()));
        } catch (RuntimeException e) {
            // Readiness reports a database that cannot be reached; the gauges keep their last values.
            LOG.debugf("Outbox figures not refreshed: %s", e.getMessage());
        }
    }
}
