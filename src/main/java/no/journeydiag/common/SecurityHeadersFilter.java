package no.journeydiag.common;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MultivaluedMap;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Security headers on every page and API response we serve. The policy allows no inline script
 * or style: pages load only this service's own CSS, and charts are inline SVG.
 */
public class SecurityHeadersFilter {

    static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors ";
    static final String CSP = POLICY + "'none'";

    private final String embedCsp;

    public SecurityHeadersFilter(no.journeydiag.config.DiagnosticConfig config) {
        var origins = config.embed().frameAncestors().orElse(java.util.List.of());
        this.embedCsp = POLICY + (origins.isEmpty() ? "'none'" : String.join(" ", origins));
    }

    /** Embed pages may be framed by the configured origins only; every other page by nobody. */
    @ServerResponseFilter
    public void headers(jakarta.ws.rs.container.ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> h = response.getHeaders();
        h.putSingle("X-Content-Type-Options", "nosniff");
        if (request.getUriInfo().getPath().startsWith("/embed/")) {
            h.putSingle(
                    "Content-Security-Policy",
                    embedCsp); // frame-ancestors supersedes X-Frame-Options, which cannot list origins
        } else {
            h.putSingle("X-Frame-Options", "DENY");
            h.putSingle("Content-Security-Policy", CSP);
        }
        if (!h.containsKey("Referrer-Policy")) {
            h.putSingle("Referrer-Policy", "same-origin");
        }
    }
}
