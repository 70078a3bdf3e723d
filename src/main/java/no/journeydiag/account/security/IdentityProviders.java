package no.journeydiag.account.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import no.journeydiag.account.service.AccountService;

/** Resolve sessions and API tokens against the database, off the event loop. */
final class IdentityProviders {

    private IdentityProviders() {
    }

    @ApplicationScoped
    static class SessionProvider implements IdentityProvider<Credentials.Session> {
        private final AccountService accounts;

        SessionProvider(AccountService accounts) {
            this.accounts = accounts;
        }

        @Override
        public Class<Credentials.Session> getRequestType() {
            return Credentials.Session.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(Credentials.Session request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> accounts.sessionIdentity(request.token));
        }
    }

    @ApplicationScoped
    static class TokenProvider implements IdentityProvider<Credentials.ApiToken> {
        private final AccountService accounts;

        TokenProvider(AccountService accounts) {
            this.accounts = accounts;
        }

        @Override
        public Class<Credentials.ApiToken> getRequestType() {
            return Credentials.ApiToken.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(Credentials.ApiToken request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> accounts.tokenIdentity(request.token));
        }
    }

    @ApplicationScoped
    static class PartnerProvider implements IdentityProvider<Credentials.PartnerKey> {
        private final AccountService accounts;

        PartnerProvider(AccountService accounts) {
            this.accounts = accounts;
        }

        @Override
        public Class<Credentials.PartnerKey> getRequestType() {
            return Credentials.PartnerKey.class;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(Credentials.PartnerKey request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> accounts.partnerIdentity(request.token));
        }
    }
}
