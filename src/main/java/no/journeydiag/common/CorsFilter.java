package no.journeydiag.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import no.journeydiag.config.DiagnosticConfig;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * CORS for the public API, from diagnostic.api.cors-origins: exact origins only, never a wildcard,
 * never credentials (the API uses no cookies). A request from any other origin gets no CORS
 * headers, so the browser keeps the answer from that page.
 */
public class CorsFilter {

    static final String METHODS = "GET, POST, PATCH, DELETE";
    static final String HEADERS = "Content-Type, Authorization";

    private final List<String> origins;

    public CorsFilter(DiagnosticConfig config) {
        this.origins = config.api().corsOrigins().orElse(List.of()).stream()
                .map(o -> o.replaceAll("/+$", ""))
                .toList();
    }

    /** Answers preflight requests for the API before routing. */
    @ServerRequestFilter(preMatching = true)
    public Response preflight(ContainerRequestContext ctx) {
        if (!"OPTIONS".equals(ctx.getMethod())
                || !ErrorMapper.isApi(ctx.getUriInfo().getPath())
                || ctx.getHeaderString("Access-Control-Request-Method") == null) {
            return null;
        }
        String origin = ctx.getHeaderString("Origin");
        Response.ResponseBuilder r = Response.noContent().header("Vary", "Origin");
        if (allowed(origin)) {
            r.header("Access-Control-Allow-Origin", origin)
                    .header("Access-Control-Allow-Methods", METHODS)
                    .header("Access-Control-Allow-Headers", HEADERS)
                    .header("Access-Control-Max-Age", "600");
        }
        return r.build();
    }

    @ServerResponseFilter
    public void headers(ContainerRequestContext request, ContainerResponseContext response) {
        if (!ErrorMapper.isApi(request.getUriInfo().getPath())) {
            return;
        }
        response.getHeaders().add("Vary", "Origin");
        String origin = request.getHeaderString("Origin");
        if (allowed(origin) && !response.getHeaders().containsKey("Access-Control-Allow-Origin")) {
            response.getHeaders().putSingle("Access-Control-Allow-Origin", origin);
            response.getHeaders().putSingle("Access-Control-Expose-Headers", "Location");
        }
    }

    boolean allowed(String origin) {
        return origin != null && origins.contains(origin);
    }
}
