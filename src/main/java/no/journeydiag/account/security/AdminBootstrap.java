package no.journeydiag.account.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import no.journeydiag.account.service.AccountService;

/** Creates the first admin at start-up (and refuses a weak password in production). */
@ApplicationScoped
class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    void onStart(@Observes StartupEvent event, AccountService accounts) {
        try {
            accounts.bootstrapAdmin(LaunchMode.current());
        } catch (RuntimeException e) { // the unique violation surfaces at commit, wrapped by the transaction
            // Several instances starting on an empty database race to create the admin; the unique
            // username lets one win. The others must start all the same, once the winner's row is there.
            if (!no.journeydiag.common.UniqueViolation.in(e) || !accounts.adminExists()) {
                throw e;
            }
            LOG.info("Another instance created the first admin account at the same time");
        }
    }
}
