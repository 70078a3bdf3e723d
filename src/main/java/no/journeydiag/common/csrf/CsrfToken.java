package no.journeydiag.common.csrf;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import no.journeydiag.common.Tokens;

/**
 * The CSRF token of this request, for templates: {@code {inject:csrf.parameterName}} and
 * {@code {inject:csrf.token}}. Reuses the browser's token cookie, or makes a new one, which
 * {@link CsrfFilter} then sets as a cookie on the response (double-submit cookie).
 */
@Named("csrf")
@RequestScoped
public class CsrfToken {

    public static final String NAME = "csrf-token";

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
            Cookie c = routing.request().getCookie(NAME);
            if (c != null && Tokens.wellFormed(c.getValue())) {
                token = c.getValue();
            } else {
                token = Tokens.next();
                fresh = true;
            }
        }
        return token;
    }

    /** A token was made during this request and must be set as the cookie. */
    boolean fresh() {
        return fresh;
    }
}
