package no.journeydiag.common;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database accepts writes: a full disk or a read-only file takes the instance out of rotation. */
@Readiness
@ApplicationScoped
public class StorageReadiness implements HealthCheck {

    private final StorageHealth storage;

    public StorageReadiness(StorageHealth storage) {
        this.storage = storage;
    }

    @Override
    public HealthCheckResponse call() {
        StorageHealth.Status s = storage.probe();
        HealthCheckResponseBuilder r =
                HealthCheckResponse.named("database writes").status(s.writable());
        if (!s.writable()) {
            r.withData("problem", s.problem()).withData("since", String.valueOf(s.since()));
        }
        return r.build();
    }
}
