package no.journeydiag.account.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import no.journeydiag.account.service.AccountService;

/** Creates the first admin at start-up (and refuses a weak password in production). */
@ApplicationScoped
class AdminBootstrap {

    void onStart(@Observes StartupEvent event, AccountService accounts) {
        accounts.bootstrapAdmin(LaunchMode.current());
    }
}
