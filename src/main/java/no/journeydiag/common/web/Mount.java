package no.journeydiag.common.web;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Where the respondent pages of this request are mounted: "" on the site, "/embed" inside another
 * site's iframe. Pages build their links on it, so one page class serves both, and inside a frame
 * no cookie is read or set (a third-party iframe may not keep them).
 */
@RequestScoped
public class Mount {

    static final String EMBED = "/embed";

    @Inject
    HttpServerRequest request;

    /** The prefix of this request's respondent pages: "" or "/embed". */
    public String base() {
        return of(request.path());
    }

    /** Whether this request is inside another site's iframe. */
    public boolean embedded() {
        return !base().isEmpty();
    }

    /** The prefix for a request to {@code path}. */
    public static String of(String path) {
        return path != null && (path.startsWith(EMBED + "/") || path.equals(EMBED)) ? EMBED : "";
    }
}
