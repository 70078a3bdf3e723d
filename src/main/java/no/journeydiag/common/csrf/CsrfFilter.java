package no.journeydiag.common.csrf;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

/**
 * CSRF protection for page forms. Pages use the double-submit cookie: the form's hidden token must
 * equal the {@code csrf-token} cookie (SameSite=Lax, HttpOnly). Embedded pages ({@code /embed/...})
 * live in a third-party iframe, where browsers that block third-party cookies would never send
 * that cookie; there a form post must come from our own origin (the Origin header), and every
 * post after the start names an unguessable draft token in its path. The JSON API takes no cookies
 * and no forms, so it needs neither.
 */
public class CsrfFilter {

    private final CsrfToken token;

    public CsrfFilter(CsrfToken token) {
        this.token = token;
    }

    @ServerRequestFilter
    @WithFormRead
    public Response check(ResteasyReactiveContainerRequestContext ctx, RoutingContext routing) {
        String method = ctx.getMethod();
        String path = ctx.getUriInfo().getPath();
        if (method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS") || path.startsWith("/api/")
                || path.startsWith("/q/")) {
            return null;
        }
        if (isEmbed(path)) {
            return sameOrigin(ctx) ? null : Response.status(400).build();
        }
        Cookie cookie = routing.request().getCookie(CsrfToken.NAME);
        Object form = ((ResteasyReactiveRequestContext) ctx.getServerRequestContext()).getFormParameter(CsrfToken.NAME, true, false);
        if (cookie == null || !(form instanceof String given) || !equal(cookie.getValue(), given)) {
            return Response.status(400).build(); // EmptyErrorFilter turns this into the "form has expired" page
        }
        return null;
    }

    @ServerResponseFilter
    public void setCookie(ContainerRequestContext request, ContainerResponseContext response) {
        if (token.fresh() && !isEmbed(request.getUriInfo().getPath())) {
            response.getHeaders().add("Set-Cookie", new NewCookie.Builder(CsrfToken.NAME).value(token.getToken()).path("/")
                    .httpOnly(true).sameSite(NewCookie.SameSite.LAX).maxAge(2 * 60 * 60).build());
        }
    }

    static boolean isEmbed(String path) {
        return path.startsWith("/embed/");
    }

    /** The post came from a page of ours: its Origin (or, without one, its Referer) names this host. */
    static boolean sameOrigin(ContainerRequestContext ctx) {
        String host = ctx.getHeaderString("Host");
        String source = ctx.getHeaderString("Origin");
        if (source == null || source.equals("null")) {
            source = ctx.getHeaderString("Referer");
        }
        if (host == null || source == null) {
            return false;
        }
        try {
            URI u = URI.create(source);
            String authority = u.getPort() < 0 ? u.getHost() : u.getHost() + ":" + u.getPort();
            return host.equalsIgnoreCase(authority);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean equal(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
