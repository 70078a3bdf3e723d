package no.journeydiag.common.csrf;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import no.journeydiag.common.Tokens;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * CSRF protection for page forms. Signed in, a form must carry the token derived from the
 * session cookie ({@link CsrfToken#forSession}): a cookie planted from a sibling subdomain, or a
 * leaked csrf cookie, cannot produce it. Anonymous forms use the double-submit cookie: the
 * hidden token must equal the {@code csrf-token} cookie (SameSite=Lax, HttpOnly), which is
 * renewed whenever a response signs someone in or out.
 *
 * <p>Embedded pages ({@code /embed/...}) are not checked here. They live in a third-party iframe
 * whose posts come with no cookies (browsers block them) and, under our no-referrer policy, with
 * {@code Origin: null}, so neither check could work there. None is needed: embed pages read and
 * set no cookies, so a forged post carries no ambient authority; every post after the start
 * names an unguessable draft or report token (256 bits) in its path, and whoever knows that
 * token can already do the same through the JSON API; a forged start only creates an empty draft
 * that the forger never learns. A post that names another site as its Origin is still refused: no
 * page of ours sends one, though this is only a courtesy, since a forger can send
 * {@code Origin: null} too. The JSON API takes no cookies and no forms, so it needs neither.
 */
public class CsrfFilter {

    /** Set on the routing context when a draft step was posted with an expired or missing form token. */
    public static final String EXPIRED = "csrf.expired";

    private static final java.util.regex.Pattern DRAFT_STEP =
            java.util.regex.Pattern.compile("/d/[A-Za-z0-9_-]{43}/[0-9]{1,3}");

    private final CsrfToken token;

    public CsrfFilter(CsrfToken token) {
        this.token = token;
    }

    @ServerRequestFilter
    @WithFormRead
    public Response check(ResteasyReactiveContainerRequestContext ctx, RoutingContext routing) {
        String method = ctx.getMethod();
        String path = ctx.getUriInfo().getPath();
        if (method.equals("GET")
                || method.equals("HEAD")
                || method.equals("OPTIONS")
                || path.startsWith("/api/")
                || path.startsWith("/q/")) {
            return null;
        }
        if (isEmbed(path)) {
            return fromAnotherSite(ctx) ? Response.status(400).build() : null;
        }
        Object form = ((ResteasyReactiveRequestContext) ctx.getServerRequestContext())
                .getFormParameter(CsrfToken.NAME, true, false);
        String session = CsrfToken.session(routing);
        String expected;
        if (session != null) {
            expected = CsrfToken.forSession(session);
        } else {
            Cookie cookie = routing.request().getCookie(CsrfToken.NAME);
            expected = cookie == null ? null : cookie.getValue();
        }
        if (expected == null || !(form instanceof String given) || !equal(expected, given)) {
            if (method.equals("POST") && DRAFT_STEP.matcher(path).matches()) {
                // A step names its draft's 256-bit token, which is all the authority it needs: the step page
                // re-renders what was posted with a fresh token and saves nothing (FlowPage), so an answer is not lost.
                routing.put(EXPIRED, Boolean.TRUE);
                return null;
            }
            return Response.status(400).build(); // EmptyErrorFilter turns this into the "form has expired" page
        }
        return null;
    }

    @ServerResponseFilter
    public void setCookie(ContainerRequestContext request, ContainerResponseContext response) {
        if (isEmbed(request.getUriInfo().getPath())) {
            return;
        }
        // Signing in or out renews the anonymous token, so a value known before (planted or seen) is worthless after.
        boolean rotate = setsSession(response);
        if (rotate || token.fresh()) {
            String value = rotate ? Tokens.next() : token.getToken();
            response.getHeaders()
                    .add(
                            "Set-Cookie",
                            new NewCookie.Builder(CsrfToken.NAME)
                                    .value(value)
                                    .path("/")
                                    .httpOnly(true)
                                    .sameSite(NewCookie.SameSite.LAX)
                                    .maxAge(2 * 60 * 60)
                                    .build());
        }
    }

    /** The response sets or clears the session cookie: a login or a logout. */
    static boolean setsSession(ContainerResponseContext response) {
        if (response.getCookies().containsKey(CsrfToken.SESSION)) {
            return true;
        }
        var headers = response.getHeaders().get("Set-Cookie");
        if (headers != null) {
            for (Object h : headers) {
                String s = h instanceof NewCookie c ? c.getName() + "=" : String.valueOf(h);
                if (s.startsWith(CsrfToken.SESSION + "=")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The Origin header names a site other than this host ("null" and none do not). */
    static boolean fromAnotherSite(ContainerRequestContext ctx) {
        String origin = ctx.getHeaderString("Origin");
        if (origin == null || origin.equals("null")) {
            return false;
        }
        String host = ctx.getHeaderString("Host");
        URI self = ctx.getUriInfo().getRequestUri(); // behind a proxy that forwards its host, the public one
        try {
            URI u = URI.create(origin);
            String authority = u.getPort() < 0 ? u.getHost() : u.getHost() + ":" + u.getPort();
            return !(authority.equalsIgnoreCase(host) || authority.equalsIgnoreCase(self.getAuthority()));
        } catch (IllegalArgumentException | NullPointerException e) {
            return true; // not an origin at all
        }
    }

    static boolean isEmbed(String path) {
        return path.startsWith("/embed/");
    }

    private static boolean equal(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
