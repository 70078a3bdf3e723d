package no.journeydiag.workshop;

import no.journeydiag.account.service.Accounts;
import no.journeydiag.account.service.ApiTokens;
import no.journeydiag.account.service.Consultant;

/** A personal API token for a consultant account the test has created, for the workshop API. */
final class ConsultantTokens {

    private ConsultantTokens() {}

    static String of(Accounts accounts, ApiTokens apiTokens, String username, String label) {
        var a = accounts.accounts().stream()
                .filter(x -> x.username().equals(username))
                .findFirst()
                .orElseThrow();
        return apiTokens.create(new Consultant(a.id(), a.username(), a.displayName(), false), label);
    }
}
