package no.journeydiag.common.web;

import jakarta.ws.rs.core.UriInfo;
import no.journeydiag.config.DiagnosticConfig;

/** Absolute links we hand out (join links, QR codes, team report links). */
public final class PublicUrls {

    private PublicUrls() {}

    /** The configured public base URL without a trailing slash, or "" (links stay relative). */
    public static String configured(DiagnosticConfig config) {
        return config.publicBaseUrl().map(b -> b.replaceAll("/+$", "")).orElse("");
    }

    /** The report link of a result. */
    public static String report(DiagnosticConfig config, String token) {
        return configured(config) + "/r/" + token;
    }

    /** The configured public base URL, else this request's base (e.g. http://localhost:8080), without a trailing slash. */
    public static String base(DiagnosticConfig config, UriInfo uri) {
        String configured = configured(config);
        return configured.isEmpty() ? uri.getBaseUri().toString().replaceAll("/+$", "") : configured;
    }
}
