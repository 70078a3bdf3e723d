package no.journeydiag.common.web;

import jakarta.ws.rs.core.UriInfo;

import no.journeydiag.config.DiagnosticConfig;

/** Absolute links we hand out (join links, QR codes, team report links). */
public final class PublicUrls {

    private PublicUrls() {
    }

    /** The configured public base URL, else this request's base (e.g. http://localhost:8080), without a trailing slash. */
    public static String base(DiagnosticConfig config, UriInfo uri) {
        return config.publicBaseUrl().orElseGet(() -> uri.getBaseUri().toString()).replaceAll("/$", "");
    }
}
