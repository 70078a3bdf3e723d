package no.journeydiag.common;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.quarkus.vertx.http.HttpServerStart;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.inject.Singleton;

/**
 * Skips a scheduled job until the HTTP server is listening and again once the service is stopping. The scheduler
 * starts before the port is bound, so without this a start that fails (port in use) or a SIGTERM aborts a job
 * half-way through its transaction and the log fills with its stack trace instead of the one line that matters.
 * The server announces itself with an asynchronous event, hence {@code @ObservesAsync}. Use as {@code @Scheduled(skipExecutionIf = WhileServing.class)}.
 */
@Singleton
public class WhileServing implements Scheduled.SkipPredicate {

    private volatile boolean serving;

    void started(@ObservesAsync HttpServerStart event) {
        serving = true;
    }

    void stopping(@Observes ShutdownEvent event) {
        serving = false;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !serving;
    }
}
