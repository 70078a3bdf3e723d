package no.journeydiag.account.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import no.journeydiag.account.service.Accounts;
import no.journeydiag.account.service.FirstAdminSetup;
import no.journeydiag.common.web.PublicUrls;
import no.journeydiag.config.DiagnosticConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Creates the first admin at start-up from DIAGNOSTIC_ADMIN_PASSWORD, or, without one, prints a
 * one-time link that lets the person who started the service create it (the public pages work
 * either way).
 */
@ApplicationScoped
class AdminBootstrap {

    private static final Logger LOG = Logger.getLogger(AdminBootstrap.class);

    void onStart(
            @Observes StartupEvent event,
            Accounts accounts,
            FirstAdminSetup setup,
            DiagnosticConfig config,
            @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port) {
        FirstAdminSetup.Bootstrap outcome;
        try {
            outcome = setup.bootstrapAdmin(LaunchMode.current());
        } catch (RuntimeException e) { // the unique violation surfaces at commit, wrapped by the transaction
            // Several instances starting on an empty database race to create the admin; the unique
            // username lets one win. The others must start all the same, once the winner's row is there.
            if (!no.journeydiag.common.UniqueViolation.in(e) || !accounts.adminExists()) {
                throw e;
            }
            LOG.info("Another instance created the first admin account at the same time");
            return;
        }
        if (outcome == FirstAdminSetup.Bootstrap.NEEDS_SETUP) {
            String base = PublicUrls.configured(config);
            String link = (base.isEmpty() ? "http://localhost:" + port : base) + "/setup/" + setup.newToken();
            LOG.warnf(
                    "No admin account yet. Open %s to create one (the link works once; keep it private),"
                            + " or start with DIAGNOSTIC_ADMIN_PASSWORD set.",
                    link);
        }
    }
}
