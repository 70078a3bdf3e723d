package no.journeydiag.account.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.function.Function;
import no.journeydiag.account.service.ApiTokens;
import no.journeydiag.account.service.Consultant;
import no.journeydiag.account.service.Partner;
import no.journeydiag.account.service.PartnerKeys;
import no.journeydiag.account.service.Roles;
import no.journeydiag.account.service.Sessions;

/**
 * Resolve sessions, API tokens and partner keys against the database, off the event loop, into
 * identities: a consultant has the consultant role (and admin, for an admin), a partner key the
 * partner role only. Unknown, expired, revoked and disabled all fail alike.
 */
final class IdentityProviders {

    private IdentityProviders() {}

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
        SessionProvider(Sessions sessions) {
            super(
                    Credentials.Session.class,
                    r -> consultant(sessions.consultant(r.token), "session expired or account disabled"));
        }
    }

    @Singleton
    static class TokenProvider extends Blocking<Credentials.ApiToken> {
        TokenProvider(ApiTokens tokens) {
            super(
                    Credentials.ApiToken.class,
                    r -> consultant(tokens.consultant(r.token), "unknown or revoked key, or account disabled"));
        }
    }

    @Singleton
    static class PartnerProvider extends Blocking<Credentials.PartnerKey> {
        PartnerProvider(PartnerKeys keys) {
            super(Credentials.PartnerKey.class, r -> partner(keys.partner(r.token)));
        }
    }

    static SecurityIdentity consultant(Optional<Consultant> found, String failure) {
        Consultant c = found.orElseThrow(() -> new AuthenticationFailedException(failure));
        QuarkusSecurityIdentity.Builder b = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(c.username()))
                .addRole(Roles.CONSULTANT)
                .addAttribute(Consultant.ATTRIBUTE, c);
        if (c.admin()) {
            b.addRole(Roles.ADMIN);
        }
        return b.build();
    }

    static SecurityIdentity partner(Optional<Partner> found) {
        Partner p = found.orElseThrow(() -> new AuthenticationFailedException("unknown or revoked key"));
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal("partner:" + p.name()))
                .addRole(Roles.PARTNER)
                .addAttribute(Partner.ATTRIBUTE, p)
                .build();
    }
}
