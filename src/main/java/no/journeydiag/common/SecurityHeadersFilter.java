package no.journeydiag.common;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Security headers on every page and API response we serve. The policy allows no inline script
 * or style: pages load only this service's own CSS, and charts are inline SVG.
 */
public class SecurityHeadersFilter {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @ServerResponseFilter
    public void headers(ContainerResponseContext response) {
        MultivaluedMap<String, Object> h = response.getHeaders();
        h.putSingle("X-Content-Type-Options", "nosniff");
        h.putSingle("X-Frame-Options", "DENY");
        h.putSingle("Content-Security-Policy", CSP);
        if (!h.containsKey("Referrer-Policy")) {
            h.putSingle("Referrer-Policy", "same-origin");
        }
    }
}
