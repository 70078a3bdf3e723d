package no.journeydiag.account.security;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import no.journeydiag.account.service.PartnerKeys;

/**
 * The API authenticates by bearer token only (a consultant's {@code jd_} token or a partner's
 * {@code jdp_} key), the pages by session cookie only: a cookie never opens the API, so no other
 * site can drive it through a consultant's browser.
 */
@ApplicationScoped
public class ConsultantAuthMechanism implements HttpAuthenticationMechanism {

    public static final String SESSION_COOKIE = "jd_session";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext ctx, IdentityProviderManager providers) {
        AuthenticationRequest request = null;
        if (isApi(ctx)) {
            String h = ctx.request().getHeader("Authorization");
            if (h != null && h.regionMatches(true, 0, "Bearer ", 0, 7)) {
                String token = h.substring(7).trim();
                request = token.startsWith(PartnerKeys.PREFIX)
                        ? new Credentials.PartnerKey(token)
                        : new Credentials.ApiToken(token);
            }
        } else {
            Cookie c = ctx.request().getCookie(SESSION_COOKIE);
            if (c != null) {
                request = new Credentials.Session(c.getValue());
            }
        }
        if (request == null) {
            return Uni.createFrom().optional(Optional.empty());
        }
        return providers.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, ctx));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext ctx) {
        return Uni.createFrom()
                .item(
                        isApi(ctx)
                                ? new ChallengeData(401, "WWW-Authenticate", "Bearer")
                                : new ChallengeData(302, "Location", "/login"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(Credentials.Session.class, Credentials.ApiToken.class, Credentials.PartnerKey.class);
    }

    private static boolean isApi(RoutingContext ctx) {
        return ctx.normalizedPath().startsWith("/api/");
    }
}
