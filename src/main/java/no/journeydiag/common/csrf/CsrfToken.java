package no.journeydiag.common.csrf;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import no.journeydiag.common.Tokens;

/**
 * The CSRF token of this request, for templates: {@code {inject:csrf.parameterName}} and
 * {@code {inject:csrf.token}}. Signed in (a {@code jd_session} cookie), it is derived from the
 * session, so only a holder of that HttpOnly cookie can know it. Otherwise it is the browser's
 * {@code csrf-token} cookie, or a new one that {@link CsrfFilter} then sets (double-submit cookie).
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    public static final String NAME = "csrf-token";
    /** The session cookie (account/security/ConsultantAuthMechanism.SESSION_COOKIE; common cannot import it). */
    static final String SESSION = "jd_session";

    private static final byte[] PURPOSE = "journeydiag form token v1".getBytes(StandardCharsets.UTF_8);

    private final RoutingContext routing;
    private String token;
    private boolean fresh;

    public CsrfToken(RoutingContext routing) {
        this.routing = routing;
    }

    public String getParameterName() {
        return NAME;
    }

    public String getToken() {
        if (token == null) {
            String session = session(routing);
            Cookie c = routing.request().getCookie(NAME);
            if (CsrfFilter.isEmbed(routing.normalizedPath())) {
                // Embed pages read and set no cookies: their posts are guarded by the token in their path (CsrfFilter).
                token = Tokens.next();
            } else if (session != null) {
                token = forSession(session);
            } else if (c != null && Tokens.wellFormed(c.getValue())) {
                token = c.getValue();
            } else {
                token = Tokens.next();
                fresh = true;
            }
        }
        return token;
    }

    /** The token if this request has already used it (a page rendered it), else null; never makes one. */
    public String issued() {
        return token;
    }

    /** A token was made during this request and must be set as the cookie. */
    boolean fresh() {
        return fresh;
    }

    /** The session cookie's value, the same one the authentication mechanism reads; null when absent. */
    static String session(RoutingContext routing) {
        Cookie c = routing.request().getCookie(SESSION);
        return c == null || c.getValue().isEmpty() ? null : c.getValue();
    }

    /** HMAC-SHA256 of a purpose label keyed with the session token: stable for the session, unknowable without it. */
    static String forSession(String session) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(session.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(PURPOSE));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
