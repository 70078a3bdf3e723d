package no.journeydiag.account.security;

import java.util.function.Function;

import jakarta.inject.Singleton;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.smallrye.mutiny.Uni;
import no.journeydiag.account.service.AccountService;

/** Resolve sessions, API tokens and partner keys against the database, off the event loop. */
final class IdentityProviders {

    private IdentityProviders() {
    }

    /** A provider whose lookup is a blocking database call. */
    abstract static class Blocking<R extends AuthenticationRequest> implements IdentityProvider<R> {
        private final Class<R> type;
        private final Function<R, SecurityIdentity> lookup;

        Blocking(Class<R> type, Function<R, SecurityIdentity> lookup) {
            this.type = type;
            this.lookup = lookup;
        }

        @Override
        public Class<R> getRequestType() {
            return type;
        }

        @Override
        public Uni<SecurityIdentity> authenticate(R request, AuthenticationRequestContext context) {
            return context.runBlocking(() -> lookup.apply(request));
        }
    }

    @Singleton
    static class SessionProvider extends Blocking<Credentials.Session> {
        SessionProvider(AccountService accounts) {
            super(Credentials.Session.class, r -> accounts.sessionIdentity(r.token));
        }
    }

    @Singleton
    static class TokenProvider extends Blocking<Credentials.ApiToken> {
        TokenProvider(AccountService accounts) {
            super(Credentials.ApiToken.class, r -> accounts.tokenIdentity(r.token));
        }
    }

    @Singleton
    static class PartnerProvider extends Blocking<Credentials.PartnerKey> {
        PartnerProvider(AccountService accounts) {
            super(Credentials.PartnerKey.class, r -> accounts.partnerIdentity(r.token));
        }
    }
}
