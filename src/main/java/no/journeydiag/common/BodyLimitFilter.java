package no.journeydiag.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import no.journeydiag.config.DiagnosticConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses API bodies over the configured limit with a 413 problem document before they are read.
 * (Bodies without a Content-Length are capped by quarkus.http.limits.max-body-size.)
 */
public class BodyLimitFilter {

    private final DiagnosticConfig config;

    public BodyLimitFilter(DiagnosticConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext ctx) {
        String length = ctx.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return null;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return null; // Vert.x rejects a malformed Content-Length itself
        }
        int max = config.api().maxBodyBytes();
        if (bytes <= max) {
            return null;
        }
        String path = ctx.getUriInfo().getPath();
        String detail = "The request body is " + bytes + " bytes; the limit is " + max + " bytes.";
        if (ErrorMapper.isApi(path)) {
            return Response.status(413)
                    .type(Problem.MEDIA_TYPE)
                    .entity(new Problem("about:blank", "Request body too large", 413, detail, path, List.of()))
                    .build();
        }
        return Response.status(413)
                .type("text/html;charset=UTF-8")
                .entity(ErrorMapper.htmlPage(413, "Too much text", detail + " Please shorten your answers.", "en"))
                .build();
    }
}
