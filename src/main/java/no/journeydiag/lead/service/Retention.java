package no.journeydiag.lead.service;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import no.journeydiag.common.WhileServing;
import no.journeydiag.config.DiagnosticConfig;
import no.journeydiag.lead.persistence.LeadEntity;
import no.journeydiag.response.persistence.ResponseEntity;
import org.jboss.logging.Logger;

/**
 * Deletes responses and leads past their retention (diagnostic.retention.*), separately: leads
 * usually go sooner than the anonymous results. Hourly on every instance; deleting is idempotent.
 */
@ApplicationScoped
public class Retention {

    private static final Logger LOG = Logger.getLogger(Retention.class);

    /** How many rows a run deleted. */
    public record Deleted(long responses, long leads) {}

    private final DiagnosticConfig config;

    public Retention(DiagnosticConfig config) {
        this.config = config;
    }

    @Scheduled(every = "1h", delayed = "3m", skipExecutionIf = WhileServing.class)
    void hourly() {
        Deleted d = deleteExpiredNow();
        if (d.responses() + d.leads() > 0) {
            LOG.infof("Retention deleted %d response(s) and %d lead(s)", d.responses(), d.leads());
        }
    }

    @Transactional
    public Deleted deleteExpiredNow() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long leads = config.retention()
                .leadDays()
                .map(days -> LeadEntity.delete("consentedAt < ?1", now.minusDays(days)))
                .orElse(0L);
        long responses = config.retention()
                .responseDays()
                .map(days -> ResponseEntity.delete("createdAt < ?1", now.minusDays(days)))
                .orElse(0L); // leads go by foreign key
        return new Deleted(responses, leads);
    }
}
