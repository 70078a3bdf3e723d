package no.journeydiag.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Pages accept state-changing requests only as HTML form posts, which the CSRF filter checks. A
 * POST without a form body (which that filter would let through) is refused here, so no page
 * action can be triggered from another site without a valid token.
 */
public class FormOnlyFilter {

    @ServerRequestFilter(preMatching = true)
    public Response formsOnly(ContainerRequestContext ctx) {
        String path = ctx.getUriInfo().getPath();
        if (!"POST".equals(ctx.getMethod()) || ErrorMapper.isApi(path) || path.startsWith("/q/")) {
            return null;
        }
        MediaType type = mediaType(ctx);
        if (type != null && type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            return null;
        }
        return Response.status(415)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ErrorMapper.htmlPage(
                        415,
                        "Please use the form",
                        "This address only accepts answers sent from its page. Go back and use the buttons on the page.",
                        "en"))
                .build();
    }

    /** The request's Content-Type, or null when there is none or it cannot be read (JAX-RS throws on ";;;"). */
    static MediaType mediaType(ContainerRequestContext ctx) {
        try {
            return ctx.getMediaType();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
